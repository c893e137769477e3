/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** « referentiel compare », run in-process on the TAI example and a next version made by the test. */
class CompareCommandTest {

	@TempDir
	Path tmp;

	private static final Path OLD = CliRun.example("tai-2023.referentiel");

	/** The example as TAI_2024, without CP9 and with CP8 renamed CP18: one removal, one pairing by similarity. */
	private Path nextVersion() throws IOException {
		String text = CliRun.read(OLD).replace("référentiel TAI_2023 \"Technicien d'assistance en informatique\" {\n",
				"référentiel TAI_2024 \"Technicien d'assistance en informatique\" {\n    remplace TAI_2023\n");
		int start = text.indexOf("    compétence CP9 ");
		int end = text.indexOf("\n    }\n", start) + "\n    }\n".length();
		text = text.substring(0, start) + text.substring(end);
		text = text.replace("compétences CP7, CP8, CP9\n", "compétences CP7, CP8\n").replaceAll("\\bCP8\\b", "CP18");
		Path dir = Files.createDirectories(tmp.resolve("nouveau"));
		return Files.writeString(dir.resolve("tai-2024.referentiel"), text);
	}

	@Test
	void theSummaryAndTheBlocTableArePrinted() throws IOException {
		CliRun run = CliRun.run("compare", OLD.toString(), nextVersion().toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("tai-2023.referentiel → tai-2024.referentiel : 13 supprimés, 1 modifié, "), run.out());
		assertTrue(run.out().contains("  CCP1 → CCP1 : totale\n"), run.out());
		assertTrue(run.out().contains("  CCP3 → CCP3 : partielle (sans équivalent : CP9)\n"), run.out());
		assertFalse(run.err().contains("warning"), "only errors stop a comparison; the example's warnings are not repeated: " + run.err());
	}

	@Test
	void everyFormatIsWrittenAndReadsBack() throws IOException {
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("compare", OLD.toString(), nextVersion().toString(), "--format", "html,csv,markdown,json", "--out",
				out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertEquals(List.of("tai-2024.appariements.csv", "tai-2024.changements.html", "tai-2024.changements.md",
				"tai-2024.comparaison.json", "tai-2024.correspondance.csv", "tai-2024.correspondance.html",
				"tai-2024.correspondance.md"), CliRun.list(out));
		assertTrue(run.out().contains("7 fichiers écrits dans"), run.out());
		JsonObject json = JsonParser.parseString(CliRun.read(out.resolve("tai-2024.comparaison.json"))).getAsJsonObject();
		assertEquals(13, json.getAsJsonObject("summary").get("removed").getAsInt());
		String csv = CliRun.read(out.resolve("tai-2024.appariements.csv"));
		assertTrue(csv.startsWith("\uFEFF"), "UTF-8 with BOM");
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(csv.substring(1))).getRecords();
		CSVRecord cp18 = rows.stream().filter(r -> r.get(2).equals("CP18")).findFirst().orElseThrow();
		assertEquals(List.of("Compétence professionnelle", "CP8", "CP18", "modifié", "similarité du texte", "1,00"),
				cp18.toList().subList(0, 6));
	}

	@Test
	void failOnGivesExitCodeOneOnlyWhenSuchAChangeExists() throws IOException {
		Path next = nextVersion();
		Path out = tmp.resolve("out");
		CliRun removed = CliRun.run("compare", OLD.toString(), next.toString(), "--fail-on", "removed", "--format", "json", "--out",
				out.toString());
		assertEquals(ExitCode.INVALID, removed.exitCode(), removed.toString());
		assertTrue(removed.err().contains("Changements refusés par --fail-on : 13 (removed)."), removed.err());
		assertEquals(List.of("tai-2024.comparaison.json"), CliRun.list(out), "the report is written for the pipeline to keep");
		assertEquals(ExitCode.OK, CliRun.run("compare", OLD.toString(), next.toString(), "--fail-on", "added,split").exitCode());
		assertEquals(ExitCode.INVALID, CliRun.run("compare", OLD.toString(), next.toString(), "--fail-on", "changed").exitCode());
	}

	@Test
	void proposeprintsTheCorrespondLinesToAdd() throws IOException {
		CliRun run = CliRun.run("compare", OLD.toString(), nextVersion().toString(), "--propose");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.out().contains("Lignes « correspond à » proposées pour « "), run.out());
		assertTrue(run.out().lines().anyMatch(l -> l.matches("  compétence CP18 \\(ligne \\d+\\) : correspond à TAI_2023\\.CP8    // similarité 1,00")),
				run.out());
	}

	@Test
	void twoRevisionsOfOneFileDeclaringTheSameReferentialAreCompared() throws IOException {
		// As a pipeline has them: the file of the target branch (git show main:…) and the one of the merge request.
		Path before = Files.copy(OLD, tmp.resolve("avant.referentiel"));
		Path after = Files.writeString(tmp.resolve("apres.referentiel"), CliRun.read(OLD)
				.replace("\"Intervenir sur un annuaire Active Directory\"", "\"Intervenir sur un annuaire LDAP\""));
		CliRun run = CliRun.run("compare", before.toString(), after.toString(), "--fail-on", "modified");
		assertEquals(ExitCode.INVALID, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("avant.referentiel → apres.referentiel : 1 modifié, "), run.out());
		assertTrue(run.err().contains("Changements refusés par --fail-on : 1 (modified)."), run.err());
	}

	@Test
	void versionsGivenTheWrongWayRoundAreSaidSo() throws IOException {
		CliRun run = CliRun.run("compare", nextVersion().toString(), OLD.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.err().contains("Remarque : Les versions semblent inversées : TAI_2024 déclare remplacer TAI_2023"), run.err());
		assertTrue(run.out().startsWith("tai-2024.referentiel → tai-2023.referentiel : 13 ajoutés, 1 modifié, "), run.out());
	}

	@Test
	void twoFoldersAreComparedFileByFile() throws IOException {
		Path next = nextVersion();
		Path old = Files.createDirectories(tmp.resolve("ancien"));
		Files.copy(OLD, old.resolve("tai-2023.referentiel"));
		CliRun run = CliRun.run("compare", old.toString(), next.getParent().toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("tai-2023.referentiel → tai-2024.referentiel : "), run.out());
	}

	@Test
	void foldersOfSeveralFilesArePairedByPathAndAFileOnOneSideIsNamed() throws IOException {
		Path old = Files.createDirectories(tmp.resolve("ancien"));
		Files.copy(OLD, old.resolve("tai.referentiel"));
		Files.copy(CliRun.example("asr-rncp.referentiel"), old.resolve("asr.referentiel"));
		Path neu = Files.createDirectories(tmp.resolve("nouveau-dossier"));
		Files.move(nextVersion(), neu.resolve("tai.referentiel"));
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("compare", old.toString(), neu.toString(), "--format", "json", "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("tai.referentiel → tai.referentiel : 13 supprimés, 1 modifié, "), run.out());
		assertTrue(run.err().contains("asr.referentiel » n'a pas de fichier du même nom dans « "), run.err());
		assertEquals(List.of("tai.comparaison.json"), CliRun.list(out));
	}

	@Test
	void aVersionWithErrorsIsRefusedWithItsPositionAndNothingIsWritten() throws IOException {
		Path broken = Files.writeString(tmp.resolve("casse.referentiel"), """
				référentiel CASSE "En cours" {
				    compétence CP1 "Traiter un incident" {
				        critères de performance
				            - Pris en compte.
				    }
				    activité type AT1 "Assister" {
				        compétences CP1, CP7
				    }
				}
				""");
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("compare", OLD.toString(), broken.toString(), "--out", out.toString());
		assertEquals(ExitCode.INVALID, run.exitCode(), run.toString());
		assertTrue(run.err().contains("casse.referentiel:7:"), run.err());
		assertTrue(run.err().contains("Comparaison refusée : corrigez les erreurs ci-dessus"), run.err());
		assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void mistakesOfUseAreSaidInFrench() throws IOException {
		CliRun missing = CliRun.run("compare", OLD.toString(), tmp.resolve("absent.referentiel").toString());
		assertEquals(ExitCode.USAGE, missing.exitCode());
		assertTrue(missing.err().contains("Fichier introuvable : « "), missing.err());
		CliRun format = CliRun.run("compare", OLD.toString(), nextVersion().toString(), "--format", "pdf", "--out", tmp.toString());
		assertEquals(ExitCode.USAGE, format.exitCode());
		assertTrue(format.err().contains("Format inconnu pour compare : « pdf ». Formats : html, csv, markdown, json, rncp."), format.err());
		CliRun failOn = CliRun.run("compare", OLD.toString(), nextVersion().toString(), "--fail-on", "renamed");
		assertEquals(ExitCode.USAGE, failOn.exitCode());
		assertTrue(failOn.err().contains("Valeur inconnue pour --fail-on : « renamed »"), failOn.err());
		CliRun same = CliRun.run("compare", OLD.toString(), OLD.toString());
		assertEquals(ExitCode.USAGE, same.exitCode());
		assertTrue(same.err().contains("sont le même fichier"), same.err());
	}

	@Test
	void theHelpIsInFrenchWithExamples() {
		CliRun run = CliRun.run("compare", "--help");
		assertEquals(ExitCode.OK, run.exitCode());
		assertTrue(run.out().startsWith("Utilisation : referentiel compare"), run.out());
		assertTrue(run.out().contains("  referentiel compare tai-2018.referentiel tai-2023.referentiel --propose"), run.out());
		assertTrue(run.out().contains("--fail-on=CHANGEMENT"), run.out());
		assertTrue(CliRun.run("--help").out().contains("compare"), "listed by the main help");
	}
}
