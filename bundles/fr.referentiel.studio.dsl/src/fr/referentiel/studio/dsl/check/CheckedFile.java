/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.check;

import java.nio.file.Path;
import java.util.List;

import fr.referentiel.studio.model.Referential;

/**
 * The outcome for one file.
 *
 * @param file        the file as the caller named it
 * @param referential what could be parsed of it; null when nothing could (unreadable or empty file)
 * @param problems    its problems, in order of position
 */
public record CheckedFile(Path file, Referential referential, List<Problem> problems) {

	public CheckedFile {
		problems = List.copyOf(problems);
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(p -> p.severity() == ProblemSeverity.ERROR);
	}
}
