/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Parameters;

/** The files and folders a command works on, as validate and export take them. */
class InputArguments {

	@Parameters(paramLabel = "FICHIER|DOSSIER", arity = "1..*",
			description = "Fichiers .referentiel, ou dossiers où les chercher (sous-dossiers compris).")
	List<Path> inputs;

	/** The .referentiel files named, folders searched; a usage error for a missing one. */
	List<Path> files() {
		return InputFiles.collect(inputs);
	}
}
