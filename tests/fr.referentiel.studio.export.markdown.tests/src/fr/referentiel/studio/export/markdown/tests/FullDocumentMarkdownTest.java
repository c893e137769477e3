/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.markdown.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.export.markdown.MarkdownExporter;
import fr.referentiel.studio.export.tests.ExampleModels;

/** The « full » layout read as GFM: the REAC's parts, tables and sheets. */
class FullDocumentMarkdownTest {

	@Test
	void taiHasTheReacParts() throws Exception {
		Node document = GfmReader.parse(new MarkdownExporter().render(ExampleModels.load(ExampleModels.TAI),
				MarkdownExporter.FULL, Map.of()));
		List<Heading> headings = GfmReader.all(document, Heading.class);
		assertEquals("Technicien d'assistance en informatique", GfmReader.text(headings.get(0)));
		assertEquals(List.of("Identification", "Présentation", "Liste des activités types", "Vue synoptique",
				"Fiches activités types", "Fiches compétences professionnelles", "Compétences transversales",
				"Blocs de compétences", "Glossaire"),
				headings.stream().filter(h -> h.getLevel() == 2).map(GfmReader::text).toList());
		assertEquals(3 + 9 + 2 + 8, headings.stream().filter(h -> h.getLevel() == 3).count(),
				"sheets, transversal competences and presentation sections");
		List<TableBlock> tables = GfmReader.all(document, TableBlock.class);
		assertEquals(3, tables.size(), "identity, synoptic view, blocks");
		List<List<String>> synoptic = GfmReader.rows(tables.get(1));
		assertEquals(1 + 9, synoptic.size());
		assertEquals(List.of("", "", "5", "Intervenir sur les composants matériels d'un ordinateur fixe ou mobile"),
				synoptic.get(5));
	}
}
