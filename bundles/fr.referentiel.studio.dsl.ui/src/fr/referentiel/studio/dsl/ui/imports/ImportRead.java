/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.imports;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;

import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.Importer;
import fr.referentiel.studio.interchange.ReferentialText;

/**
 * The first half of an import: the other system's file read by its importer and turned into the
 * text of a {@code .referentiel} file, with progress and « Annuler ». Nothing is written here, so
 * that the wizard can still ask before replacing a file; the result is kept, so that a second
 * « Terminer » with the same file and choices (after « Non » to the replacement, say) does not read
 * a large export again.
 */
final class ImportRead implements IRunnableWithProgress {

	/** What was read: the importer's result and the file's text. */
	record Result(Imported imported, String text) {
	}

	private final Importer importer;
	private final Path source;
	private final Map<String, String> options;
	private Result result;
	private ImportException refusal;

	ImportRead(Importer importer, Path source, Map<String, String> options) {
		this.importer = importer;
		this.source = source;
		this.options = Map.copyOf(options);
	}

	/** Whether this reading is the one the user asks for now (same format, file and choices). */
	boolean isFor(Importer other, Path otherSource, Map<String, String> otherOptions) {
		return importer.id().equals(other.id()) && source.equals(otherSource) && options.equals(otherOptions);
	}

	@Override
	public void run(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		monitor.beginTask("Lecture de « " + source.getFileName() + " »…", IProgressMonitor.UNKNOWN);
		try {
			result = Abandonable.run("Import de " + source.getFileName(), monitor, () -> {
				Imported imported = importer.read(source, options);
				return new Result(imported, ReferentialText.of(imported));
			});
		} catch (ImportException e) {
			refusal = e;
		} catch (RuntimeException | LinkageError e) {
			throw new InvocationTargetException(e, e.getMessage());
		} finally {
			monitor.done();
		}
	}

	/** The file's text and what the importer said, null when it refused the file or has not run. */
	Result result() {
		return result;
	}

	/** The importer's refusal (its French message names the file, the line and the column), or null. */
	ImportException refusal() {
		return refusal;
	}
}
