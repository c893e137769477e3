/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.tests;

import static fr.referentiel.studio.compare.tests.Versions.compare;
import static fr.referentiel.studio.compare.tests.Versions.nextVersion;
import static fr.referentiel.studio.compare.tests.Versions.once;
import static fr.referentiel.studio.compare.tests.Versions.tai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.output.ComparisonHtml;
import fr.referentiel.studio.compare.output.ComparisonMarkdown;

/** The change report shows the changed words in context, not the whole sheet around them. */
class DiffExcerptTest {

	private static final String LAST_SENTENCE = "Résoudre le dysfonctionnement et s'assurer du fonctionnement matériel et logiciel ou "
			+ "proposer une solution adaptée.";

	@Test
	void oneChangedWordInALongSheetReadsWithItsContextOnly() {
		Comparison comparison = compare(tai(), once(nextVersion(), LAST_SENTENCE, LAST_SENTENCE.replace("adaptée", "appropriée")));
		Element section = Jsoup.parse(new String(ComparisonHtml.changes(comparison), StandardCharsets.UTF_8))
				.select("section").stream().filter(s -> s.selectFirst("h3").text().startsWith("CP3 → CP3")).findFirst().orElseThrow();
		String text = section.select("p").last().text();
		assertTrue(text.startsWith("… "), text);
		assertTrue(text.contains("matériel et logiciel ou proposer une solution adaptée. appropriée. Le technicien intervient en atelier"),
				text);
		assertTrue(text.endsWith(" …"), text);
		assertTrue(text.length() < 200, "not the whole sheet: " + text);
		assertEquals("adaptée.", section.selectFirst("del").text());
		String markdown = new String(ComparisonMarkdown.changes(comparison), StandardCharsets.UTF_8);
		assertTrue(markdown.contains("ou proposer une solution ~~adaptée.~~ **appropriée.**<br>Le technicien"), markdown);
	}
}
