/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.check;

import java.io.IOException;
import java.io.InputStream;
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
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.Locale;

import fr.referentiel.studio.dsl.parser.NestingGuardParser;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * The text of a .referentiel file, read as strict UTF-8 (a leading byte-order mark is dropped), or
 * the reason it cannot be read, said so that the author knows what to do, with the line where
 * reading stopped (1 when the whole file is at fault). Accents written decomposed (NFD) are read
 * composed, and {@code recomposedLine} says from which line (0 when none was).
 */
record SourceText(String text, String unreadable, int line, int recomposedLine) {

	/**
	 * The largest file read: a referential of a hundred activity types is about 6 MB, and a file
	 * much larger would take the memory of a small machine (a 57 MB file did, on a 1 GB heap).
	 */
	static final long MAX_BYTES = NestingGuardParser.MAX_CHARACTERS;

	static SourceText read(Path file) {
		if (Files.isDirectory(file)) {
			return failure("« " + ControlCharacters.quoteName(file.toString()) + " » est un dossier, pas un fichier .referentiel.");
		}
		byte[] bytes;
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			// A pipe would block the reading forever and a device (/dev/zero) never ends: neither is opened.
			if (!attributes.isRegularFile()) {
				return failure("« " + ControlCharacters.quoteName(file.toString()) + " » n'est pas un fichier ordinaire (c'est un tube, un périphérique ou un autre "
						+ "fichier spécial) : un référentiel est un fichier texte enregistré sur le disque.");
			}
			if (attributes.size() > MAX_BYTES) {
				return tooLarge(file, attributes.size());
			}
			try (InputStream in = Files.newInputStream(file)) {
				bytes = in.readNBytes((int) MAX_BYTES + 1);
			}
			if (bytes.length > MAX_BYTES) {
				return tooLarge(file, bytes.length); // it grew while being read
			}
		} catch (NoSuchFileException e) {
			return failure("Le fichier « " + ControlCharacters.quoteName(file.toString()) + " » est introuvable. Vérifiez son nom et son dossier.");
		} catch (AccessDeniedException e) {
			return failure("Le fichier « " + ControlCharacters.quoteName(file.toString()) + " » ne peut pas être lu : accès refusé. Vérifiez ses droits de lecture.");
		} catch (IOException e) {
			return failure("Le fichier « " + ControlCharacters.quoteName(file.toString()) + " » ne peut pas être lu : " + e.getMessage() + ".");
		}
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		for (int i = start; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return failure("Le fichier « " + ControlCharacters.quoteName(file.toString()) + " » est un fichier binaire (il contient des octets nuls), pas un texte. "
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
			return new SourceText(null, "Le fichier « " + ControlCharacters.quoteName(file.toString()) + " » n'est pas encodé en UTF-8 (caractère invalide ligne " + line
					+ "). Enregistrez-le en UTF-8 (par exemple « Enregistrer sous… », codage UTF-8).", line, 0);
		}
		out.flip();
		String text = out.toString();
		if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
			return new SourceText(text, null, 1, 0);
		}
		// Some Mac tools save « é » as « e » and a combining accent; the lexer would refuse the accent alone.
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		return new SourceText(composed, null, 1, firstDifferentLine(text, composed));
	}

	private static SourceText tooLarge(Path file, long size) {
		return failure(String.format(Locale.FRANCE, "Le fichier « %s » fait %.1f Mo : un référentiel est lu jusqu'à %d Mo "
				+ "(celui d'un titre complet fait moins de 100 Ko). Vérifiez qu'il s'agit du bon fichier, "
				+ "ou découpez-le en plusieurs référentiels.", ControlCharacters.quoteName(file.toString()), size / 1048576.0, MAX_BYTES / 1048576));
	}

	private static int firstDifferentLine(String a, String b) {
		int line = 1;
		for (int i = 0; i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i); i++) {
			if (a.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static SourceText failure(String message) {
		return new SourceText(null, message, 1, 0);
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
