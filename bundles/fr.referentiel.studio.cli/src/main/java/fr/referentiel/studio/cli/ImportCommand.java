/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code referentiel import <format> FILE}: one subcommand per format of another system. */
@Command(name = "import",
		description = "Crée un fichier .referentiel à partir du fichier d'un autre système. Le fichier écrit dit en commentaire "
				+ "d'où il vient, et il est vérifié avant d'être écrit : il n'a pas d'erreur (les avertissements sont listés).",
		subcommands = { ImportRncpCommand.class, ImportCaseCommand.class, ImportMoodleCommand.class },
		footerHeading = "%nExemples :%n",
		footer = { "  referentiel import rncp export-fiches-rncp.xml --liste",
				"  referentiel import rncp export-fiches-rncp.xml --fiche RNCP40792",
				"  referentiel import case tai-2023.case.json",
				"  referentiel import moodle tai-2023.moodle.csv",
				"  referentiel import rncp --help" })
class ImportCommand implements Runnable {

	@Mixin
	CommonOptions common;

	@Spec
	CommandSpec spec;

	/** Without a format, the command prints its help. */
	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
