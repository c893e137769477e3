/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.caseframework.CaseImporter;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentialKind;

/**
 * A CASE package of another framework (written for the tests in the manner of an early OpenSALT
 * export: timestamps without a zone, sequence numbers as strings, keys the format does not have):
 * where its items go by the shape of the tree, by the user's mapping, and the bad files.
 */
class CaseImporterTest {

	@TempDir
	Path tmp;

	private static Path fixture(String name) {
		return Path.of(System.getProperty("referentiel.testResources", "resources"), "case", name);
	}

	private static Imported read(Path file, Map<String, String> options) throws ImportException {
		return new CaseImporter().read(file, options);
	}

	private static List<String> names(List<? extends Competence> competences) {
		return competences.stream().map(Competence::getName).toList();
	}

	@Test
	void anotherFrameworkTakesItsPlaceFromTheShapeOfItsTree() throws Exception {
		Imported imported = read(fixture("cadre-opensalt.json"), Map.of());
		Referential r = imported.referential();
		assertEquals("Cadre de compétences du support numérique", r.getTitle());
		assertEquals(ReferentialKind.OTHER, r.getKind());
		assertEquals(List.of("Académie des métiers du numérique"), r.getCertifiers());
		ActivityType domain = r.getActivityTypes().get(0);
		assertEquals("SUP_A", domain.getName(), "the humanCodingScheme made an identifier");
		// sequenceNumber "1" before "2", although the file lists SUP.A.1 first
		assertEquals(List.of("SUP_A_2", "SUP_A_1"), names(domain.getCompetences()));
		ProfessionalCompetence request = r.getCompetences().get(1);
		assertEquals("Traiter une demande d'assistance", request.getTitle());
		assertEquals(List.of("La demande arrive par téléphone ou par un ticket.", "Code : SUP.A.1"), request.getDescription(),
				"the code that could not be the identifier is kept");
		assertEquals(List.of("La demande est enregistrée.", "La demande est qualifiée."),
				request.getPerformanceCriteria().stream().map(Criterion::getText).toList());
		assertEquals("Élément sans parent", r.getCompetences().get(2).getTitle(), "the item without a parent is kept, at the end");
		assertTrue(imported.warnings().stream().anyMatch(w -> w.contains("« Domain », « Standard », « Component »")
				&& w.contains("--types")), () -> String.join("\n", imported.warnings()));
		assertTrue(imported.warnings().stream().anyMatch(w -> w.startsWith("1 élément n'a pas de parent")), () -> String.join("\n", imported.warnings()));
		String text = Files.readString(Fixtures.write(imported, tmp));
		String header = text.replaceAll("\n//\\s+", " "); // the comment lines unwrapped
		assertTrue(header.startsWith("// Importé de « cadre-opensalt.json » (paquet CASE, CFDocument d1000000-0000-0000-0000-000000000001, "
				+ "modifié le 2019-03-14T10:20:30)."), header);
		assertTrue(header.contains("Associations non reprises : 1 exactMatchOf"), text);
		assertTrue(text.contains("\n    type autre\n"), "a framework that is no French certification is « type autre »:\n" + text);
		Path file = tmp.resolve(imported.fileName());
		Fixtures.assertNoErrors(file);
		Fixtures.assertReadsBack(imported, file);
	}

	@Test
	void theUserMapsTheTypes() throws Exception {
		Imported imported = read(fixture("cadre-opensalt.json"),
				Map.of(CaseImporter.TYPES, "Domain=bloc; Standard=compétence ;Component=savoir"));
		Referential r = imported.referential();
		assertEquals(List.of(), r.getActivityTypes());
		Block bloc = r.getBlocks().get(0);
		assertEquals("SUP_A", bloc.getName());
		assertEquals(List.of("SUP_A_2", "SUP_A_1"), bloc.getCompetences().stream().map(Competence::getName).toList());
		Competence request = r.getCompetences().get(1);
		assertEquals(List.of("La demande est enregistrée.", "La demande est qualifiée."),
				request.getKnowledge().get(0).getItems().stream().map(i -> i.getText()).toList());
		Fixtures.assertNoErrors(Fixtures.write(imported, tmp));
	}

	@Test
	void aMappingToNothingKnownListsTheRoles() {
		ImportException e = assertThrows(ImportException.class, () -> read(fixture("cadre-opensalt.json"), Map.of(CaseImporter.TYPES, "Domain=chapitre")));
		assertTrue(e.getMessage().startsWith("Correspondance des types « Domain=chapitre » : « chapitre » n'est pas un élément d'un référentiel. "
				+ "Écrivez l'un de : « activité type », « activité », « compétence »"), e.getMessage());
	}

	@Test
	void aTruncatedFileSaysWhere() {
		ImportException e = assertThrows(ImportException.class, () -> read(fixture("tronque.json"), Map.of()));
		assertTrue(e.getMessage().startsWith("« tronque.json », ligne 4, colonne "), e.getMessage());
		assertTrue(e.getMessage().contains("ce n'est pas du JSON valide") && e.getMessage().endsWith("Rien n'a été écrit."), e.getMessage());
		assertEquals(4, e.line());
	}

	@Test
	void jsonThatIsNoPackageIsRefused() {
		ImportException e = assertThrows(ImportException.class, () -> read(fixture("pas-un-paquet.json"), Map.of()));
		assertTrue(e.getMessage().startsWith("« pas-un-paquet.json » n'est pas un paquet CASE : il n'a pas d'objet « CFDocument »"), e.getMessage());
	}

	@Test
	void anotherEncodingThanUtf8IsLocated() throws Exception {
		Path latin1 = Files.write(tmp.resolve("latin1.json"),
				"{\n  \"CFDocument\": {\"identifier\": \"d\", \"title\": \"Référentiel\"}\n}".getBytes(StandardCharsets.ISO_8859_1));
		ImportException e = assertThrows(ImportException.class, () -> read(latin1, Map.of()));
		assertTrue(e.getMessage().startsWith("« latin1.json », ligne 2, colonne 48 : le texte n'est pas en UTF-8"), e.getMessage());
	}

	@Test
	void aFolderOrAMissingFileIsNamed() {
		ImportException folder = assertThrows(ImportException.class, () -> read(tmp, Map.of()));
		assertTrue(folder.getMessage().endsWith(" est un dossier : donnez le fichier JSON d'un paquet CASE (CFPackage)."), folder.getMessage());
		ImportException missing = assertThrows(ImportException.class, () -> read(tmp.resolve("absent.json"), Map.of()));
		assertTrue(missing.getMessage().startsWith("Fichier introuvable : "), missing.getMessage());
	}

	@Test
	void aFifoIsRefusedWithoutWaiting() throws Exception {
		Path fifo = tmp.resolve("tube.json");
		Process mkfifo;
		try {
			mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		} catch (java.io.IOException e) {
			org.junit.jupiter.api.Assumptions.abort("no mkfifo on this machine");
			return;
		}
		org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
		ImportException e = assertThrows(ImportException.class, () -> read(fifo, Map.of()));
		assertTrue(e.getMessage().contains("n'est pas un fichier ordinaire (tube, périphérique)"), e.getMessage());
	}
}
