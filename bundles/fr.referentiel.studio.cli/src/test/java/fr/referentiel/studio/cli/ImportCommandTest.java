/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * « referentiel import rncp », run in-process on the small fiches of the interchange tests
 * (tests/fr.referentiel.studio.interchange.tests/resources/rncp, written for the tests).
 */
class ImportCommandTest {

	@TempDir
	Path tmp;

	static Path fixture(String name) {
		return Path.of(System.getProperty("referentiel.interchangeFixtures",
				"../../tests/fr.referentiel.studio.interchange.tests/resources/rncp")).resolve(name);
	}

	@Test
	void aFicheIsWrittenValidatedAndSummed() {
		Path out = tmp.resolve("paie.referentiel");
		CliRun run = CliRun.run("import", "rncp", fixture("une-fiche.xml").toString(), "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("« " + out + " » écrit : fiche RNCP12345, 3 blocs, 7 compétences, 6 activités ; 0 erreur, "),
				run.out());
		assertTrue(run.err().contains("Remarque : Code de bloc « 01 » complété en « RNCP12345BC01 »."), run.err());
		assertTrue(run.err().contains(out + ":"), "the validator's warnings name the written file: " + run.err());
		assertFalse(run.err().contains("Exception"), run.err());
		String text = CliRun.read(out);
		assertTrue(text.startsWith("// Importé de l'export open data du RNCP"), text);
		CliRun validate = CliRun.run("validate", out.toString());
		assertEquals(ExitCode.OK, validate.exitCode(), validate.toString());
	}

	@Test
	void anExistingFileIsKeptUnlessForced() throws IOException {
		Path out = Files.writeString(tmp.resolve("rncp12345.referentiel"), "à garder");
		CliRun run = CliRun.run("import", "rncp", fixture("une-fiche.xml").toString(), "--out", tmp.toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
		assertEquals("« " + out + " » existe déjà : rien n'a été écrit. Ajoutez --force pour le remplacer, ou choisissez un autre "
				+ "fichier avec --out.", run.err().strip());
		assertEquals("à garder", CliRun.read(out));
		CliRun forced = CliRun.run("import", "rncp", fixture("une-fiche.xml").toString(), "--out", tmp.toString(), "--force");
		assertEquals(ExitCode.OK, forced.exitCode(), forced.toString());
		assertTrue(CliRun.read(out).contains("référentiel RNCP12345 "));
		assertEquals(List.of("rncp12345.referentiel"), CliRun.list(tmp), "no temporary file is left");
	}

	@Test
	void theFichesAreListed() {
		CliRun run = CliRun.run("import", "rncp", fixture("deux-fiches.xml").toString(), "--liste");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertEquals("RNCP12345  Gestionnaire de paie et d’administration du personnel\nRNCP12346  Gestionnaire de paie (version suivante)\n"
				+ "2 fiches dans « deux-fiches.xml ».\n", run.out());
		assertEquals("", run.err());
	}

	@Test
	void severalFichesNeedAChoice() {
		CliRun run = CliRun.run("import", "rncp", fixture("deux-fiches.xml").toString(), "--out", tmp.resolve("x.referentiel").toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
		assertTrue(run.err().contains("contient plusieurs fiches") && run.err().contains("--fiche") && run.err().contains("--liste"),
				run.err());
		assertEquals(List.of(), CliRun.list(tmp));
	}

	@Test
	void hostileAndBrokenFilesGiveOneFrenchLineAndWriteNothing() {
		for (String name : List.of("dtd-entite.xml", "entite-externe.xml", "tronque.xml", "latin1.xml", "mauvaise-racine.xml",
				"pas-du-xml.xml")) {
			CliRun run = CliRun.run("import", "rncp", fixture(name).toString(), "--out", tmp.resolve("x.referentiel").toString());
			assertEquals(ExitCode.USAGE, run.exitCode(), name + ": " + run);
			assertTrue(run.err().startsWith("« " + name + " », ligne "), name + ": " + run.err());
			assertTrue(run.err().strip().endsWith("Rien n'a été écrit."), name + ": " + run.err());
			assertEquals(1, run.err().strip().lines().count(), name + ": " + run.err());
			assertEquals(List.of(), CliRun.list(tmp), name);
		}
	}

	@Test
	void listingTakesNoOutput() {
		CliRun run = CliRun.run("import", "rncp", fixture("deux-fiches.xml").toString(), "--liste", "--out", "x.referentiel");
		assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
		assertTrue(run.err().contains("--liste affiche seulement les fiches du fichier"), run.err());
	}

	@Test
	void theHelpIsInFrench() {
		CliRun run = CliRun.run("import", "rncp", "--help");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("Utilisation : referentiel import rncp"), run.out());
		assertTrue(run.out().contains("--fiche=NUMÉRO"), run.out());
		CliRun top = CliRun.run("import");
		assertTrue(top.out().contains("Commandes :") && top.out().contains("rncp"), top.out());
	}
}
