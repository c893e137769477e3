/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.markdown.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.export.markdown.MarkdownExporter;
import fr.referentiel.studio.export.tests.ExampleModels;
import fr.referentiel.studio.model.Referential;

/**
 * The follow-up page against the hand-made page it replaces (resources/suivi-referentiel-tai.md,
 * a copy of the project's seed): same front matter, same sections, same modules with the same
 * savoir-faire; and read back as GitHub would show it.
 */
class FollowUpPageTest {

	private static final MarkdownExporter EXPORTER = new MarkdownExporter();

	private static byte[] render(String example, Map<String, String> options) throws Exception {
		return EXPORTER.render(ExampleModels.load(example), null, options);
	}

	@Test
	void frontMatterThenOneSectionPerActivityType() throws Exception {
		String page = new String(render(ExampleModels.TAI, Map.of()), StandardCharsets.UTF_8);
		assertTrue(page.startsWith("---\ntitle: \"Suivi Référentiel\"\norder: 3\nin_menu: true\n---\n### CCP1 - Assister ou dépanner les utilisateurs\n\n| Module | Compétences |\n|:-------------|:------------|\n"),
				page.substring(0, 200));
		assertEquals(List.of("### CCP1 - Assister ou dépanner les utilisateurs",
				"### CCP2 - Mettre en service des équipements numériques",
				"### CCP3 - Intervenir sur les éléments de l'infrastructure"),
				page.lines().filter(l -> l.startsWith("#")).toList());
		assertTrue(page.endsWith(" |\n"), "ends with the last row");
	}

	@Test
	void noEmptyRowsNoTrailingSpacesEveryRowClosed() throws Exception {
		for (String example : List.of(ExampleModels.TAI, ExampleModels.ASR)) {
			List<String> lines = new String(render(example, Map.of()), StandardCharsets.UTF_8).lines().toList();
			for (String line : lines) {
				assertFalse(line.endsWith(" "), "trailing space: " + line);
				assertFalse(line.matches("\\|\\s*\\|\\s*\\|"), "empty row: " + line);
				if (line.startsWith("|")) {
					assertTrue(line.endsWith("|"), "row not closed: " + line);
				}
			}
		}
	}

	@Test
	void optionsGoToTheFrontMatter() throws Exception {
		String page = new String(render(ExampleModels.TAI,
				Map.of("title", "Suivi \"TAI\" 2023", "order", "7", "in_menu", "false")), StandardCharsets.UTF_8);
		assertTrue(page.startsWith("---\ntitle: \"Suivi \\\"TAI\\\" 2023\"\norder: 7\nin_menu: false\n---\n"), page.substring(0, 80));
	}

	@Test
	void readAsGfmOneTablePerActivityTypeOneRowPerSavoirFaire() throws Exception {
		Referential tai = ExampleModels.load(ExampleModels.TAI);
		Node document = GfmReader.parse(render(ExampleModels.TAI, Map.of()));
		List<TableBlock> tables = GfmReader.all(document, TableBlock.class);
		assertEquals(3, tables.size());
		assertEquals(3, GfmReader.all(document, Heading.class).size());
		for (int t = 0; t < 3; t++) {
			List<List<String>> rows = GfmReader.rows(tables.get(t));
			assertEquals(List.of("Module", "Compétences"), rows.get(0));
			int expected = tai.getActivityTypes().get(t).getCompetences().stream()
					.mapToInt(c -> c.getKnowledge().stream().mapToInt(g -> g.getItems().size()).sum()).sum();
			assertEquals(expected, rows.size() - 1, "one row per savoir-faire in CCP" + (t + 1));
			rows.forEach(row -> assertEquals(2, row.size()));
		}
		// Each competence title stands next to its first savoir-faire; rows below it have an empty first cell.
		Map<String, List<String>> modules = modules(GfmReader.rows(tables.get(0)));
		assertEquals(List.of("Traiter un incident dans un centre de services et assurer le suivi du parc",
				"Assister à l'utilisation des ressources collaboratives et bureautiques",
				"Diagnostiquer et résoudre un dysfonctionnement numérique"), List.copyOf(modules.keySet()));
		assertEquals(16, modules.get("Traiter un incident dans un centre de services et assurer le suivi du parc").size());
	}

	@Test
	void sameModulesAndSavoirFaireAsTheHandMadePage() throws Exception {
		Path seed = Path.of(System.getProperty("referentiel.testResources", "resources"), "suivi-referentiel-tai.md");
		Map<String, List<String>> expected = new LinkedHashMap<>();
		for (TableBlock table : GfmReader.all(GfmReader.parse(Files.readAllBytes(seed)), TableBlock.class)) {
			expected.putAll(modules(GfmReader.rows(table)));
		}
		Map<String, List<String>> actual = new LinkedHashMap<>();
		for (TableBlock table : GfmReader.all(GfmReader.parse(render(ExampleModels.TAI, Map.of())), TableBlock.class)) {
			actual.putAll(modules(GfmReader.rows(table)));
		}
		List<String> actualModules = List.copyOf(actual.keySet());
		assertEquals(List.copyOf(expected.keySet()), actualModules.subList(0, expected.size()), "modules in the same order");
		for (Map.Entry<String, List<String>> module : expected.entrySet()) {
			List<String> items = actual.get(module.getKey());
			// The seed's CCP2 stops after the first savoir-faire of its first module: its items are a prefix.
			List<String> seedItems = module.getValue();
			assertTrue(items.size() >= seedItems.size(), module.getKey() + ": " + seedItems + " vs " + items);
			assertEquals(seedItems, items.subList(0, seedItems.size()), module.getKey() + ": the seed's items, in the seed's order");
		}
	}

	/**
	 * Module → its savoir-faire, from table rows (header first). Typographic apostrophes and
	 * ellipses of the hand-made page are read as the referential writes them; empty rows skipped.
	 */
	private static Map<String, List<String>> modules(List<List<String>> rows) throws IOException {
		Map<String, List<String>> modules = new LinkedHashMap<>();
		List<String> current = null;
		for (List<String> row : rows.subList(1, rows.size())) {
			String module = normalise(row.get(0));
			String item = row.size() > 1 ? normalise(row.get(1)) : "";
			if (!module.isEmpty()) {
				current = new ArrayList<>();
				modules.put(module, current);
			}
			if (!item.isEmpty() && current != null) {
				current.add(item);
			}
		}
		return modules;
	}

	private static String normalise(String text) {
		return text.replace('\u2019', '\'').replace("\u2026", "...").strip();
	}
}
