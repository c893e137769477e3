/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.moodle.MoodleImporter;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;

/**
 * A Moodle framework of another origin (written for the tests in the shape of Moodle's own OECD
 * example: four levels, one taxonomy word for all, HTML descriptions with character references and
 * line breaks inside paragraphs), and the files that are no Moodle framework.
 */
class MoodleImporterTest {

	@TempDir
	Path tmp;

	private static Path fixture(String name) {
		return Path.of(System.getProperty("referentiel.testResources", "resources"), "moodle", name);
	}

	private static Imported read(Path file, Map<String, String> options) throws ImportException {
		return new MoodleImporter().read(file, options);
	}

	@Test
	void anotherFrameworkTakesItsPlaceFromTheShapeOfItsTree() throws Exception {
		Imported imported = read(fixture("cadre.csv"), Map.of());
		Referential r = imported.referential();
		assertEquals("Support numérique", r.getTitle());
		assertEquals("NUM_SUPPORT", r.getName());
		assertEquals(List.of("Cadre écrit pour les tests : les compétences du support & de l'assistance."), r.getSections().get(0).getParagraphs(),
				"character references decoded");
		ActivityType relation = r.getActivityTypes().get(0);
		assertEquals("Relation à l'utilisateur", relation.getTitle());
		assertEquals(List.of("Ce que le technicien fait avec l'utilisateur."), relation.getDescription(), "a line break of the source is a space");
		Activity assistance = relation.getActivities().get(0);
		assertEquals("1.1", assistance.getNumber());
		assertEquals(List.of("ecoute", "expliquer"), assistance.getCompetences().stream().map(Competence::getName).toList());
		ProfessionalCompetence listen = r.getCompetences().get(0);
		assertEquals("Écouter l'utilisateur", listen.getTitle());
		assertEquals(List.of("Écouter avant d'agir."), listen.getDescription());
		assertEquals(List.of("Reformule la demande.", "Vérifie qu’il a compris."), listen.getPerformanceCriteria().stream().map(Criterion::getText).toList());
		assertTrue(imported.warnings().contains("1 référence croisée (« Cross referenced competency id numbers ») n'est pas reprise : un "
				+ "référentiel ne lie que les activités types à leurs compétences transversales."), () -> String.join("\n", imported.warnings()));
		String text = Files.readString(Fixtures.write(imported, tmp));
		assertTrue(text.contains("Échelle de Moodle : Pas encore,Acquis"), text);
		Path file = tmp.resolve(imported.fileName());
		assertEquals("num-support.referentiel", file.getFileName().toString());
		Fixtures.assertNoErrors(file);
		Fixtures.assertReadsBack(imported, file);
	}

	@Test
	void theUserGivesTheLevels() throws Exception {
		Imported imported = read(fixture("cadre.csv"), Map.of(MoodleImporter.LEVELS, "activité type, compétence, compétence détaillée, critère"));
		Referential r = imported.referential();
		ActivityType relation = r.getActivityTypes().get(0);
		assertEquals(List.of("assistance"), relation.getCompetences().stream().map(Competence::getName).toList());
		ProfessionalCompetence assistance = r.getCompetences().get(0);
		assertEquals(List.of("Écouter l'utilisateur", "Expliquer un outil"), assistance.getDetails().stream().map(d -> d.getText()).toList());
		assertEquals(List.of("Reformule la demande.", "Vérifie qu’il a compris.", "Adapte ses mots."),
				assistance.getPerformanceCriteria().stream().map(Criterion::getText).toList(), "what is under a leaf follows it, in order");
		Fixtures.assertNoErrors(Fixtures.write(imported, tmp));
	}

	@Test
	void aCsvWithoutMoodlesColumnsNamesThem() {
		ImportException e = assertThrows(ImportException.class, () -> read(fixture("mauvaises-colonnes.csv"), Map.of()));
		assertTrue(e.getMessage().startsWith("« mauvaises-colonnes.csv », ligne 1 : ce n'est pas un référentiel de compétences Moodle : il manque "
				+ "les colonnes « Parent id number », « Description format »"), e.getMessage());
		assertEquals(1, e.line());
	}

	@Test
	void aRowWithAFieldTooManyIsLocated() throws Exception {
		List<String> lines = Files.readAllLines(fixture("cadre.csv"));
		String text = String.join("\n", lines) + "\nexpliquer,x,Titre,<p>Titre</p>,1,,,,,,,8,,,en trop\n";
		Path file = Files.writeString(tmp.resolve("trop.csv"), text);
		ImportException e = assertThrows(ImportException.class, () -> read(file, Map.of()));
		assertTrue(e.getMessage().startsWith("« trop.csv », ligne 11 : 15 champs au lieu de 14"), e.getMessage());
	}

	@Test
	void levelsThatNameNothingAreRefused() {
		ImportException e = assertThrows(ImportException.class, () -> read(fixture("cadre.csv"), Map.of(MoodleImporter.LEVELS, "domaine,compétence")));
		assertTrue(e.getMessage().contains("« domaine » n'est pas un élément d'un référentiel"), e.getMessage());
	}
}
