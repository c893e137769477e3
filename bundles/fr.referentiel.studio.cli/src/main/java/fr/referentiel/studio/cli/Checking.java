/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import fr.referentiel.studio.dsl.check.CheckResult;
import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.dsl.check.ProblemSeverity;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.dsl.validation.IssueCodes;

/** Checks the inputs of a command with the language's validator, shared by validate and export. */
final class Checking {

	private Checking() {
	}

	static CheckResult check(List<Path> files) {
		return ReferentielChecker.create().check(files);
	}

	/** On {@code jobs} threads (0: one per processor). */
	static CheckResult check(List<Path> files, int jobs) {
		return jobs > 0 ? ReferentielChecker.create().check(files, jobs) : check(files);
	}

	/** An input that could not be read at all is a usage problem (exit 2), not an invalid referential. */
	static boolean hasUnreadableInput(CheckResult result) {
		return result.problems().stream().anyMatch(p -> IssueCodes.UNREADABLE_FILE.equals(p.code()));
	}

	static int exitCode(CheckResult result) {
		if (hasUnreadableInput(result)) {
			return ExitCode.USAGE;
		}
		return result.hasErrors() ? ExitCode.INVALID : ExitCode.OK;
	}

	/** « 2 fichiers vérifiés : 1 erreur, 3 avertissements. » */
	static void printSummary(CheckResult result, PrintWriter out) {
		List<Problem> problems = result.problems();
		long errors = problems.stream().filter(p -> p.severity() == ProblemSeverity.ERROR).count();
		long warnings = problems.stream().filter(p -> p.severity() == ProblemSeverity.WARNING).count();
		out.println(Messages.count(result.files().size(), "fichier vérifié", "fichiers vérifiés") + " : "
				+ Messages.count((int) errors, "erreur", "erreurs") + ", "
				+ Messages.count((int) warnings, "avertissement", "avertissements") + ".");
	}
}
