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

/** Small wording helpers shared by the commands. */
final class Messages {

	private Messages() {
	}

	/** Why an I/O operation failed, in words a user understands. */
	static String reason(Throwable e) {
		Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
		return switch (cause) {
			case AccessDeniedException a -> "accès refusé à « " + a.getFile() + " »";
			case NoSuchFileException n -> "« " + n.getFile() + " » n'existe pas";
			case NotDirectoryException n -> "« " + n.getFile() + " » n'est pas un dossier";
			case FileAlreadyExistsException f -> "« " + f.getFile() + " » existe déjà et n'est pas un dossier";
			case FileSystemException f when f.getReason() != null -> f.getReason();
			default -> cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		};
	}

	/** "1 fichier", "3 fichiers". */
	static String count(int n, String singular, String plural) {
		return n + " " + (n <= 1 ? singular : plural);
	}

	static String seconds(long nanos) {
		return String.format(Locale.FRANCE, "%.1f s", nanos / 1e9);
	}
}
