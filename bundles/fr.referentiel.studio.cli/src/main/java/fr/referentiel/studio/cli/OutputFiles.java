/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import fr.referentiel.studio.export.ExportFiles;

/** How export and compare write their files ({@link ExportFiles#writeAll}), and what they say when a run wrote only some. */
final class OutputFiles {

	/**
	 * Where the files of a run are written: the disk. A test puts here a storage that changes the
	 * output folder under the run, the one case where a move fails after others succeeded, which no
	 * real process can bring about on demand.
	 */
	static ExportFiles.Storage storage = ExportFiles.DISK;

	private OutputFiles() {
	}

	/** Removes a temporary folder of a command's own and what it holds, as far as it can (none: nothing). */
	static void deleteTemporaryFolder(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				} catch (IOException ignored) {
					// left in the system's temporary folder
				}
			});
		} catch (IOException | UncheckedIOException ignored) {
			// left in the system's temporary folder
		}
	}

	/**
	 * « Export inachevé : … »: which file could not be replaced and why, which files this run did
	 * write, and which kept their old content, so that the user knows what the folder now holds.
	 *
	 * @param what  the run, as the message begins (« Export inachevé », « Écriture inachevée »)
	 * @param out   the output folder as the user wrote it
	 * @param names every file name of the run, in the order they were moved
	 * @param again what to run again (« l'export », « la comparaison »)
	 */
	static String partlyWritten(String what, Path out, ExportFiles.PartlyWrittenException e, Collection<String> names,
			String again) {
		List<String> written = e.written().stream().map(p -> p.getFileName().toString()).toList();
		List<String> kept = new ArrayList<>(names);
		kept.removeAll(written);
		String reason = Messages.reason(e.getCause());
		return what + " : « " + Messages.name(out.resolve(e.target().getFileName())) + " » n'a pas pu être remplacé ("
				+ (reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason) + "). "
				+ (written.size() == 1 ? "Déjà écrit" : "Déjà écrits") + " par cette exécution : " + list(written) + ". "
				+ (kept.size() == 1 ? "Non remplacé" : "Non remplacés") + " (ancien contenu gardé, s'il y en avait un) : "
				+ list(kept) + ". Relancez " + again + " une fois le problème réglé.";
	}

	private static String list(List<String> names) {
		return String.join(", ", names.stream().map(n -> "« " + Messages.name(n) + " »").toList());
	}
}
