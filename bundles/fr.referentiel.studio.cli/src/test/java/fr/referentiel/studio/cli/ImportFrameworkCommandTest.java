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
 * « referentiel import case » and « import moodle », run in-process: the TAI example exported by
 * the command line comes back as a file that validates; an existing file is kept; a bad file gets
 * its French message and the usage exit code, nothing written.
 */
class ImportFrameworkCommandTest {

	@TempDir
	Path tmp;

	private Path exported(String format, String extension) {
		CliRun export = CliRun.run("export", CliRun.example("tai-2023.referentiel").toString(), "--format", format, "--out", tmp.toString());
		assertEquals(ExitCode.OK, export.exitCode(), export.toString());
		return tmp.resolve("tai-2023." + extension);
	}

	@Test
	void aCasePackageComesBack() {
		Path out = tmp.resolve("tai-case.referentiel");
		CliRun run = CliRun.run("import", "case", exported("case", "case.json").toString(), "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("« " + out + " » écrit : paquet CASE « Technicien d'assistance en informatique », 3 activités types, "
				+ "9 compétences, 2 compétences transversales, 3 blocs ; 0 erreur, "), run.out());
		assertFalse(run.err().contains("Exception"), run.err());
		String text = CliRun.read(out);
		assertTrue(text.contains("    compétence CP1 \"Traiter un incident dans un centre de services et assurer le suivi du parc\" {"), text);
		CliRun validate = CliRun.run("validate", out.toString());
		assertEquals(ExitCode.OK, validate.exitCode(), validate.toString());
	}

	@Test
	void aMoodleFrameworkComesBackAndAnExistingFileIsKept() throws IOException {
		Path csv = exported("moodle", "moodle.csv");
		Path out = Files.writeString(tmp.resolve("tp-00476.referentiel"), "à garder");
		CliRun refused = CliRun.run("import", "moodle", csv.toString(), "--out", tmp.toString());
		assertEquals(ExitCode.USAGE, refused.exitCode(), refused.toString());
		assertEquals("à garder", CliRun.read(out));
		CliRun run = CliRun.run("import", "moodle", csv.toString(), "--out", tmp.toString(), "--force");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("« " + out + " » écrit : référentiel Moodle « Technicien d'assistance en informatique », "
				+ "3 activités types, 9 compétences, 2 compétences transversales ; 0 erreur, "), run.out());
		assertTrue(CliRun.read(out).contains("compétences transversales CT1, CT2"), "the cross-references name the transversal competences");
	}

	@Test
	void badFilesGetTheirMessageAndNothingIsWritten() throws IOException {
		Path json = Files.writeString(tmp.resolve("coupe.json"), "{\"CFDocument\": {\"title\": ");
		CliRun run = CliRun.run("import", "case", json.toString(), "--out", tmp.resolve("x.referentiel").toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
		assertTrue(run.err().strip().startsWith("« coupe.json », ligne 1, colonne "), run.err());
		Path csv = Files.writeString(tmp.resolve("tableur.csv"), "Nom,Prénom\nDupont,Jean\n");
		CliRun moodle = CliRun.run("import", "moodle", csv.toString(), "--out", tmp.resolve("y.referentiel").toString());
		assertEquals(ExitCode.USAGE, moodle.exitCode(), moodle.toString());
		assertTrue(moodle.err().contains("ce n'est pas un référentiel de compétences Moodle : il manque les colonnes « Parent id number »"),
				moodle.err());
		CliRun types = CliRun.run("import", "case", json.toString(), "--types", "Standard=chapitre");
		assertEquals(ExitCode.USAGE, types.exitCode(), types.toString());
		assertTrue(types.err().contains("« chapitre » n'est pas un élément d'un référentiel"), types.err());
		assertEquals(List.of("coupe.json", "tableur.csv"), CliRun.list(tmp));
	}

	@Test
	void theOutputIsNeverTheInputNorATubeNorAMissingFolder() throws Exception {
		Path json = exported("case", "case.json");
		String before = CliRun.read(json);
		CliRun itself = CliRun.run("import", "case", json.toString(), "--out", json.toString(), "--force");
		assertEquals(ExitCode.USAGE, itself.exitCode(), itself.toString());
		assertTrue(itself.err().contains("est le fichier importé : l'import ne l'écrase pas"), itself.err());
		assertEquals(before, CliRun.read(json));
		Path fifo = tmp.resolve("tube.referentiel");
		org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
		CliRun tube = CliRun.run("import", "case", json.toString(), "--out", fifo.toString(), "--force");
		assertEquals(ExitCode.USAGE, tube.exitCode(), tube.toString());
		assertTrue(tube.err().contains("n'est pas un fichier ordinaire (tube, périphérique)"), tube.err());
		assertFalse(Files.isRegularFile(fifo), "the tube is still a tube");
		CliRun folder = CliRun.run("import", "case", json.toString(), "--out", tmp.resolve("nouveau") + "/");
		assertEquals(ExitCode.USAGE, folder.exitCode(), folder.toString());
		assertTrue(folder.err().contains("nouveau/ » n'existe pas : créez-le"), folder.err());
		assertFalse(Files.exists(tmp.resolve("nouveau")));
	}
}
