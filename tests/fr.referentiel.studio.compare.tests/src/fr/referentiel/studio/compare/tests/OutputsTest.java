/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.tests;

import static fr.referentiel.studio.compare.tests.Versions.compare;
import static fr.referentiel.studio.compare.tests.Versions.competence;
import static fr.referentiel.studio.compare.tests.Versions.nextVersion;
import static fr.referentiel.studio.compare.tests.Versions.once;
import static fr.referentiel.studio.compare.tests.Versions.tai;
import static fr.referentiel.studio.compare.tests.Versions.without;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.output.ComparisonCsv;
import fr.referentiel.studio.compare.output.ComparisonHtml;
import fr.referentiel.studio.compare.output.ComparisonJson;
import fr.referentiel.studio.compare.output.ComparisonMarkdown;
import fr.referentiel.studio.compare.output.ComparisonOutputs;
import fr.referentiel.studio.compare.output.ComparisonOutputs.Format;

/** The files of a comparison, read back as a spreadsheet, a browser and a CI job read them. */
class OutputsTest {

	/** CP3 reworded (with markup and a formula in its title), CP9 removed. */
	private static Comparison changed() {
		String text = once(nextVersion(), "\"Diagnostiquer et résoudre un dysfonctionnement numérique\"",
				"\"=Diagnostiquer puis résoudre une <script>alert(1)</script> panne numérique\"");
		text = without(text, competence(text, "CP9")).replace("compétences CP7, CP8, CP9\n", "compétences CP7, CP8\n");
		return compare(tai(), text);
	}

	private static List<CSVRecord> csv(byte[] bytes) throws IOException {
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, java.util.Arrays.copyOf(bytes, 3), "UTF-8 with BOM");
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text)).getRecords();
	}

	@Test
	void thePairingCsvHasOneRowPerPairingUnpairedElementsIncluded() throws IOException {
		Comparison comparison = changed();
		List<CSVRecord> rows = csv(ComparisonCsv.pairings(comparison));
		assertEquals(List.of("Élément", "Ancien identifiant", "Nouvel identifiant", "Changement", "Règle d'appariement", "Similarité",
				"Ancien intitulé", "Nouvel intitulé", "Ancien parent", "Nouveau parent"), rows.get(0).toList());
		assertEquals(comparison.pairings().size() + 1, rows.size());
		CSVRecord cp3 = rows.stream().filter(r -> r.get(1).equals("CP3")).findFirst().orElseThrow();
		assertEquals(List.of("Compétence professionnelle", "CP3", "CP3", "modifié", "même identifiant"), cp3.toList().subList(0, 5));
		assertEquals("'=Diagnostiquer puis résoudre une <script>alert(1)</script> panne numérique", cp3.get(7), "no formula");
		assertEquals(List.of("AT1", "AT1"), cp3.toList().subList(8, 10));
		CSVRecord cp9 = rows.stream().filter(r -> r.get(1).equals("CP9")).findFirst().orElseThrow();
		assertEquals(List.of("Compétence professionnelle", "CP9", "", "supprimé", "", ""), cp9.toList().subList(0, 6));
	}

	@Test
	void theCorrespondenceCsvNamesTheCompetencesThatMakeABlocPartial() throws IOException {
		List<CSVRecord> rows = csv(ComparisonCsv.correspondence(changed()));
		assertEquals("Ancien bloc (code)", rows.get(0).get(0));
		assertEquals(List.of("CCP3", "Intervenir sur les éléments de l'infrastructure", "CCP3",
				"Intervenir sur les éléments de l'infrastructure", "partielle", "CP9 – Intervenir sur un annuaire Active Directory", "",
				"compétences : même identifiant"), rows.get(3).toList());
	}

	@Test
	void theChangeReportHighlightsTheWordsAndEscapesTheText() {
		Document html = Jsoup.parse(new String(ComparisonHtml.changes(changed()), StandardCharsets.UTF_8));
		assertEquals("fr", html.selectFirst("html").attr("lang"));
		assertTrue(html.select("script").isEmpty(), "the title's markup is text");
		assertTrue(html.select("del").eachText().contains("un dysfonctionnement"), html.select("del").eachText().toString());
		assertTrue(html.select("ins").eachText().stream().anyMatch(t -> t.contains("<script>alert(1)</script>")),
				html.select("ins").eachText().toString());
		assertTrue(html.select("h3").eachText().contains("CP9 → — : supprimé"), html.select("h3").eachText().toString());
		assertEquals("Compétences professionnelles", html.select("h2").first().text());
	}

	@Test
	void theCorrespondenceHtmlIsATableOfBlocs() {
		Document html = Jsoup.parse(new String(ComparisonHtml.correspondence(changed()), StandardCharsets.UTF_8));
		assertEquals("Tableau de correspondance des blocs de compétences", html.selectFirst("h1").text());
		assertEquals(List.of("CCP3 – Intervenir sur les éléments de l'infrastructure", "CCP3 – Intervenir sur les éléments de l'infrastructure",
				"partielle", "CP9 – Intervenir sur un annuaire Active Directory", "", "compétences : même identifiant"),
				html.select("tbody tr").get(2).select("td").stream().map(org.jsoup.nodes.Element::text).toList());
	}

	@Test
	void theMarkdownPagesHoldTheTableAndTheMarkedChanges() {
		Comparison comparison = changed();
		String table = new String(ComparisonMarkdown.correspondence(comparison), StandardCharsets.UTF_8);
		assertTrue(table.contains("| CCP1 – Assister ou dépanner les utilisateurs | CCP1 – Assister ou dépanner les utilisateurs | totale |"),
				table);
		String changes = new String(ComparisonMarkdown.changes(comparison), StandardCharsets.UTF_8);
		assertTrue(changes.contains("~~un dysfonctionnement~~"), changes);
		assertTrue(changes.contains("\\<script>"), "markup escaped: " + changes);
	}

	@Test
	void theJsonSaysWhatChangedForAPipeline() {
		JsonObject json = JsonParser.parseString(new String(ComparisonJson.of(changed()), StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals(1, json.get("formatVersion").getAsInt());
		assertEquals("TAI_2023", json.getAsJsonObject("old").get("name").getAsString());
		assertEquals("tai-2024.referentiel", json.getAsJsonObject("new").get("file").getAsString());
		assertEquals(1, json.getAsJsonObject("summary").get("modified").getAsInt());
		assertEquals(13, json.getAsJsonObject("summary").get("removed").getAsInt());
		JsonObject cp3 = null;
		for (var p : json.getAsJsonArray("pairings")) {
			JsonArray olds = p.getAsJsonObject().getAsJsonArray("old");
			if (!olds.isEmpty() && olds.get(0).getAsJsonObject().get("id").getAsString().equals("CP3")
					&& p.getAsJsonObject().get("element").getAsString().equals("competence")) {
				cp3 = p.getAsJsonObject();
			}
		}
		assertEquals("[\"modified\"]", cp3.getAsJsonArray("changes").toString());
		assertEquals("[\"identifier\"]", cp3.getAsJsonArray("rules").toString());
		assertEquals("AT1", cp3.getAsJsonArray("new").get(0).getAsJsonObject().get("parent").getAsString());
		assertTrue(cp3.getAsJsonArray("diff").size() > 1);
		JsonObject ccp3 = json.getAsJsonArray("blocs").get(2).getAsJsonObject();
		assertEquals("partial", ccp3.get("correspondence").getAsString());
		assertEquals("[\"CP9\"]", ccp3.getAsJsonArray("missing").toString());
	}

	@Test
	void theJsonHasTheShapeThatTheSchemaDocuments() throws IOException {
		JsonObject schema = JsonParser.parseString(Files.readString(
				Path.of(System.getProperty("referentiel.docs", "../../docs")).resolve("compare.schema.json"))).getAsJsonObject();
		JsonObject defs = schema.getAsJsonObject("$defs");
		JsonObject json = JsonParser.parseString(new String(ComparisonJson.of(changed()), StandardCharsets.UTF_8)).getAsJsonObject();
		assertShape(json, schema, "the document");
		assertShape(json.getAsJsonObject("old"), defs.getAsJsonObject("version"), "old");
		assertShape(json.getAsJsonObject("summary"), schema.getAsJsonObject("properties").getAsJsonObject("summary"), "summary");
		JsonObject diffItem = defs.getAsJsonObject("pairing").getAsJsonObject("properties").getAsJsonObject("diff").getAsJsonObject("items");
		for (JsonElement p : json.getAsJsonArray("pairings")) {
			JsonObject pairing = p.getAsJsonObject();
			assertShape(pairing, defs.getAsJsonObject("pairing"), "a pairing");
			assertTrue(values(defs.getAsJsonObject("kind")).contains(pairing.get("element").getAsString()));
			pairing.getAsJsonArray("changes").forEach(c -> assertTrue(values(defs.getAsJsonObject("change")).contains(c.getAsString())));
			pairing.getAsJsonArray("rules").forEach(r -> assertTrue(values(defs.getAsJsonObject("rule")).contains(r.getAsString())));
			for (String side : List.of("old", "new")) {
				pairing.getAsJsonArray(side).forEach(e -> assertShape(e.getAsJsonObject(), defs.getAsJsonObject("element"), "an element"));
			}
			pairing.getAsJsonArray("diff").forEach(d -> assertShape(d.getAsJsonObject(), diffItem, "a diff segment"));
		}
		for (JsonElement b : json.getAsJsonArray("blocs")) {
			assertShape(b.getAsJsonObject(), defs.getAsJsonObject("blocRow"), "a bloc row");
		}
	}

	/** Every key the schema declares for that object, and every key it requires. */
	private static void assertShape(JsonObject value, JsonObject schema, String what) {
		Set<String> declared = schema.getAsJsonObject("properties").keySet();
		for (String key : value.keySet()) {
			assertTrue(declared.contains(key), what + ": « " + key + " » is not in docs/compare.schema.json");
		}
		for (JsonElement required : schema.getAsJsonArray("required")) {
			assertTrue(value.has(required.getAsString()), what + " lacks « " + required.getAsString() + " »");
		}
	}

	private static Set<String> values(JsonObject enumeration) {
		Set<String> values = new HashSet<>();
		enumeration.getAsJsonArray("enum").forEach(v -> values.add(v.getAsString()));
		return values;
	}

	@Test
	void noControlCharacterOfTheTextReachesAFile() {
		String text = once(nextVersion(), "- La recette est faite avec l'utilisateur.", "- La recette est faite\u001b[2J avec l'utilisateur.");
		Map<String, byte[]> files = ComparisonOutputs.render(compare(tai(), text), "tai-2024", EnumSet.allOf(Format.class));
		files.forEach((name, bytes) -> {
			String content = new String(bytes, StandardCharsets.UTF_8);
			assertFalse(content.contains("\u001b"), name);
			assertFalse(content.contains("\\u001b") || content.contains("&#x1b;"), name + " escapes it back in");
		});
	}

	@Test
	void theSameVersionsGiveTheSameBytes() {
		Map<String, byte[]> first = ComparisonOutputs.render(changed(), "tai-2024", EnumSet.allOf(Format.class));
		Map<String, byte[]> second = ComparisonOutputs.render(changed(), "tai-2024", EnumSet.allOf(Format.class));
		assertEquals(List.of("tai-2024.correspondance.html", "tai-2024.changements.html", "tai-2024.correspondance.csv",
				"tai-2024.appariements.csv", "tai-2024.correspondance.md", "tai-2024.changements.md", "tai-2024.comparaison.json",
				"tai-2024.correspondances.xml"),
				List.copyOf(first.keySet()));
		first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
	}

	@Test
	void theRncpFragmentNamesTheOldAndNewBlocsOfEachCorrespondence() throws Exception {
		// CP3 moved from CCP1 to CCP2: CCP1 → CCP1 partial, CCP1 → CCP2 partial, CCP2 → CCP2 and CCP3 → CCP3 total.
		String moved = nextVersion().replace("compétences CP1, CP2, CP3\n", "compétences CP1, CP2\n")
				.replace("compétences CP4, CP5, CP6\n", "compétences CP3, CP4, CP5, CP6\n")
				.replace("bloc CCP1 \"Assister ou dépanner les utilisateurs\" {\n",
						"bloc CCP1 \"Assister ou dépanner les utilisateurs \u001b[2J & <vite>\" {\n");
		byte[] xml = ComparisonOutputs.render(compare(tai(), moved), "tai-2024", EnumSet.of(Format.RNCP)).get("tai-2024.correspondances.xml");
		javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
		assertEquals("CORRESPONDANCES", doc.getDocumentElement().getTagName());
		org.w3c.dom.NodeList rows = doc.getElementsByTagName("CORRESPONDANCE");
		List<String> read = new java.util.ArrayList<>();
		for (int i = 0; i < rows.getLength(); i++) {
			org.w3c.dom.Element row = (org.w3c.dom.Element) rows.item(i);
			org.w3c.dom.Element old = (org.w3c.dom.Element) row.getElementsByTagName("ANCIENNE_CERTIFICATION").item(0);
			org.w3c.dom.Element neu = (org.w3c.dom.Element) row.getElementsByTagName("NOUVELLE_CERTIFICATION").item(0);
			read.add(text(old, "ID_FICHE_ANCIENNE_CERTIFICATION") + ":" + codes(old) + " → " + text(neu, "ID_FICHE_NOUVELLE_CERTIFICATION")
					+ ":" + codes(neu) + " " + text(row, "TYPE_CORRESPONDANCE"));
		}
		assertEquals(List.of("TP-00476:CCP1 → TP-00476:CCP1,CCP2 PARTIELLE", "TP-00476:CCP2 → TP-00476:CCP2 TOTALE",
				"TP-00476:CCP3 → TP-00476:CCP3 TOTALE"), read);
		// The old CCP1, then the new one's: the retitled one.
		String libelle = doc.getElementsByTagName("LIBELLE").item(1).getTextContent();
		assertEquals("Assister ou dépanner les utilisateurs  [2J & <vite>", libelle, "escaped, the control character blanked");
		assertArrayEquals(xml, ComparisonOutputs.render(compare(tai(), moved), "tai-2024", EnumSet.of(Format.RNCP))
				.get("tai-2024.correspondances.xml"), "the same bytes twice");
	}

	private static String text(org.w3c.dom.Element parent, String tag) {
		return parent.getElementsByTagName(tag).item(0).getTextContent();
	}

	private static String codes(org.w3c.dom.Element side) {
		org.w3c.dom.NodeList codes = side.getElementsByTagName("CODE");
		List<String> out = new java.util.ArrayList<>();
		for (int i = 0; i < codes.getLength(); i++) {
			out.add(codes.item(i).getTextContent());
		}
		return String.join(",", out);
	}
}
