/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import picocli.CommandLine.Option;

/** Options every command has, with French descriptions. */
class CommonOptions {

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Affiche cette aide et quitte.")
	boolean help;

	@Option(names = "--debug", description = "En cas d'erreur interne, affiche tous les détails techniques.")
	boolean debug;
}
