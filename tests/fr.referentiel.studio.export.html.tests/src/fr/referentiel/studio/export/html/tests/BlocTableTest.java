/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.html.HtmlExporter;
import fr.referentiel.studio.export.tests.ExampleModels;
import fr.referentiel.studio.model.Referential;

/**
 * The « blocs » layout prints the table of a BTS référentiel de compétences as the official annex
 * does: per bloc its number, title and conditions de réalisation, then one row per competence
 * holding its sub-items, its indicators and its knowledge under their headings.
 */
class BlocTableTest {

	private static final HtmlExporter EXPORTER = new HtmlExporter();

	private static final String BTS = """
			référentiel BTS_T "Brevet de technicien supérieur de test" {
			    type diplôme
			    code "RNCP40792"
			    compétence C1_1 "Gérer le patrimoine informatique" {
			        numéro 1
			        compétences détaillées
			            - Recenser et identifier les ressources numériques
			            - Mettre en place et vérifier les niveaux d'habilitation
			        indicateurs de performance
			            - Les ressources sont recensées.
			        savoirs "Savoirs technologiques"
			            - Les systèmes d'exploitation.
			        savoirs "Savoirs économiques, juridiques et managériaux"
			            - Le droit de la propriété intellectuelle.
			    }
			    compétence C1_2 "Répondre aux incidents" {
			        indicateurs de performance
			            - Les incidents sont traités.
			        numéro 2
			    }
			    bloc BC01 "Support et mise à disposition de services informatiques" {
			        numéro 1
			        code "RNCP40792BC01"
			        compétences C1_1, C1_2
			        conditions de réalisation {
			            contexte
			                | Le titulaire travaille au sein d'une organisation.
			            ressources
			                - Un poste de travail.
			                - Un accès au réseau.
			            autonomie et responsabilités
			                | Il agit sous la responsabilité d'un responsable.
			        }
			        modalité écrit "Épreuve E4"
			    }
			}
			""";

	@Test
	void oneRowPerCompetenceWithItsSubItemsIndicatorsAndKnowledge() throws Exception {
		Referential referential = ExampleModels.fromText(BTS);
		Document html = Jsoup.parse(new String(EXPORTER.render(referential, "blocs", Map.of()), StandardCharsets.UTF_8));
		assertEquals("Bloc de compétences n° 1 : Support et mise à disposition de services informatiques",
				html.select("h3").first().text());
		assertEquals(List.of("Conditions de réalisation et ressources nécessaires", "Contexte", "Ressources",
				"Degré d'autonomie et responsabilités"), html.select("h4, h5").eachText().subList(0, 4));
		Element table = html.selectFirst("table.blocs");
		assertEquals(List.of("Compétences", "Indicateurs de performance", "Savoirs associés"), table.select("thead th").eachText());
		List<Element> rows = table.select("tbody tr");
		assertEquals(2, rows.size(), "one row per competence");
		List<Element> cells = rows.get(0).select("td");
		assertEquals("Gérer le patrimoine informatique", cells.get(0).selectFirst("strong").text());
		assertEquals(List.of("Recenser et identifier les ressources numériques",
				"Mettre en place et vérifier les niveaux d'habilitation"), cells.get(0).select("li").eachText());
		assertEquals(List.of("Les ressources sont recensées."), cells.get(1).select("li").eachText());
		assertEquals(List.of("Savoirs technologiques", "Savoirs économiques, juridiques et managériaux"),
				cells.get(2).select("strong").eachText());
		assertEquals(List.of("Les systèmes d'exploitation.", "Le droit de la propriété intellectuelle."),
				cells.get(2).select("li").eachText());
		assertEquals("Répondre aux incidents", rows.get(1).selectFirst("td strong").text());
	}

	@Test
	void aReferentialWithoutBlocIsRefusedNotWrittenEmpty() {
		Referential referential = ExampleModels.fromText("""
				référentiel R "Sans bloc" {
				    type diplôme
				    compétence C1 "Une compétence" {
				        indicateurs de performance
				            - Un indicateur.
				    }
				}
				""");
		ExportException refused = assertThrows(ExportException.class, () -> EXPORTER.render(referential, "blocs", Map.of()));
		assertTrue(refused.getMessage().contains("aucun"), refused.getMessage());
		ExportException rncp = assertThrows(ExportException.class, () -> EXPORTER.render(referential, "rncp", Map.of()));
		assertTrue(rncp.getMessage().contains("aucune activité type"), rncp.getMessage());
	}

	@Test
	void theShippedBtsExampleGivesItsBlocTables() throws Exception {
		Referential bts = ExampleModels.load("bts-sio.referentiel");
		Document html = Jsoup.parse(new String(EXPORTER.render(bts, "blocs", Map.of()), StandardCharsets.UTF_8));
		assertEquals(bts.getBlocks().size(), html.select("h3").size());
		assertEquals(bts.getBlocks().stream().filter(b -> !b.getCompetences().isEmpty()).count(), html.select("table.blocs").size());
		Element first = html.selectFirst("table.blocs");
		assertEquals("Indicateurs de performance", first.select("thead th").get(1).text());
		assertEquals(bts.getBlocks().get(0).getCompetences().size(), first.select("tbody tr").size());
		assertTrue(first.select("tbody tr").first().select("td").get(0).select("li").size() > 0, "sub-items of the first competence");
	}
}
