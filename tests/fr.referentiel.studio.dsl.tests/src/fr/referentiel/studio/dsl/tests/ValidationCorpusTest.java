/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.dsl.validation.IssueCodes;
import fr.referentiel.studio.dsl.validation.ReferentielIssueCodesProvider;

/**
 * The validation corpus: for every rule, {@code <rule>.referentiel} makes the mistake as an author
 * would, {@code <rule>.expected} lists the diagnostics it must give as users read them
 * ({@code line:column: severity: message [code]}, the command line's format without the file),
 * and {@code <rule>.fixed.referentiel}, the same file corrected, must give none.
 *
 * <p>After a deliberate change of a message or a position, {@code -Dreferentiel.updateGolden=true}
 * rewrites the {@code .expected} files instead of comparing, as for the exporters' golden files
 * (e.g. {@code ./mvnw verify -pl tests/fr.referentiel.studio.dsl.tests -am -Dreferentiel.updateGolden=true});
 * review them with {@code git diff}, and keep docs/validation.md's examples in step.
 */
class ValidationCorpusTest {

	private static final ReferentielChecker CHECKER = ReferentielChecker.create();

	static Path corpus() {
		return Path.of(System.getProperty("referentiel.testResources", "resources")).resolve("validation");
	}

	static List<String> rules() throws IOException {
		try (Stream<Path> files = Files.list(corpus())) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected"))
					.map(n -> n.substring(0, n.length() - ".expected".length())).sorted().toList();
		}
	}

	private static boolean updating() {
		return Boolean.parseBoolean(System.getProperty("referentiel.updateGolden", "false"));
	}

	private static List<String> diagnostics(List<Problem> problems) {
		return problems.stream()
				.map(p -> p.line() + ":" + p.column() + ": " + p.severity().word() + ": " + p.message() + " [" + p.code() + "]")
				.toList();
	}

	private static String describe(List<Problem> problems) {
		return problems.stream().map(Problem::toText).collect(Collectors.joining("\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void mistakeGivesTheExpectedDiagnostics(String rule) throws IOException {
		Path file = corpus().resolve(rule + ".referentiel");
		Path expectedFile = corpus().resolve(rule + ".expected");
		List<Problem> problems = CHECKER.check(List.of(file)).problems();
		List<String> actual = diagnostics(problems);
		if (updating()) {
			List<String> comments = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
					.filter(l -> l.startsWith("#")).toList();
			List<String> lines = new ArrayList<>(comments);
			lines.addAll(actual);
			Files.write(expectedFile, lines, StandardCharsets.UTF_8);
		}
		List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream().map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
		assertEquals(String.join("\n", expected), String.join("\n", actual),
				"(after checking the change, -Dreferentiel.updateGolden=true rewrites " + expectedFile.getFileName() + ")\n"
						+ describe(problems));
		String code = rule.equals("unresolvedReference") ? IssueCodes.LINKING : IssueCodes.qualify(rule);
		assertTrue(actual.stream().anyMatch(d -> d.endsWith("[" + code + "]")), rule + " must trigger its own rule");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void fixedFileGivesNoDiagnostic(String rule) {
		Path fixed = corpus().resolve(rule + ".fixed.referentiel");
		assertTrue(Files.isRegularFile(fixed), "missing " + fixed.getFileName());
		assertEquals("", describe(CHECKER.check(List.of(fixed)).problems()));
	}

	@Test
	void everyRuleHasItsCorpusEntry() throws IOException {
		Set<String> covered = new HashSet<>(rules());
		Set<String> missing = new HashSet<>();
		for (String code : ReferentielIssueCodesProvider.DEFAULTS.keySet()) {
			if (!covered.contains(IssueCodes.shortName(code))) {
				missing.add(IssueCodes.shortName(code));
			}
		}
		assertTrue(covered.contains("unresolvedReference"));
		assertEquals(Set.of(), missing);
	}
}
