/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.Element;
import fr.referentiel.studio.compare.ElementKind;
import fr.referentiel.studio.compare.Pairing;
import fr.referentiel.studio.dsl.check.CheckResult;
import fr.referentiel.studio.dsl.check.ProblemReport;
import fr.referentiel.studio.dsl.check.ProblemSeverity;
import fr.referentiel.studio.dsl.check.ReferentielChecker;

/**
 * Two versions of a referential as a designer has them: the TAI 2023 example and a copy changed by
 * the test, declared TAI_2024 and replacing TAI_2023, read together as « referentiel compare » reads
 * them so that « correspond à TAI_2023.CP5 » resolves.
 */
final class Versions {

	static final String OLD_FILE = "tai-2023.referentiel";
	static final String NEW_FILE = "tai-2024.referentiel";

	private Versions() {
	}

	static String tai() {
		try {
			return Files.readString(Path.of(System.getProperty("referentiel.examples", "../../examples")).resolve(OLD_FILE),
					StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Another shipped example, as it is. */
	static String example(String file) {
		try {
			return Files.readString(Path.of(System.getProperty("referentiel.examples", "../../examples")).resolve(file),
					StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The example as the next version: renamed, and naming the version it replaces. */
	static String nextVersion() {
		return once(tai(), "référentiel TAI_2023 \"Technicien d'assistance en informatique\" {\n",
				"référentiel TAI_2024 \"Technicien d'assistance en informatique\" {\n    remplace TAI_2023\n");
	}

	static Comparison compare(String oldText, String newText) {
		try {
			Path dir = Files.createTempDirectory("compare-test");
			Path oldFile = Files.writeString(dir.resolve(OLD_FILE), oldText);
			Path newFile = Files.writeString(dir.resolve(NEW_FILE), newText);
			CheckResult result = ReferentielChecker.create().check(List.of(oldFile, newFile));
			String errors = ProblemReport.text(result.problems().stream().filter(p -> p.severity() == ProblemSeverity.ERROR).toList());
			assertEquals("", errors, "both versions must be valid");
			return Comparison.of(OLD_FILE, result.files().get(0).referential(), NEW_FILE, result.files().get(1).referential());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text with {@code from} replaced, which must occur exactly once (so a changed example fails loudly). */
	static String once(String text, String from, String to) {
		int at = text.indexOf(from);
		if (at < 0 || text.indexOf(from, at + 1) >= 0) {
			throw new AssertionError("expected once in the example: " + from);
		}
		return text.substring(0, at) + to + text.substring(at + from.length());
	}

	/** Every occurrence of the word replaced. */
	static String word(String text, String from, String to) {
		return Pattern.compile("\\b" + Pattern.quote(from) + "\\b").matcher(text).replaceAll(Matcher.quoteReplacement(to));
	}

	/** The text of a competence's declaration, up to the next top-level element. */
	static String competence(String text, String name) {
		int start = text.indexOf("    compétence " + name + " ");
		int end = text.indexOf("\n    }\n", start) + "\n    }\n".length();
		if (start < 0) {
			throw new AssertionError("no competence " + name);
		}
		return text.substring(start, end);
	}

	static String without(String text, String part) {
		return once(text, part, "");
	}

	/** The one pairing that holds the element of that kind and identifier, on the side given. */
	static Pairing pairing(Comparison comparison, ElementKind kind, String id, boolean oldSide) {
		List<Pairing> found = comparison.pairings().stream().filter(p -> p.kind() == kind || oldSide)
				.filter(p -> (oldSide ? p.olds() : p.news()).stream().anyMatch(e -> e.kind() == kind && e.id().equals(id))).toList();
		assertEquals(1, found.size(), "pairings of " + id + ": " + found);
		return found.get(0);
	}

	static List<String> ids(List<Element> elements) {
		return elements.stream().map(Element::id).toList();
	}
}
