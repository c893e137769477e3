/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.csv.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.export.csv.CsvExporter;
import fr.referentiel.studio.export.tests.ExampleModels;

/** The CSV outputs read back with a CSV parser: the spreadsheet's view of the referential. */
class CsvReadBackTest {

	private static final CsvExporter EXPORTER = new CsvExporter();
	static final List<String> HEADER = List.of("Référentiel", "Élément", "Identifiant", "Numéro", "Parent", "Chemin",
			"Catégorie", "Intitulé", "Description", "Contexte", "Correspond à", "Remplacée par");

	/** Checks the BOM and the separator, then parses with the header. */
	static List<CSVRecord> read(byte[] csv, boolean bom, char separator) throws IOException {
		byte[] utf8Bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		assertEquals(bom, Arrays.equals(utf8Bom, Arrays.copyOf(csv, 3)), "byte-order mark");
		String text = new String(csv, StandardCharsets.UTF_8);
		if (bom) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).get();
		var parser = format.parse(new StringReader(text));
		assertEquals(HEADER, parser.getHeaderNames());
		List<CSVRecord> records = parser.getRecords();
		records.forEach(r -> assertEquals(HEADER.size(), r.size(), "line " + r.getRecordNumber()));
		return records;
	}

	static List<CSVRecord> kind(List<CSVRecord> records, String kind) {
		return records.stream().filter(r -> r.get("Élément").equals(kind)).toList();
	}

	@Test
	void frenchDefaultsSemicolonBomAndCrlf() throws Exception {
		byte[] csv = EXPORTER.render(ExampleModels.load(ExampleModels.TAI), null, Map.of());
		String text = new String(csv, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("\uFEFFRéférentiel;Élément;Identifiant;"), text.substring(0, 40));
		assertEquals(0, text.replace("\r\n", "").chars().filter(c -> c == '\r').count(), "records end with CRLF");
		read(csv, true, ';');
	}

	@Test
	void taiRowsPerElement() throws Exception {
		List<CSVRecord> rows = read(EXPORTER.render(ExampleModels.load(ExampleModels.TAI), null, Map.of()), true, ';');
		assertEquals(3, kind(rows, "Activité type").size());
		assertEquals(9, kind(rows, "Compétence professionnelle").size());
		assertEquals(2, kind(rows, "Compétence transversale").size());
		assertEquals(7 + 5 + 4 + 6 + 5 + 5 + 5 + 6 + 5 + 2 + 2, kind(rows, "Critère de performance").size());
		assertEquals(3, kind(rows, "Bloc de compétences").size());
		assertEquals(20, kind(rows, "Terme du glossaire").size());
		// Rows per competence: CP1 has 7 criteria and 16 items of the REAC's mixed list, under its heading.
		List<CSVRecord> cp1 = rows.stream().filter(r -> r.get("Parent").equals("CP1")).toList();
		assertEquals(7, kind(cp1, "Critère de performance").size());
		assertEquals(16, kind(cp1, "Savoir-faire ou savoir").size());
		CSVRecord sk6 = cp1.stream().filter(r -> r.get("Identifiant").equals("CP1-SK6")).findFirst().orElseThrow();
		assertEquals("Savoir-faire techniques, savoir-faire organisationnels, savoir-faire relationnels, savoirs", sk6.get("Catégorie"));
		assertEquals("Assurer la gestion de parc.", sk6.get("Intitulé"));
		assertEquals("AT1 > CP1 > SK6", sk6.get("Chemin"));
		CSVRecord cp9 = kind(rows, "Compétence professionnelle").get(8);
		assertEquals(List.of("TAI_2023", "CP9", "9", "AT1".replace("1", "3"), "Intervenir sur un annuaire Active Directory"),
				List.of(cp9.get("Référentiel"), cp9.get("Identifiant"), cp9.get("Numéro"), cp9.get("Parent"), cp9.get("Intitulé")));
		// A multi-paragraph description stays in one cell, one line per paragraph.
		assertEquals(3, cp9.get("Contexte").split("\n").length);
	}

	@Test
	void asrRowsFollowTheActivityTree() throws Exception {
		List<CSVRecord> rows = read(EXPORTER.render(ExampleModels.load(ExampleModels.ASR), null, Map.of()), true, ';');
		assertEquals(5, kind(rows, "Activité type").size());
		// An RNCP title says « compétence », not the REAC's « compétence professionnelle ».
		assertEquals(55, kind(rows, "Compétence").size());
		assertEquals(0, kind(rows, "Compétence professionnelle").size());
		assertEquals(2 * 18, kind(rows, "Modalité d'évaluation").size());
		List<CSVRecord> under11 = rows.stream().filter(r -> r.get("Parent").equals("AT1-1.1")).toList();
		assertEquals(5, kind(under11, "Activité").size());
		assertEquals(6, kind(under11, "Compétence").size());
		assertEquals(6, kind(under11, "Critère d'évaluation").size());
		assertEquals(List.of("Mise en situation professionnelle", "Livrable"),
				kind(under11, "Modalité d'évaluation").stream().map(r -> r.get("Catégorie")).toList());
		assertEquals(List.of("Procédures d'installation", "Plan de déploiement", "Plan de recette"), rows.stream()
				.filter(r -> r.get("Parent").equals("AT1-1.1-MO2")).map(r -> r.get("Intitulé")).toList());
	}

	@Test
	void commaAndNoBomOnRequest() throws Exception {
		byte[] csv = EXPORTER.render(ExampleModels.load(ExampleModels.ASR), null, Map.of("separator", ",", "bom", "false"));
		assertFalse(new String(csv, StandardCharsets.UTF_8).startsWith("\uFEFF"));
		List<CSVRecord> rows = read(csv, false, ',');
		byte[] french = EXPORTER.render(ExampleModels.load(ExampleModels.ASR), null, Map.of());
		List<CSVRecord> same = read(french, true, ';');
		assertEquals(same.size(), rows.size());
		for (int i = 0; i < rows.size(); i++) {
			assertArrayEquals(same.get(i).values(), rows.get(i).values());
		}
	}
}
