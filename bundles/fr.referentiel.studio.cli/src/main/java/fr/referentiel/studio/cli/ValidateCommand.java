/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import fr.referentiel.studio.dsl.check.CheckResult;
import fr.referentiel.studio.dsl.check.ProblemReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate",
		description = "Vérifie des référentiels et affiche les problèmes trouvés, sous la forme "
				+ "« fichier:ligne:colonne: gravité: message [code] ».",
		footerHeading = "%nExemples :%n",
		footer = {
				"  referentiel validate examples/tai-2023.referentiel",
				"  referentiel validate referentiels/ --format sarif > resultats.sarif",
				"",
				"Codes de sortie : 0 aucun problème bloquant, 1 des erreurs, 2 mauvaise utilisation ou fichier illisible "
						+ "(plus de 10 Mo, tube ou périphérique, pas en UTF-8), 3 erreur interne ou mémoire insuffisante." })
class ValidateCommand implements Callable<Integer> {

	enum Format {
		text, json, sarif
	}

	@Mixin
	CommonOptions common;

	@Spec
	CommandSpec spec;

	@Mixin
	InputArguments inputs;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Présentation des résultats : text (par défaut), json ou sarif (SARIF 2.1.0).")
	Format format;

	@Override
	public Integer call() {
		CheckResult result = Checking.check(inputs.files());
		PrintWriter out = spec.commandLine().getOut();
		switch (format) {
			case text -> {
				String text = ProblemReport.text(result.problems());
				out.print(text);
				Checking.printSummary(result, spec.commandLine().getErr());
			}
			case json -> out.println(ProblemReport.json(result.problems()));
			case sarif -> out.println(ProblemReport.sarif(result.problems()));
		}
		out.flush();
		return Checking.exitCode(result);
	}
}
