/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.check;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of a .referentiel file, read as strict UTF-8 (a leading byte-order mark is dropped), or
 * the reason it cannot be read, said so that the author knows what to do, with the line where
 * reading stopped (1 when the whole file is at fault).
 */
record SourceText(String text, String unreadable, int line) {

	static SourceText read(Path file) {
		if (Files.isDirectory(file)) {
			return failure("« " + file + " » est un dossier, pas un fichier .referentiel.");
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return failure("Le fichier « " + file + " » est introuvable. Vérifiez son nom et son dossier.");
		} catch (AccessDeniedException e) {
			return failure("Le fichier « " + file + " » ne peut pas être lu : accès refusé. Vérifiez ses droits de lecture.");
		} catch (IOException e) {
			return failure("Le fichier « " + file + " » ne peut pas être lu : " + e.getMessage() + ".");
		}
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		for (int i = start; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return failure("Le fichier « " + file + " » est un fichier binaire (il contient des octets nuls), pas un texte. "
						+ "Un référentiel s'écrit en texte brut encodé en UTF-8.");
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int line = lineAt(bytes, in.position());
			return new SourceText(null, "Le fichier « " + file + " » n'est pas encodé en UTF-8 (caractère invalide ligne " + line
					+ "). Enregistrez-le en UTF-8 (par exemple « Enregistrer sous… », codage UTF-8).", line);
		}
		out.flip();
		return new SourceText(out.toString(), null, 1);
	}

	private static SourceText failure(String message) {
		return new SourceText(null, message, 1);
	}

	private static int lineAt(byte[] bytes, int position) {
		int line = 1;
		for (int i = 0; i < position && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}
}
