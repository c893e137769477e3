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
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.ReferentialText;
import fr.referentiel.studio.interchange.rncp.RncpImporter;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Classification;
import fr.referentiel.studio.model.ClassificationSystem;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.ModalityKind;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentialKind;
import fr.referentiel.studio.model.RelationKind;
import fr.referentiel.studio.model.SubCompetence;

/** The RNCP reader and its mapping on small fiches written for the tests (resources/rncp). */
class RncpImporterTest {

	@TempDir
	Path tmp;

	private static Referential fixture() throws ImportException {
		return Fixtures.importRncp(Fixtures.rncp("une-fiche.xml"), null).referential();
	}

	@Test
	void identityIsTakenUp() throws ImportException {
		Referential r = fixture();
		assertEquals("RNCP12345", r.getName());
		assertEquals("RNCP12345", r.getCode());
		assertEquals("Gestionnaire de paie et d’administration du personnel", r.getTitle());
		assertEquals(ReferentialKind.RNCP, r.getKind(), "a titre professionnel (TP) is not a national diploma");
		assertEquals(6, r.getLevel());
		assertEquals(List.of("ORGANISME DE TEST", "SECOND CERTIFICATEUR"), r.getCertifiers());
		assertEquals(RelationKind.PREVIOUS_VERSION, r.getRelations().get(0).getKind());
		assertEquals("RNCP11111", r.getRelations().get(0).getCode());
	}

	@Test
	void nsfCodesKeepTheirLetter() throws ImportException {
		List<String> nsf = fixture().getClassifications().stream().filter(c -> c.getSystem() == ClassificationSystem.NSF)
				.map(Classification::getCode).toList();
		assertEquals(List.of("315p", "314t"), nsf);
		List<String> others = fixture().getClassifications().stream().filter(c -> c.getSystem() != ClassificationSystem.NSF)
				.map(c -> c.getSystem() + " " + c.getCode() + " " + c.getLabel()).toList();
		assertEquals(List.of("rome M1203 Comptabilité", "formacode 32688 Paie & rémunération"), others);
	}

	@Test
	void bareBlocCodesAreNormalised() throws ImportException {
		Imported imported = Fixtures.importRncp(Fixtures.rncp("une-fiche.xml"), null);
		List<Block> blocks = imported.referential().getBlocks();
		assertEquals(List.of("BC01", "BC02", "BC03"), blocks.stream().map(Block::getName).toList());
		assertEquals(List.of("RNCP12345BC01", "RNCP12345BC02", "RNCP12345BC03"), blocks.stream().map(Block::getCode).toList());
		assertEquals(List.of(1, 2, 3), blocks.stream().map(Block::getNumber).toList());
		assertTrue(imported.warnings().contains("Code de bloc « 01 » complété en « RNCP12345BC01 »."), imported.warnings().toString());
		assertTrue(imported.warnings().contains("Code de bloc « BC02 » complété en « RNCP12345BC02 »."), imported.warnings().toString());
	}

	@Test
	void competencesAreCutOutOfTheFlattenedLists() throws ImportException {
		List<Block> blocks = fixture().getBlocks();
		// « * » entries are competences, « o » entries their compétences détaillées.
		assertEquals(List.of("Établir les bulletins de paie", "Établir les déclarations sociales nominatives"), titles(blocks.get(0)));
		assertEquals(List.of("Collecter les éléments variables", "Calculer les cotisations"),
				blocks.get(0).getCompetences().get(0).getDetails().stream().map(SubCompetence::getText).toList());
		// No bullet: the runs of spaces separate the competences.
		assertEquals(List.of("Rédiger les contrats de travail", "Tenir les registres obligatoires", "Répondre aux questions des salariés"),
				titles(blocks.get(1)));
		// « - » bullets.
		assertEquals(List.of("Analyser la masse salariale", "Proposer des indicateurs sociaux"), titles(blocks.get(2)));
		assertEquals(List.of("C1_1", "C1_2", "C2_1", "C2_2", "C2_3", "C3_1", "C3_2"),
				fixture().getCompetences().stream().map(Competence::getName).toList());
		assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), fixture().getCompetences().stream().map(Competence::getNumber).toList());
	}

	@Test
	void eachBlocHasItsModality() throws ImportException {
		List<Block> blocks = fixture().getBlocks();
		assertEquals(List.of("Mise en situation professionnelle de 3 heures.", "Entretien avec le jury de 30 minutes."),
				blocks.get(0).getModalities().get(0).getDescription());
		assertEquals(ModalityKind.OTHER, blocks.get(0).getModalities().get(0).getKind());
		assertEquals(ModalityKind.WRITTEN_TEST, blocks.get(1).getModalities().get(0).getKind());
	}

	@Test
	void activitiesFollowTheHeadingsAndBullets() throws ImportException {
		List<ActivityType> types = fixture().getActivityTypes();
		assertEquals(List.of("Activités de paie", "Administration du personnel"), types.stream().map(ActivityType::getTitle).toList());
		ActivityType paie = types.get(0);
		assertEquals(List.of("1.1 Préparation de la paie", "1.2 Déclarations sociales"),
				paie.getActivities().stream().map(a -> a.getNumber() + " " + a.getTitle()).toList());
		assertEquals(List.of("1.1.1 Collecte des éléments variables", "1.1.2 Contrôle des absences"),
				paie.getActivities().get(0).getActivities().stream().map(a -> a.getNumber() + " " + a.getTitle()).toList());
		Activity contrats = types.get(1).getActivities().get(0);
		assertEquals("2.1", contrats.getNumber());
		assertEquals("2.1.1", contrats.getActivities().get(0).getNumber());
		assertEquals(List.of("Ces activités s’exercent en cabinet ou en entreprise."), types.get(1).getDescription(),
				"text after the last activities is kept");
	}

	@Test
	void theWrittenFileSaysWhereItCameFromAndValidates() throws ImportException {
		Imported imported = Fixtures.importRncp(Fixtures.rncp("une-fiche.xml"), "RNCP12345");
		assertEquals("rncp12345.referentiel", imported.fileName());
		Path file = Fixtures.write(imported, tmp);
		String text = Fixtures.read(file);
		assertTrue(text.startsWith("// Importé de l'export open data du RNCP (France Compétences) par « referentiel import rncp ».\n"
				+ "// Fichier source : une-fiche.xml (VERSION_FLUX 4.1).\n"
				+ "// Fiche : RNCP12345 (ID_FICHE 99001), ligne 6 du fichier.\n"
				+ "// Date de l'export : non indiquée"), text);
		assertTrue(text.contains("\nréférentiel RNCP12345 \"Gestionnaire de paie et d’administration du personnel\" {\n"), text);
		assertTrue(text.contains("nsf \"315p\""), text);
		assertTrue(text.contains("remplace \"RNCP11111\""), text);
		assertTrue(text.contains("code \"RNCP12345BC01\""), text);
		assertTrue(text.contains("\n        compétences C1_1, C1_2\n"), "one line lists the competences of a bloc: " + text);
		assertTrue(text.lines().filter(l -> l.startsWith("//")).allMatch(l -> l.length() <= 110), "the header is wrapped: " + text);
		assertTrue(text.contains("\n//  - Code de bloc « 01 » complété en « RNCP12345BC01 ».\n"), text);
		List<Problem> problems = Fixtures.assertNoErrors(file);
		assertFalse(problems.isEmpty(), "the fiche has no criteria: warnings are expected and listed");
		Fixtures.assertReadsBack(imported, file);
	}

	@Test
	void theExportDateIsReadFromTheFileName() throws Exception {
		Path copy = Files.copy(Fixtures.rncp("une-fiche.xml"), tmp.resolve("export-fiches-rncp-v4-1-2025-06-15.xml"));
		String text = ReferentialText.of(Fixtures.importRncp(copy, null));
		assertTrue(text.contains("// Date de l'export : 15/06/2025 (d'après le nom du fichier).\n"), text);
	}

	@Test
	void oneFicheOfSeveralIsChosen() throws ImportException {
		Imported second = Fixtures.importRncp(Fixtures.rncp("deux-fiches.xml"), "12346");
		assertEquals("RNCP12346", second.referential().getName());
		assertEquals("RNCP12345", second.referential().getRelations().get(0).getCode());
		assertEquals(List.of("RNCP12345", "RNCP12346"),
				new RncpImporter().list(Fixtures.rncp("deux-fiches.xml")).stream().map(RncpImporter.FicheSummary::number).toList());
		assertEquals("Gestionnaire de paie (version suivante)", new RncpImporter().list(Fixtures.rncp("deux-fiches.xml")).get(1).title());
	}

	@Test
	void severalFichesWithoutChoiceAreRefused() {
		ImportException e = assertThrows(ImportException.class, () -> Fixtures.importRncp(Fixtures.rncp("deux-fiches.xml"), null));
		assertTrue(e.getMessage().contains("contient plusieurs fiches"), e.getMessage());
		assertTrue(e.getMessage().contains("--fiche") && e.getMessage().contains("--liste"), e.getMessage());
	}

	@Test
	void aFicheNotInTheFileIsNamed() {
		ImportException e = assertThrows(ImportException.class, () -> Fixtures.importRncp(Fixtures.rncp("deux-fiches.xml"), "RNCP99999"));
		assertEquals("La fiche RNCP99999 n'est pas dans « deux-fiches.xml » (2 fiches lues) : « referentiel import rncp deux-fiches.xml "
				+ "--liste » liste celles qu'il contient.", e.getMessage());
	}

	@Test
	void twoVersionsValidateTogether() throws ImportException {
		Path old = Fixtures.write(Fixtures.importRncp(Fixtures.rncp("deux-fiches.xml"), "RNCP12345"), tmp);
		Path neu = Fixtures.write(Fixtures.importRncp(Fixtures.rncp("deux-fiches.xml"), "RNCP12346"), tmp);
		Fixtures.assertNoErrors(old, neu);
	}

	@Test
	void nothingIsReadWithoutBlocs() throws Exception {
		Path file = Files.writeString(tmp.resolve("vide.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FICHES><VERSION_FLUX>4.1"
				+ "</VERSION_FLUX><FICHE><NUMERO_FICHE>RNCP999</NUMERO_FICHE><INTITULE>Sans blocs</INTITULE></FICHE></FICHES>");
		Imported imported = Fixtures.importRncp(file, null);
		assertTrue(imported.referential().getBlocks().isEmpty());
		assertTrue(imported.warnings().get(0).contains("pas de blocs"), imported.warnings().toString());
		Fixtures.assertNoErrors(Fixtures.write(imported, tmp));
	}

	@Test
	void titlesKeepTheirApostrophesAndQuotes() throws Exception {
		Path file = Files.writeString(tmp.resolve("guillemets.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FICHES><FICHE>"
				+ "<NUMERO_FICHE>RNCP4321</NUMERO_FICHE><INTITULE>L'agent \\ dit \"oui\" d’abord</INTITULE><BLOCS_COMPETENCES>"
				+ "<BLOC_COMPETENCES><CODE>1</CODE><LIBELLE>Bloc d'essai</LIBELLE><LISTE_COMPETENCES>- Dire l'essentiel    - Dire \\'"
				+ "</LISTE_COMPETENCES></BLOC_COMPETENCES></BLOCS_COMPETENCES></FICHE></FICHES>");
		Imported imported = Fixtures.importRncp(file, null);
		assertEquals("L'agent \\ dit \"oui\" d’abord", imported.referential().getTitle());
		Path written = Fixtures.write(imported, tmp);
		String text = Fixtures.read(written);
		assertTrue(text.contains("référentiel RNCP4321 \"L'agent \\\\ dit \\\"oui\\\" d’abord\" {"), text);
		assertTrue(text.contains("compétence C1_2 \"Dire \\\\'\" {"), text);
		Fixtures.assertNoErrors(written);
		Fixtures.assertReadsBack(imported, written);
	}

	private static List<String> titles(Block block) {
		return block.getCompetences().stream().map(Competence::getTitle).toList();
	}
}
