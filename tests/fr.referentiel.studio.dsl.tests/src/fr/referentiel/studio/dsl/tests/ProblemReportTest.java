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

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.dsl.check.ProblemReport;
import fr.referentiel.studio.dsl.check.ProblemSeverity;
import fr.referentiel.studio.dsl.validation.IssueCodes;

/** The three report formats, read back as a program would. */
class ProblemReportTest {

	private static final List<Problem> PROBLEMS = List.of(
			new Problem(Path.of("référentiels", "tai 2023.referentiel"), 12, 9, 5, ProblemSeverity.ERROR,
					"Le code « TP476 » ne suit pas le format \"officiel\" : TP-00476.\tVoir la ligne\n2.", IssueCodes.INVALID_CODE),
			new Problem(Path.of("tai.referentiel"), 40, 13, 0, ProblemSeverity.WARNING, "Ce critère est presque identique.",
					IssueCodes.NEAR_DUPLICATE),
			new Problem(Path.of("tai.referentiel"), 41, 1, 3, ProblemSeverity.INFO, "Espaces multiples.", IssueCodes.DOUBLE_SPACE),
			new Problem(Path.of("tai.referentiel"), 50, 2, 3, ProblemSeverity.INFO, "Espaces multiples.", IssueCodes.DOUBLE_SPACE));

	@Test
	void textIsOneProblemPerLine() {
		String text = ProblemReport.text(PROBLEMS.subList(1, 3));
		assertEquals("""
				tai.referentiel:40:13: warning: Ce critère est presque identique. [fr.referentiel.studio.dsl.nearDuplicate]
				tai.referentiel:41:1: info: Espaces multiples. [fr.referentiel.studio.dsl.doubleSpace]
				""", text);
	}

	@Test
	void jsonHoldsEveryFieldWithTheMessageIntact() {
		JsonObject root = JsonParser.parseString(ProblemReport.json(PROBLEMS)).getAsJsonObject();
		JsonArray problems = root.getAsJsonArray("problems");
		assertEquals(4, problems.size());
		JsonObject first = problems.get(0).getAsJsonObject();
		assertEquals(Path.of("référentiels", "tai 2023.referentiel").toString(), first.get("file").getAsString());
		assertEquals(12, first.get("line").getAsInt());
		assertEquals(9, first.get("column").getAsInt());
		assertEquals(5, first.get("length").getAsInt());
		assertEquals("error", first.get("severity").getAsString());
		assertEquals(PROBLEMS.get(0).message(), first.get("message").getAsString());
		assertEquals(IssueCodes.INVALID_CODE, first.get("code").getAsString());
		JsonObject summary = root.getAsJsonObject("summary");
		assertEquals(1, summary.get("errors").getAsInt());
		assertEquals(1, summary.get("warnings").getAsInt());
		assertEquals(2, summary.get("infos").getAsInt());
	}

	@Test
	void sarifIsAValid210LogWithOneRulePerCode() {
		JsonObject root = JsonParser.parseString(ProblemReport.sarif(PROBLEMS)).getAsJsonObject();
		assertEquals("2.1.0", root.get("version").getAsString());
		assertTrue(root.get("$schema").getAsString().contains("sarif-2.1.0"));
		JsonObject run = root.getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
		assertEquals("Référentiel Studio", driver.get("name").getAsString());
		JsonArray rules = driver.getAsJsonArray("rules");
		assertEquals(3, rules.size(), "one rule per code that appears");
		JsonObject rule = rules.get(2).getAsJsonObject();
		assertEquals(IssueCodes.DOUBLE_SPACE, rule.get("id").getAsString());
		assertEquals(IssueCodes.describe(IssueCodes.DOUBLE_SPACE),
				rule.getAsJsonObject("shortDescription").get("text").getAsString());

		JsonArray results = run.getAsJsonArray("results");
		assertEquals(4, results.size());
		JsonObject first = results.get(0).getAsJsonObject();
		assertEquals(IssueCodes.INVALID_CODE, first.get("ruleId").getAsString());
		assertEquals(0, first.get("ruleIndex").getAsInt());
		assertEquals("error", first.get("level").getAsString());
		assertEquals(PROBLEMS.get(0).message(), first.getAsJsonObject("message").get("text").getAsString());
		JsonObject location = first.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
		assertEquals("r%C3%A9f%C3%A9rentiels/tai%202023.referentiel",
				location.getAsJsonObject("artifactLocation").get("uri").getAsString());
		assertEquals(12, location.getAsJsonObject("region").get("startLine").getAsInt());
		assertEquals(9, location.getAsJsonObject("region").get("startColumn").getAsInt());
		assertEquals("warning", results.get(1).getAsJsonObject().get("level").getAsString());
		assertEquals("note", results.get(2).getAsJsonObject().get("level").getAsString());
		assertEquals(2, results.get(3).getAsJsonObject().get("ruleIndex").getAsInt());
	}

	@Test
	void absolutePathsBecomeFileUris() {
		Path absolute = Path.of("/tmp/réf/tai.referentiel");
		JsonObject root = JsonParser.parseString(ProblemReport.sarif(List.of(new Problem(absolute, 1, 1, 0,
				ProblemSeverity.ERROR, "x", IssueCodes.UNREADABLE_FILE)))).getAsJsonObject();
		String uri = root.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject()
				.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
				.getAsJsonObject("artifactLocation").get("uri").getAsString();
		assertEquals("file:///tmp/r%C3%A9f/tai.referentiel", uri);
	}

	@Test
	void emptyReportsAreStillValidDocuments() {
		assertEquals("", ProblemReport.text(List.of()));
		assertEquals(0, JsonParser.parseString(ProblemReport.json(List.of())).getAsJsonObject().getAsJsonArray("problems").size());
		assertEquals(0, JsonParser.parseString(ProblemReport.sarif(List.of())).getAsJsonObject().getAsJsonArray("runs").get(0)
				.getAsJsonObject().getAsJsonArray("results").size());
	}
}
