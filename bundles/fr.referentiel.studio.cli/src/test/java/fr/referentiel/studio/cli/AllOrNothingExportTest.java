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
 * The breaks of « Rien n'est écrit si une étape échoue » that a hostile-input battery found, each
 * a regression test: every output of a run is written, or none is replaced.
 */
class AllOrNothingExportTest {

	@TempDir
	Path tmp;

	private Path asr(String name) throws IOException {
		Files.createDirectories(tmp.resolve("in"));
		return Files.copy(CliRun.example("asr-rncp.referentiel"), tmp.resolve("in").resolve(name));
	}

	@Test
	void twoDocumentsOfOneRunThatWouldShareAFileAreRefusedBeforeAnythingIsWritten() throws IOException {
		// x in layout rncp and x.rncp in the default layout both give x.rncp.html.
		Path x = asr("x.referentiel");
		Path xRncp = asr("x.rncp.referentiel");
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("export", x.toString(), xRncp.toString(), "--format", "html", "--layout", "document,rncp",
				"--out", out.toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("(mise en page « rncp ») et « " + xRncp + " » en html (mise en page « document ») "
				+ "donneraient le même fichier « x.rncp.html »"), run::toString);
		assertEquals(List.of(), CliRun.list(out));
	}

	@Test
	void anEmptyOutputFolderIsRefused() throws IOException {
		CliRun run = CliRun.run("export", asr("a.referentiel").toString(), "--out", "");
		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("--out attend un dossier"), run::toString);
		assertEquals(List.of("a.referentiel"), CliRun.list(tmp.resolve("in")), "nothing written beside the input");
	}

	@Test
	void anOutputNameTakenByAFolderReplacesNoOtherFile() throws IOException {
		Path out = Files.createDirectories(tmp.resolve("out"));
		Files.writeString(out.resolve("a.csv"), "ancien export");
		Files.createDirectory(out.resolve("a.html"));
		CliRun run = CliRun.run("export", asr("a.referentiel").toString(), "--out", out.toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("a.html » est un dossier") && run.err().contains("Rien n'a été remplacé."), run::toString);
		assertEquals(List.of("a.csv", "a.html"), CliRun.list(out), "no Markdown beside the old CSV, no temporary file");
		assertEquals("ancien export", CliRun.read(out.resolve("a.csv")));
	}

	@Test
	void aRefusedExportLeavesNoEmptyOutputFolder() throws IOException {
		// The BTS has no activity type: the RNCP table refuses it.
		Path bts = Files.copy(CliRun.example("bts-sio.referentiel"), Files.createDirectories(tmp.resolve("in")).resolve("bts.referentiel"));
		Path out = tmp.resolve("nouveau").resolve("dossier");
		CliRun run = CliRun.run("export", bts.toString(), "--format", "html", "--layout", "rncp", "--out", out.toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertFalse(Files.exists(tmp.resolve("nouveau")), "no folder made for nothing");
	}

	@Test
	void aLongInputNameIsExportedThroughShortTemporaryNames() throws IOException {
		// 232 characters: « .<name>.<random>.tmp » passed 255 bytes where the final names fit.
		String base = "r".repeat(232);
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("export", asr(base + ".referentiel").toString(), "--format", "html,csv,markdown,docx,pdf", "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		assertEquals(List.of(base + ".csv", base + ".docx", base + ".html", base + ".md", base + ".pdf"), CliRun.list(out));
	}

	@Test
	void aNameTooLongForTheDiskIsRefusedBeforeTheOtherInputsAreWritten() throws IOException {
		Path first = asr("a.referentiel");
		Path longName = Files.copy(CliRun.example("bts-sio.referentiel"), tmp.resolve("in").resolve("n".repeat(248) + ".txt")); // read as a referential since it is named; x.txt.html is too long
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("export", first.toString(), longName.toString(), "--out", out.toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("Nom de fichier trop long"), run::toString);
		assertEquals(List.of(), CliRun.list(out), "not even a.html");
	}
}
