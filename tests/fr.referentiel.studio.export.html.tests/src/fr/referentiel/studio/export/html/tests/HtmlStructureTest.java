/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.html.HtmlExporter;
import fr.referentiel.studio.export.tests.ExampleModels;
import fr.referentiel.studio.model.Referential;

/** The HTML outputs read back with an HTML5 parser: structure, accessibility, self-containment. */
class HtmlStructureTest {

	private static final HtmlExporter EXPORTER = new HtmlExporter();

	/** Parses as a browser would, failing on any HTML5 parse error. */
	static Document parse(byte[] html) {
		Parser parser = Parser.htmlParser().setTrackErrors(50);
		Document document = parser.parseInput(new String(html, StandardCharsets.UTF_8), "");
		ParseErrorList errors = parser.getErrors();
		assertEquals(List.of(), errors.stream().map(Object::toString).toList(), "HTML5 parse errors");
		return document;
	}

	static Document render(String example, String layout) throws ExportException {
		return parse(EXPORTER.render(ExampleModels.load(example), layout, Map.of()));
	}

	@Test
	void aSelfContainedFrenchUtf8Page() throws ExportException {
		for (String layout : List.of(HtmlExporter.DOCUMENT, HtmlExporter.RNCP)) {
			Document page = render(ExampleModels.TAI, layout);
			assertEquals("html", page.documentType().name());
			assertEquals("fr", page.selectFirst("html").attr("lang"));
			assertEquals("utf-8", page.head().child(0).attr("charset"), "charset first in head");
			assertEquals("Technicien d'assistance en informatique", page.title());
			assertEquals(List.of(), page.select("link, script, img, iframe, object, [src], [href]").stream().map(Element::outerHtml).toList(),
					"no external resource");
			String css = page.selectFirst("style").data();
			assertTrue(css.contains("@page { size: A4"), css);
			assertTrue(css.contains("thead { display: table-header-group; }"), css);
			assertTrue(css.contains("break-inside: avoid"), css);
		}
	}

	/** The editor's preview finds elements by these ids: each element once, on the element that presents it. */
	@Test
	void everyLayoutMarksItsElementsWithTheirIdentifiers() throws ExportException {
		Referential tai = ExampleModels.load(ExampleModels.TAI);
		Document document = render(ExampleModels.TAI, HtmlExporter.DOCUMENT);
		for (var at : tai.getActivityTypes()) {
			Element sheet = document.getElementById(at.getName());
			assertEquals("section", sheet.tagName(), at.getName());
			assertTrue(sheet.selectFirst("h3").text().contains(at.getTitle()), sheet.selectFirst("h3").text());
		}
		for (var c : tai.getCompetences()) {
			assertTrue(document.getElementById(c.getName()).selectFirst("h3").text().contains(c.getTitle()), c.getName());
		}
		Document rncp = render(ExampleModels.TAI, HtmlExporter.RNCP);
		for (var at : tai.getActivityTypes()) {
			assertEquals("table", rncp.getElementById(at.getName()).tagName(), at.getName());
			for (var activity : at.getActivities()) {
				Element cell = rncp.getElementById("activite-" + activity.getNumber());
				assertTrue(cell.text().contains(activity.getTitle()), cell.outerHtml());
			}
		}
		Referential asr = ExampleModels.load(ExampleModels.ASR);
		Document blocs = render(ExampleModels.ASR, HtmlExporter.BLOCS);
		for (var b : asr.getBlocks()) {
			assertEquals("section", blocs.getElementById(b.getName()).tagName(), b.getName());
		}
		for (String layout : List.of(HtmlExporter.DOCUMENT, HtmlExporter.RNCP, HtmlExporter.BLOCS)) {
			List<String> ids = render(ExampleModels.ASR, layout).select("[id]").stream().map(Element::id).toList();
			assertEquals(ids.size(), ids.stream().distinct().count(), layout + ": " + ids);
		}
	}

	@Test
	void headingsGoDownOneLevelAtATime() throws ExportException {
		for (String example : List.of(ExampleModels.TAI, ExampleModels.ASR)) {
			int previous = 0;
			for (Element heading : render(example, HtmlExporter.DOCUMENT).select("h1, h2, h3, h4, h5, h6")) {
				int level = heading.tagName().charAt(1) - '0';
				assertTrue(level <= previous + 1, example + ": " + heading + " after h" + previous);
				previous = level;
			}
		}
	}

	@Test
	void everyHeaderCellIsAThWithScope() throws ExportException {
		for (String layout : List.of(HtmlExporter.DOCUMENT, HtmlExporter.RNCP)) {
			Document page = render(ExampleModels.ASR, layout);
			assertTrue(page.select("th").size() > 0);
			assertEquals(List.of(), page.select("th:not([scope])").eachText());
			assertEquals(page.select("table").size(), page.select("table > thead").size());
		}
	}

	@Test
	void taiDocumentFollowsTheReac() throws ExportException {
		Document page = render(ExampleModels.TAI, HtmlExporter.DOCUMENT);
		assertEquals(List.of("Identification", "Présentation", "Liste des activités types", "Vue synoptique",
				"Fiches activités types", "Fiches compétences professionnelles", "Compétences transversales",
				"Blocs de compétences", "Glossaire"), page.select("h2").eachText());
		Element identity = page.selectFirst("section.identite table");
		assertEquals("TP-00476", identity.select("tr:has(th:containsOwn(Code)) td").first().text());
		// Synoptic view: one row per competence, the activity type on its first row only.
		Elements synoptic = page.select("section.synoptique tbody tr");
		assertEquals(9, synoptic.size());
		assertEquals(List.of("1", "Assister ou dépanner les utilisateurs", "1",
				"Traiter un incident dans un centre de services et assurer le suivi du parc"), texts(synoptic.get(0).select("td")));
		assertEquals(List.of("", "", "2", "Assister à l'utilisation des ressources collaboratives et bureautiques"),
				texts(synoptic.get(1).select("td")));
		// One sheet per activity type and per competence, each starting a printed page.
		assertEquals(3 + 9 + 2, page.select("section.fiche").size());
		Element cp1 = page.select("section.fiche").get(3);
		assertEquals("Compétence professionnelle n° 1 : Traiter un incident dans un centre de services et assurer le suivi du parc",
				cp1.selectFirst("h3").text());
		assertEquals(List.of("Description de la compétence – processus de mise en œuvre",
				"Contexte(s) professionnel(s) de mise en œuvre", "Critères de performance",
				"Savoir-faire techniques, savoir-faire organisationnels, savoir-faire relationnels, savoirs"), cp1.select("h4").eachText());
		assertEquals(List.of(7, 16), cp1.select("ul").stream().map(ul -> ul.children().size()).toList());
		assertEquals(20, page.select("section.glossaire dt").size());
	}

	@Test
	void rncpTableHasFourColumnsAndOneRowPerActivityGroup() throws ExportException {
		Referential asr = ExampleModels.load(ExampleModels.ASR);
		Document page = render(ExampleModels.ASR, HtmlExporter.RNCP);
		Elements tables = page.select("table.rncp");
		assertEquals(5, tables.size());
		for (int t = 0; t < tables.size(); t++) {
			Element table = tables.get(t);
			assertEquals(List.of("Référentiel d'activités", "Référentiel de compétences", "Référentiel d'évaluation"),
					table.select("thead tr:first-child th").stream().map(Element::ownText).toList());
			assertEquals(List.of("Modalités d'évaluation", "Critères d'évaluation"), table.select("thead tr:eq(1) th").eachText());
			Elements rows = table.select("tbody > tr");
			assertEquals(asr.getActivityTypes().get(t).getActivities().size(), rows.size());
			rows.forEach(row -> assertEquals(4, row.select("> td").size()));
		}
		Element row11 = tables.get(0).selectFirst("tbody > tr");
		Elements cells = row11.select("> td");
		assertEquals("Activité 1.1 : Déploiement des matériels informatiques de production en conformité avec l'évolution de l'accessibilité numérique",
				cells.get(0).selectFirst("strong").text());
		assertEquals(1 + 5, cells.get(0).select("p").size(), "the group and its five sub-activities");
		assertEquals(6, cells.get(1).select("p").size(), "competences C1..C6");
		assertEquals(List.of("Mise en situation professionnelle :", "Livrable – Dossier de validation :"),
				cells.get(2).select("strong").eachText());
		assertEquals(List.of("Procédures d'installation", "Plan de déploiement", "Plan de recette"),
				cells.get(2).select("li").eachText());
		assertEquals(6, cells.get(3).select("li").size());
		assertEquals("Les serveurs sont intégrés dans l'annuaire de l'entreprise.", cells.get(3).select("li").get(3).text());
	}

	@Test
	void aReacInTheRncpTableShowsThePerformanceCriteria() throws ExportException {
		Elements tables = render(ExampleModels.TAI, HtmlExporter.RNCP).select("table.rncp");
		assertEquals(3, tables.size());
		Elements cells = tables.get(0).select("tbody > tr > td");
		assertEquals(4, cells.size());
		assertEquals(3, cells.get(1).select("p").size());
		assertEquals("Critères de performance des compétences :", cells.get(3).selectFirst("p").text());
		assertEquals(7 + 5 + 4, cells.get(3).select("li").size());
	}

	/** The text of each element, empty ones included (unlike {@link Elements#eachText()}). */
	private static List<String> texts(Elements elements) {
		return elements.stream().map(Element::text).toList();
	}

	@Test
	void theTitleOptionReplacesThePageTitle() throws ExportException {
		Document page = parse(EXPORTER.render(ExampleModels.load(ExampleModels.TAI), null, Map.of("title", "REAC TAI")));
		assertEquals("REAC TAI", page.title());
		assertEquals("REAC TAI", page.selectFirst("h1").text());
	}
}
