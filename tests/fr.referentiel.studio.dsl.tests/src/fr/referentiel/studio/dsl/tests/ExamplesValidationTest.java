/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.referentiel.studio.dsl.check.CheckResult;
import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.dsl.check.ProblemReport;
import fr.referentiel.studio.dsl.check.ProblemSeverity;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.dsl.validation.IssueCodes;

/**
 * The shipped examples validate without error. A warning remains only where the source document
 * really has the defect, and the example says so in a comment just above the element.
 */
class ExamplesValidationTest {

	@ParameterizedTest
	@ValueSource(strings = { "tai-2023.referentiel", "asr-rncp.referentiel", "bts-sio.referentiel" })
	void examplesHaveNoErrorAndEveryWarningIsExplained(String example) {
		Path file = TestFiles.examples().resolve(example);
		CheckResult result = ReferentielChecker.create().check(List.of(file));
		List<Problem> problems = result.problems();
		assertEquals(List.of(), problems.stream().filter(p -> p.severity() == ProblemSeverity.ERROR).toList(),
				ProblemReport.text(problems));
		List<String> lines = TestFiles.example(example).lines().toList();
		for (Problem p : problems) {
			assertTrue(explained(lines, p.line(), IssueCodes.shortName(p.code())),
					"no comment explains this problem just above line " + p.line() + ": " + p.toText());
		}
	}

	/** Whether the comment lines right above {@code line} name the rule. */
	private static boolean explained(List<String> lines, int line, String rule) {
		for (int i = line - 2; i >= 0 && lines.get(i).strip().startsWith("//"); i--) {
			if (lines.get(i).contains(rule)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void taiKeepsOnlyTheGapsOfTheReacAndAsrHasNoProblem() {
		assertEquals(List.of(), ReferentielChecker.create().check(List.of(TestFiles.examples().resolve("asr-rncp.referentiel")))
				.problems());
		List<String> codes = ReferentielChecker.create().check(List.of(TestFiles.examples().resolve("tai-2023.referentiel"))).problems()
				.stream().map(p -> p.line() + " " + IssueCodes.shortName(p.code())).toList();
		// The three lines that the REAC's « Liste des activités » repeats are kept (and said), not dropped.
		assertEquals(List.of("92 duplicateEntry", "95 duplicateEntry", "97 duplicateEntry", "491 blockWithoutModality",
				"498 blockWithoutModality", "505 blockWithoutModality"), codes);
	}
}
