/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « referentiel export --format case,moodle »: the interchange formats on the command line. */
class InterchangeExportTest {

	@TempDir
	Path tmp;

	@Test
	void theReadmeCommandWritesTheCasePackageAndTheMoodleFramework() throws Exception {
		Path out = tmp.resolve("lms");
		CliRun run = CliRun.run("export", CliRun.example("tai-2023.referentiel").toString(), "--format", "case,moodle",
				"--case-base-uri", "https://case.example.fr/ims/case/v1p1", "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		assertEquals(List.of("tai-2023.case.json", "tai-2023.moodle.csv"), CliRun.list(out));
		String json = CliRun.read(out.resolve("tai-2023.case.json"));
		assertTrue(json.contains("\"uri\": \"https://case.example.fr/ims/case/v1p1/CFDocuments/"), json.substring(0, 400));
		assertTrue(CliRun.read(out.resolve("tai-2023.moodle.csv")).startsWith("Parent id number,Id number,Shortname,"));
		// The short names Moodle cannot hold are said, in one warning line, before the files are written.
		List<String> notices = run.err().lines().filter(l -> l.contains(": avertissement : Moodle : ")).toList();
		assertEquals(1, notices.size(), run.err());
		assertTrue(notices.get(0).startsWith(CliRun.example("tai-2023.referentiel") + ": avertissement : Moodle : 19 noms abrégés"), notices.get(0));
		// The same as --option case.base-uri=…, byte for byte.
		Path again = tmp.resolve("again");
		assertEquals(ExitCode.OK, CliRun.run("export", CliRun.example("tai-2023.referentiel").toString(), "--format", "case",
				"--option", "case.base-uri=https://case.example.fr/ims/case/v1p1/", "--out", again.toString()).exitCode());
		assertEquals(json, CliRun.read(again.resolve("tai-2023.case.json")));
	}

	@Test
	void aCaseBaseUriWithoutTheCaseFormatOrNotAnAddressIsAUsageError() {
		CliRun alone = CliRun.run("export", CliRun.example("tai-2023.referentiel").toString(), "--format", "moodle",
				"--case-base-uri", "https://case.example.fr/", "--out", tmp.resolve("a").toString());
		assertEquals(ExitCode.USAGE, alone.exitCode(), alone::toString);
		assertTrue(alone.err().contains("--case-base-uri ne sert qu'au format case"), alone::toString);
		CliRun wrong = CliRun.run("export", CliRun.example("tai-2023.referentiel").toString(), "--format", "case",
				"--case-base-uri", "case.example.fr", "--out", tmp.resolve("b").toString());
		assertEquals(ExitCode.USAGE, wrong.exitCode(), wrong::toString);
		assertTrue(wrong.err().contains("L'option « base-uri » attend une adresse absolue en http ou https"), wrong::toString);
		assertFalse(Files.exists(tmp.resolve("a")) || Files.exists(tmp.resolve("b")), "nothing is written");
	}

	@Test
	void formatsListsCaseAndMoodleWithTheirOptions() {
		CliRun run = CliRun.run("formats");
		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		assertTrue(run.out().contains("case — Référentiel CASE 1.1 (JSON) (.case.json)"), run.out());
		assertTrue(run.out().contains("moodle — Référentiel de compétences Moodle (CSV) (.moodle.csv)"), run.out());
		assertTrue(run.out().contains("    base-uri — ") && run.out().contains("    scale — "), run.out());
	}
}
