/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.caseframework.CaseImporter;
import fr.referentiel.studio.interchange.moodle.MoodleImporter;
import fr.referentiel.studio.model.Referential;

/**
 * The CASE and Moodle files a hostile-input trial found the importers mishandling: each gives a
 * file that validates, or one French message, never an internal error or a file with errors.
 */
class HostileFrameworkTest {

	private static final String HEADER = "Parent id number,Id number,Shortname,Description,Description format,Scale values,"
			+ "Scale configuration,Rule type (optional),Rule outcome (optional),Rule config (optional),"
			+ "Cross referenced competency id numbers,Exported id (optional),Is framework,Taxonomy\n";
	private static final String FRAMEWORK = ",CADRE,Cadre,<p>Cadre</p>,1,\"Non,Oui\",,,,,,,1,\"domain,competency,indicator\"\n";

	@TempDir
	Path tmp;

	/** A CASE package of one document and the given items and associations (JSON members, without the brackets). */
	private Path pack(String items, String associations) throws Exception {
		return Files.writeString(tmp.resolve("p.json"), "{\"CFDocument\": {\"identifier\": \"D\", \"title\": \"Cadre\"},\n"
				+ "\"CFItems\": [" + items + "],\n\"CFAssociations\": [" + associations + "]}");
	}

	private static String item(String id, String type, String statement, String code) {
		return "{\"identifier\": \"" + id + "\", \"CFItemType\": \"" + type + "\", \"fullStatement\": \"" + statement + "\""
				+ (code == null ? "" : ", \"humanCodingScheme\": \"" + code + "\"") + "}";
	}

	private static String child(String origin, String destination) {
		return "{\"associationType\": \"isChildOf\", \"originNodeURI\": {\"identifier\": \"" + origin + "\"}, "
				+ "\"destinationNodeURI\": {\"identifier\": \"" + destination + "\"}}";
	}

	private Referential importedAndValid(Imported imported) {
		Path file = Fixtures.write(imported, tmp);
		Fixtures.assertNoErrors(file);
		Fixtures.assertReadsBack(imported, file);
		return imported.referential();
	}

	@Test
	void lineBreaksAndBidiMarksInTextsBecomeOneLine() throws Exception {
		Path p = pack(item("c", "Compétence", "Traiter\\nune demande \\u202Eà l'envers", null) + ","
				+ item("k", "Indicateur de performance", "La demande\\r\\nest traitée.", null), child("c", "D") + "," + child("k", "c"));
		Referential r = importedAndValid(new CaseImporter().read(p, Map.of()));
		assertEquals("Traiter une demande à l'envers", r.getCompetences().get(0).getTitle());
		assertEquals("La demande  est traitée.", r.getCompetences().get(0).getPerformanceCriteria().get(0).getText());
	}

	@Test
	void indicatorsAfterADescriptionAndKeywordsAsCodes() throws Exception {
		String notes = "{\"identifier\": \"c\", \"CFItemType\": \"Compétence\", \"fullStatement\": \"Gérer\", \"humanCodingScheme\": \"type\", "
				+ "\"notes\": \"Une description.\"}";
		Path p = pack(notes + "," + item("k", "Indicateur de performance", "Le patrimoine est recensé.", null) + ","
				+ item("b", "Bloc de compétences", "Bloc", "bloc"), child("c", "D") + "," + child("k", "c") + "," + child("b", "D"));
		Referential r = importedAndValid(new CaseImporter().read(p, Map.of()));
		assertEquals("CP1", r.getCompetences().get(0).getName(), "« type » is a word of the language: not an identifier");
		assertTrue(r.getCompetences().get(0).getDescription().contains("Code : type"));
		assertEquals("BC01", r.getBlocks().get(0).getName());
	}

	@Test
	void aFlatFrameworkOfTwentyThousandCompetencesImportsInLinearTime() throws Exception {
		StringBuilder items = new StringBuilder();
		StringBuilder links = new StringBuilder();
		for (int i = 0; i < 20_000; i++) {
			items.append(i == 0 ? "" : ",").append(item("c" + i, "Compétence", "Compétence " + i, null));
			links.append(i == 0 ? "" : ",").append(child("c" + i, "D"));
		}
		Imported imported = new CaseImporter().read(pack(items.toString(), links.toString()), Map.of());
		assertEquals(20_000, imported.referential().getCompetences().size());
		assertEquals("CP20000", imported.referential().getCompetences().get(19_999).getName());
	}

	@Test
	void duplicateActivityNumbersAreRenumberedAndSaid() throws Exception {
		Path p = pack(item("a", "Activité type", "AT", "AT1") + "," + item("x", "Activité", "Un", "1.2") + ","
				+ item("y", "Activité", "Deux", "1.2") + "," + item("c", "Compétence", "C", null),
				child("a", "D") + "," + child("x", "a") + "," + child("y", "a") + "," + child("c", "x"));
		Imported imported = new CaseImporter().read(p, Map.of());
		Referential r = importedAndValid(imported);
		assertEquals("1.2", r.getActivityTypes().get(0).getActivities().get(0).getNumber());
		assertFalse("1.2".equals(r.getActivityTypes().get(0).getActivities().get(1).getNumber()));
		assertTrue(imported.warnings().stream().anyMatch(w -> w.startsWith("Numéros en double") && w.contains("activité 1.2")),
				() -> String.join("\n", imported.warnings()));
	}

	@Test
	void anUnofficialCodeOrADayThatDoesNotExistStaysInThePresentation() throws Exception {
		Path p = Files.writeString(tmp.resolve("n.json"), "{\"CFDocument\": {\"identifier\": \"D\", \"title\": \"Cadre\", "
				+ "\"notes\": \"Code : ABC-12\\nDate de validation : 31/02/2023\"}, \"CFItems\": [], \"CFAssociations\": []}");
		Imported imported = new CaseImporter().read(p, Map.of());
		Referential r = importedAndValid(imported);
		assertEquals(null, r.getCode());
		assertEquals(java.util.List.of("Code : ABC-12", "Date de validation : 31/02/2023"), r.getSections().get(0).getParagraphs());
	}

	@Test
	void itemsThatAreNoListAndTreesTooDeepAreRefused() throws Exception {
		Path object = Files.writeString(tmp.resolve("o.json"), "{\"CFDocument\": {\"identifier\": \"D\", \"title\": \"T\"}, \"CFItems\": {}}");
		ImportException e = assertThrows(ImportException.class, () -> new CaseImporter().read(object, Map.of()));
		assertTrue(e.getMessage().contains("« CFItems » n'est pas une liste"), e.getMessage());
		StringBuilder items = new StringBuilder();
		StringBuilder links = new StringBuilder();
		for (int i = 0; i < 20_000; i++) {
			items.append(i == 0 ? "" : ",").append(item("c" + i, "Compétence", "C" + i, null));
			links.append(i == 0 ? "" : ",").append(child("c" + i, i == 0 ? "D" : "c" + (i - 1)));
		}
		Path deep = pack(items.toString(), links.toString());
		ImportException tooDeep = assertThrows(ImportException.class, () -> new CaseImporter().read(deep, Map.of()));
		assertTrue(tooDeep.getMessage().contains("plus de 100 niveaux d'éléments imbriqués"), tooDeep.getMessage());
	}

	@Test
	void activitiesNestedDeeperThanTheLanguageAllowsBecomeCompetences() throws Exception {
		// The language refuses an activity more than Nesting.MAX_DEPTH (20) levels below its activity type:
		// the importer keeps every level, the ones past the limit as competences, and the file validates.
		StringBuilder items = new StringBuilder(item("t", "Activité type", "AT", "AT1"));
		StringBuilder links = new StringBuilder(child("t", "D"));
		String parent = "t";
		for (int level = 1; level <= 24; level++) {
			items.append(",").append(item("a" + level, "Activité", "Niveau " + level, null));
			links.append(",").append(child("a" + level, parent));
			parent = "a" + level;
		}
		Imported imported = new CaseImporter().read(pack(items.toString(), links.toString()), Map.of());
		Referential r = importedAndValid(imported);
		fr.referentiel.studio.model.ActivityNode node = r.getActivityTypes().get(0);
		int activities = 0;
		while (!node.getActivities().isEmpty()) {
			node = node.getActivities().get(0);
			activities++;
			assertEquals("Niveau " + activities, node.getTitle());
		}
		assertEquals(20, activities, "as deep as the language allows");
		assertEquals(java.util.List.of("Niveau 21"), r.getCompetences().stream().map(c -> c.getTitle()).toList());
		String text = Fixtures.read(Fixtures.write(imported, tmp));
		int at = text.indexOf("\"Niveau 21\"");
		for (int level = 22; level <= 24; level++) {
			int next = text.indexOf("Niveau " + level, at);
			assertTrue(next > at, "level " + level + " kept under the competence, in order:\n" + text);
			at = next;
		}
	}

	@Test
	void moodleRowsInLinearTimeAndBadCsvInFrench() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER + FRAMEWORK);
		for (int i = 0; i < 30_000; i++) {
			csv.append(",c").append(i).append(",Compétence ").append(i).append(",,1,,,,,,,,,\n");
		}
		Imported many = new MoodleImporter().read(Files.writeString(tmp.resolve("many.csv"), csv), Map.of());
		assertEquals(30_000, many.referential().getCompetences().size());

		Path quote = Files.writeString(tmp.resolve("q.csv"), HEADER + FRAMEWORK + ",x,\"Titre jamais fermé,,1,,,,,,,,,\n");
		ImportException e = assertThrows(ImportException.class, () -> new MoodleImporter().read(quote, Map.of()));
		assertTrue(e.getMessage().startsWith("« q.csv », ligne 3 : le CSV est mal formé (un guillemet ouvert n'est jamais fermé)"),
				e.getMessage());
		assertFalse(e.getMessage().contains("Exception"), e.getMessage());

		Path twice = Files.writeString(tmp.resolve("t.csv"), HEADER.replace("\n", ",Shortname\n") + FRAMEWORK.replace("\n", ",\n"));
		ImportException d = assertThrows(ImportException.class, () -> new MoodleImporter().read(twice, Map.of()));
		assertTrue(d.getMessage().contains("la colonne « Shortname » est nommée deux fois"), d.getMessage());
	}

	@Test
	void moodleReferencesThatAreNoCharacterStayAsWritten() throws Exception {
		Path csv = Files.writeString(tmp.resolve("s.csv"), HEADER + FRAMEWORK
				+ ",c1,Compétence,<p>Compétence</p><p>Un &#xD800; et un &#0; et &#x110000;.</p>,1,,,,,,,,,\n");
		Referential r = importedAndValid(new MoodleImporter().read(csv, Map.of()));
		assertEquals(java.util.List.of("Un &#xD800; et un &#0; et &#x110000;."), r.getCompetences().get(0).getDescription());
	}
}
