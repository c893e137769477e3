/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.check;

import java.util.List;

/** The outcome of checking a set of files together. */
public record CheckResult(List<CheckedFile> files) {

	public CheckResult {
		files = List.copyOf(files);
	}

	public boolean hasErrors() {
		return files.stream().anyMatch(CheckedFile::hasErrors);
	}

	/** Every problem of every file, sorted by file, line and column. */
	public List<Problem> problems() {
		return files.stream().flatMap(f -> f.problems().stream()).sorted(Problem.ORDER).toList();
	}
}
