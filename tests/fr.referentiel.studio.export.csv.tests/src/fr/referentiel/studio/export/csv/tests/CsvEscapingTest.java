/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.export.csv.CsvExporter;
import fr.referentiel.studio.export.tests.HostileReferential;

/**
 * Separators, quotes and line breaks stay inside their cell, and a cell that a spreadsheet would
 * run as a formula (= + - @, tab, carriage return first) is prefixed with a single quote.
 */
class CsvEscapingTest {

	private static final CsvExporter EXPORTER = new CsvExporter();

	/** What the exporter promises for a text: unchanged, or prefixed with ' when it would run. */
	private static String neutralised(String text) {
		return text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 ? text : "'" + text;
	}

	@Test
	void everyHostileTextReadsBackInItsCell() throws Exception {
		for (String separator : List.of(";", ",")) {
			byte[] csv = EXPORTER.render(HostileReferential.create(), null, Map.of("separator", separator));
			List<CSVRecord> rows = CsvReadBackTest.read(csv, true, separator.charAt(0));
			List<String> knowledge = CsvReadBackTest.kind(rows, "Savoir-faire").stream().map(r -> r.get("Intitulé")).toList();
			assertEquals(HostileReferential.TEXTS.stream().map(CsvEscapingTest::neutralised).toList(), knowledge);
			List<String> criteria = CsvReadBackTest.kind(rows, "Critère de performance").stream().map(r -> r.get("Intitulé")).toList();
			assertEquals(HostileReferential.TEXTS.stream().map(CsvEscapingTest::neutralised).toList(), criteria);
			CSVRecord competence = rows.stream().filter(r -> r.get("Élément").startsWith("Compétence")).findFirst().orElseThrow();
			assertEquals("'" + HostileReferential.FORMULA, competence.get("Intitulé"));
			assertEquals(HostileReferential.MULTILINE, competence.get("Description"));
			assertEquals(HostileReferential.SCRIPT, competence.get("Contexte"));
		}
	}

	@Test
	void formulaCellsAreNeutralised() throws Exception {
		List<CSVRecord> rows = CsvReadBackTest.read(EXPORTER.render(HostileReferential.create(), null, Map.of()), true, ';');
		for (CSVRecord row : rows) {
			for (String cell : row.values()) {
				if (!cell.isEmpty()) {
					assertEquals(-1, "=+-@\t\r".indexOf(cell.charAt(0)), "cell would run in a spreadsheet: " + cell);
				}
			}
		}
	}
}
