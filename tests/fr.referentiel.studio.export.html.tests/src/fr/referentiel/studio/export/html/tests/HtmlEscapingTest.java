/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.export.html.HtmlExporter;
import fr.referentiel.studio.export.tests.HostileReferential;

/** Every text of the model comes out as text: no element, attribute or script can be injected. */
class HtmlEscapingTest {

	private static final HtmlExporter EXPORTER = new HtmlExporter();

	@Test
	void hostileTextsStayText() throws Exception {
		for (String layout : List.of(HtmlExporter.DOCUMENT, HtmlExporter.RNCP)) {
			byte[] html = EXPORTER.render(HostileReferential.create(), layout, Map.of());
			String source = new String(html, StandardCharsets.UTF_8);
			assertFalse(source.contains("<script"), layout);
			assertFalse(source.contains("<img"), layout);
			assertFalse(source.contains("<b>"), layout);
			Document page = HtmlStructureTest.parse(html);
			assertEquals(List.of(), page.select("script, img, b, u, i").stream().map(Element::outerHtml).toList(), layout);
			assertEquals(HostileReferential.TITLE, page.title());
			assertEquals(HostileReferential.TITLE, page.selectFirst("h1").text());
			assertTrue(page.text().contains(HostileReferential.SCRIPT), layout);
			assertTrue(page.text().contains(HostileReferential.FORMULA), layout);
		}
	}

	@Test
	void everyKnowledgeItemReadsBackAsWritten() throws Exception {
		Document page = HtmlStructureTest.parse(EXPORTER.render(HostileReferential.create(), null, Map.of()));
		Element sheet = page.select("section.fiche").last();
		Element list = sheet.select("h4:containsOwn(Savoir-faire techniques) + ul").first();
		assertEquals(HostileReferential.TEXTS.stream().map(t -> t.replace('\t', ' ').strip().replace("\n", "|")).toList(),
				list.children().stream().map(HtmlEscapingTest::textWithBreaks).toList());
	}

	/**
	 * The text of an element, its {@code <br>} read as "|" (the line break of a multi-line text);
	 * the spaces the pretty printer puts around a break are not part of the text.
	 */
	private static String textWithBreaks(Element element) {
		List<StringBuilder> lines = new java.util.ArrayList<>(List.of(new StringBuilder()));
		element.childNodes().forEach(node -> {
			if (node instanceof TextNode t) {
				lines.get(lines.size() - 1).append(t.text());
			} else if (node instanceof Element e && e.tagName().equals("br")) {
				lines.add(new StringBuilder());
			}
		});
		return String.join("|", lines.stream().map(line -> line.toString().strip()).toList());
	}
}
