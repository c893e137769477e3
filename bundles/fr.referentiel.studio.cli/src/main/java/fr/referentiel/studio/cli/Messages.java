/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

import fr.referentiel.studio.model.text.ControlCharacters;

/** Small wording helpers shared by the commands. */
final class Messages {

	private Messages() {
	}

	/** Why an I/O operation failed, in words a user understands. */
	static String reason(Throwable e) {
		Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
		return switch (cause) {
			case AccessDeniedException a -> "accès refusé à « " + name(a.getFile()) + " »";
			case NoSuchFileException n -> "« " + name(n.getFile()) + " » n'existe pas";
			case NotDirectoryException n -> "« " + name(n.getFile()) + " » n'est pas un dossier";
			case FileAlreadyExistsException f -> "« " + name(f.getFile()) + " » existe déjà et n'est pas un dossier";
			case FileSystemException f when f.getReason() != null -> french(f.getReason());
			default -> cause.getMessage() == null ? cause.getClass().getSimpleName() : french(cause.getMessage());
		};
	}

	/** The operating system's words for the failures a user meets, in French; others as they are. */
	private static String french(String reason) {
		if (reason.contains("No space left on device")) {
			return "le disque est plein (plus de place pour écrire)";
		} else if (reason.contains("Read-only file system")) {
			return "le disque est en lecture seule";
		} else if (reason.contains("File name too long")) {
			return "nom de fichier trop long pour ce disque";
		} else if (reason.contains("Is a directory") || reason.contains("Directory not empty")) {
			return "un dossier porte maintenant ce nom";
		} else if (reason.contains("Operation not permitted")) {
			return "le système refuse de le modifier (fichier protégé)";
		}
		return reason;
	}

	/** A path as the user wrote it, quoted with its line breaks and controls escaped when it has some. */
	static String name(Object path) {
		return ControlCharacters.quoteName(String.valueOf(path));
	}

	/** "1 fichier", "3 fichiers". */
	static String count(int n, String singular, String plural) {
		return n + " " + (n <= 1 ? singular : plural);
	}

	static String seconds(long nanos) {
		return String.format(Locale.FRANCE, "%.1f s", nanos / 1e9);
	}
}
