/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.markdown.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.export.markdown.MarkdownExporter;
import fr.referentiel.studio.export.tests.HostileReferential;

/** Texts that look like Markdown, HTML or table syntax come out as the same text, in their cell. */
class MarkdownEscapingTest {

	private static final MarkdownExporter EXPORTER = new MarkdownExporter();

	/** What a reader sees: the text itself, its line breaks kept, spaces at the ends dropped. */
	private static String seen(String text) {
		return String.join("\n", text.strip().lines().map(String::strip).toList());
	}

	@Test
	void followUpTableCellsHoldTheTextsAsWritten() throws Exception {
		Node document = GfmReader.parse(EXPORTER.render(HostileReferential.create(), null, Map.of()));
		List<TableBlock> tables = GfmReader.all(document, TableBlock.class);
		assertEquals(1, tables.size());
		List<List<String>> rows = GfmReader.rows(tables.get(0));
		assertEquals(1 + HostileReferential.TEXTS.size(), rows.size());
		rows.forEach(row -> assertEquals(2, row.size(), "a pipe in a text must not add a column: " + row));
		assertEquals(HostileReferential.COMPETENCE_TITLE, rows.get(1).get(0));
		assertEquals(HostileReferential.TEXTS.stream().map(MarkdownEscapingTest::seen).toList(),
				rows.subList(1, rows.size()).stream().map(row -> row.get(1)).toList());
		noMarkupFromTheTexts(document);
	}

	@Test
	void fullDocumentKeepsTheTextsAsWritten() throws Exception {
		Node document = GfmReader.parse(EXPORTER.render(HostileReferential.create(), MarkdownExporter.FULL, Map.of()));
		String text = GfmReader.text(document);
		assertTrue(text.contains(HostileReferential.TITLE), text);
		for (String hostile : HostileReferential.TEXTS) {
			assertTrue(text.contains(seen(hostile)), hostile);
		}
		assertTrue(text.contains("- un tiret en tête\nsur deux lignes"), text);
		// The lists of the document are its own (criteria, savoir-faire), never made by a text.
		GfmReader.all(document, ListBlock.class).forEach(list -> assertTrue(list.getFirstChild() != null));
		noMarkupFromTheTexts(document);
	}

	/** No emphasis, link, code, quote, raw HTML (except line breaks) or rule came from the texts. */
	private static void noMarkupFromTheTexts(Node document) {
		for (Class<? extends Node> type : List.of(Emphasis.class, Link.class, Code.class, BlockQuote.class,
				HtmlBlock.class, ThematicBreak.class)) {
			assertEquals(List.of(), GfmReader.all(document, type), type.getSimpleName());
		}
		GfmReader.all(document, HtmlInline.class).forEach(html -> assertEquals("<br>", html.getLiteral()));
		// Bold is the document's own labels only; none contains a hostile text's markers.
		GfmReader.all(document, StrongEmphasis.class)
				.forEach(strong -> assertTrue(!GfmReader.text(strong).contains("pas en gras"), GfmReader.text(strong)));
	}
}
