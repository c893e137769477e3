/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The whole text of a small input file (a CASE package, a Moodle CSV), read only when it is a
 * regular file within a size limit — a FIFO or a device would block or never end — and decoded
 * strictly as UTF-8, the encoding both formats prescribe; a byte-order mark is skipped.
 */
public final class InputText {

	/** The largest file read whole: far above the biggest published frameworks (a few MB). */
	public static final long MAX_BYTES = 50L * 1024 * 1024;

	private InputText() {
	}

	/** @param what what the file should be, for the messages: « le fichier JSON du paquet CASE » */
	public static String read(Path file, String what) throws ImportException {
		String name = String.valueOf(file.getFileName());
		try {
			if (Files.isDirectory(file)) {
				throw new ImportException("« " + file + " » est un dossier : donnez " + what + ".");
			}
			if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
				throw new ImportException("Fichier introuvable : « " + file + " ». Vérifiez le chemin.");
			}
			if (!Files.isRegularFile(file)) {
				throw new ImportException("« " + file + " » n'est pas un fichier ordinaire (tube, périphérique) : donnez " + what
						+ ". Rien n'a été écrit.");
			}
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				throw new ImportException("« " + name + " » fait " + (size / (1024 * 1024)) + " Mo : l'import lit au plus "
						+ (MAX_BYTES / (1024 * 1024)) + " Mo, bien plus que les référentiels publiés. Vérifiez que c'est " + what
						+ ". Rien n'a été écrit.");
			}
			byte[] bytes = Files.readAllBytes(file);
			int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
			return decode(name, bytes, start);
		} catch (NoSuchFileException e) {
			throw new ImportException("Fichier introuvable : « " + file + " ». Vérifiez le chemin.");
		} catch (AccessDeniedException e) {
			throw new ImportException("Lecture refusée : « " + file + " » (droits d'accès). Rien n'a été écrit.");
		} catch (IOException e) {
			throw new ImportException("« " + file + " » n'a pas pu être lu (" + e.getMessage() + "). Rien n'a été écrit.");
		}
	}

	/** UTF-8, strictly; the first bad byte is located by its line and column. */
	private static String decode(String name, byte[] bytes, int start) throws ImportException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		} catch (CharacterCodingException e) {
			CharBuffer chars = CharBuffer.allocate(bytes.length);
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, start, bytes.length - start), chars, true);
			chars.flip();
			int line = 1;
			int column = 1;
			while (chars.hasRemaining()) {
				if (chars.get() == '\n') {
					line++;
					column = 1;
				} else {
					column++;
				}
			}
			throw new ImportException("« " + name + " », ligne " + line + ", colonne " + column + " : le texte n'est pas en UTF-8 "
					+ "(il a sans doute été enregistré en Windows-1252 ou ISO-8859-1). Réenregistrez-le en UTF-8, ou exportez-le à "
					+ "nouveau. Rien n'a été écrit.", line, column);
		}
	}
}
