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

/** The export command, run in-process on the shipped examples and on broken inputs. */
class ExportCommandTest {

	@TempDir
	Path tmp;

	private static final String BROKEN = """
			référentiel BROKEN "Référentiel en cours d'écriture" {
			    compétence CP1 "Traiter un incident" {
			        critères de performance
			            - La demande d'intervention est prise en compte.
			    }
			    activité type AT1 "Assister les utilisateurs" {
			        compétences CP1, CP7
			    }
			}
			""";

	@Test
	void readmeCommandWritesTheThreeDocumentsOfTheTaiExample() {
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("export", CliRun.example("tai-2023.referentiel").toString(),
				"--format", "html,csv,markdown", "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertEquals(List.of("tai-2023.csv", "tai-2023.html", "tai-2023.md"), CliRun.list(out));
		String html = CliRun.read(out.resolve("tai-2023.html"));
		assertTrue(html.contains("Intervenir sur un annuaire Active Directory"), "CP9 is in the HTML document");
		assertTrue(CliRun.read(out.resolve("tai-2023.md")).contains("### CCP1 - Assister ou dépanner les utilisateurs"));
		assertTrue(CliRun.read(out.resolve("tai-2023.csv")).contains("La recette est faite avec l'utilisateur."));
		assertTrue(run.out().startsWith("3 fichiers écrits dans"), run.out());
		// The REAC gives three blocs no modality and repeats three lines: the warnings are printed as a
		// compiler prints them, then counted; the summary comes after the progress lines.
		assertEquals(6, run.err().lines().filter(l -> l.contains(": warning: ")).count(), run.err());
		assertTrue(run.err().contains("tai-2023.referentiel:491:"), run.err());
		assertTrue(run.err().contains("6 avertissements ou remarques ci-dessus : l'export continue."), run.err());
	}

	@Test
	void aLayoutWithNothingToShowIsRefusedWithWhatItNeedsAndNothingIsWritten() throws IOException {
		Path input = Files.writeString(tmp.resolve("sans-activite.referentiel"), """
				référentiel R "Sans activité type" {
				    type diplôme
				    compétence C1 "Une compétence" {
				        indicateurs de performance
				            - Un indicateur.
				    }
				}
				""");
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("export", input.toString(), "--format", "html", "--layout", "rncp", "--out", out.toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
		assertTrue(run.err().contains("sans-activite.referentiel » en html (mise en page « rncp ») : La mise en page « rncp »"),
				run.err());
		assertTrue(run.err().contains("aucune activité type"), run.err());
		assertFalse(run.out().contains("écrit"), run.out());
		assertFalse(Files.exists(out.resolve("sans-activite.rncp.html")));
	}

	@Test
	void aLayoutOfAnotherFormatSaysWhichFormatHasIt() {
		CliRun run = CliRun.run("export", CliRun.example("tai-2023.referentiel").toString(), "--format", "csv",
				"--layout", "rncp", "--out", tmp.resolve("out").toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
		assertTrue(run.err().contains("Aucun des formats choisis n'a la mise en page « rncp » ; les formats « docx », « html », « pdf » l'ont : ajoutez --format docx,html,pdf."), run.err());
	}

	@Test
	void exportedFilesGetTheUsualPermissions() throws IOException {
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("export", CliRun.example("tai-2023.referentiel").toString(), "--format", "csv",
				"--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(Files.getPosixFilePermissions(out.resolve("tai-2023.csv"))
				.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), "readable by others, as with umask 022");
		assertEquals(List.of("tai-2023.csv"), CliRun.list(out), "no temporary file is left");
	}

	@Test
	void otherLayoutsAreWrittenUnderTheirOwnName() {
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("export", CliRun.example("asr-rncp.referentiel").toString(), "--format", "html",
				"--layout", "rncp", "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertEquals(List.of("asr-rncp.rncp.html"), CliRun.list(out));
	}

	@Test
	void referentialWithErrorsIsRefusedAndNothingIsWritten() throws IOException {
		Path input = Files.writeString(tmp.resolve("broken.referentiel"), BROKEN);
		Path out = Files.createDirectories(tmp.resolve("out"));
		Files.writeString(out.resolve("broken.html"), "version précédente");
		CliRun run = CliRun.run("export", input.toString(), "--format", "html,csv", "--out", out.toString());
		assertEquals(ExitCode.INVALID, run.exitCode(), run.toString());
		assertTrue(run.err().contains("broken.referentiel:7:26: error: "), run.err());
		assertTrue(run.err().contains("Export refusé"), run.err());
		assertEquals(List.of("broken.html"), CliRun.list(out));
		assertEquals("version précédente", CliRun.read(out.resolve("broken.html")));
	}

	@Test
	void forceExportsAReferentialWithErrors() throws IOException {
		Path input = Files.writeString(tmp.resolve("broken.referentiel"), BROKEN);
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("export", input.toString(), "--format", "csv", "--force", "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(CliRun.read(out.resolve("broken.csv")).contains("Traiter un incident"));
	}

	@Test
	void folderOfSeveralReferentialsIsExportedInParallel() throws IOException {
		Path folder = Files.createDirectories(tmp.resolve("referentiels/titres"));
		Files.copy(CliRun.example("tai-2023.referentiel"), folder.resolve("tai-2023.referentiel"));
		Files.copy(CliRun.example("asr-rncp.referentiel"), tmp.resolve("referentiels/asr-rncp.referentiel"));
		Files.writeString(folder.resolve("notes.txt"), "pas un référentiel");
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("export", tmp.resolve("referentiels").toString(), "--format", "markdown,csv",
				"--jobs", "2", "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertEquals(List.of("asr-rncp.csv", "asr-rncp.md", "tai-2023.csv", "tai-2023.md"), CliRun.list(out));
		// Not a terminal: one plain progress line per document.
		assertEquals(4, run.err().lines().filter(l -> l.matches("\\[\\d/4\\] .*")).count(), run.err());
	}

	@Test
	void missingInputIsAUsageError() {
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("export", tmp.resolve("absent.referentiel").toString(), "--out", out.toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
		assertEquals(1, run.err().lines().count(), run.err());
		assertTrue(run.err().startsWith("Fichier introuvable : "), run.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void nonUtf8InputIsAUsageErrorAndNothingIsWritten() throws IOException {
		Path input = Files.write(tmp.resolve("latin1.referentiel"),
				"référentiel R \"Titre\" { }".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("export", input.toString(), "--out", out.toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
		assertTrue(run.err().contains("latin1.referentiel:1:1: error: "), run.err());
		assertFalse(run.err().contains("Exception"), run.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void binaryInputIsAUsageError() throws IOException {
		Path input = Files.write(tmp.resolve("image.referentiel"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		CliRun run = CliRun.run("export", input.toString(), "--out", tmp.resolve("out").toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
		assertTrue(run.err().contains("image.referentiel:1:1: error: "), run.err());
	}

	@Test
	void outputFolderThatCannotBeCreatedIsAUsageError() throws IOException {
		Path file = Files.writeString(tmp.resolve("un-fichier"), "x");
		CliRun run = CliRun.run("export", CliRun.example("tai-2023.referentiel").toString(), "--format", "csv",
				"--out", file.resolve("sous-dossier").toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
		assertTrue(lastLine(run.err()).startsWith("Impossible d'écrire dans le dossier de sortie"), run.err());
		assertEquals("x", CliRun.read(file));
	}

	private static String lastLine(String text) {
		List<String> lines = text.lines().toList();
		return lines.get(lines.size() - 1);
	}

	@Test
	void unknownFormatLayoutOrOptionIsAUsageError() {
		String tai = CliRun.example("tai-2023.referentiel").toString();
		String out = tmp.resolve("out").toString();
		CliRun format = CliRun.run("export", tai, "--format", "odt", "--out", out);
		assertEquals(ExitCode.USAGE, format.exitCode());
		assertTrue(format.err().startsWith("Format inconnu : « odt ». Formats disponibles : case, csv, docx, html, markdown, moodle, pdf."), format.err());
		CliRun layout = CliRun.run("export", tai, "--format", "csv", "--layout", "rncp", "--out", out);
		assertEquals(ExitCode.USAGE, layout.exitCode(), layout.toString());
		CliRun option = CliRun.run("export", tai, "--format", "csv", "--option", "separator=|", "--out", out);
		assertEquals(ExitCode.USAGE, option.exitCode(), option.toString());
		assertTrue(option.err().contains("invalide pour l'option « separator »"), option.err());
		assertFalse(Files.exists(tmp.resolve("out")));
	}

	@Test
	void missingOutOptionIsExplainedInFrench() {
		CliRun run = CliRun.run("export", CliRun.example("tai-2023.referentiel").toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
		assertTrue(run.err().startsWith("Erreur d'utilisation : option obligatoire manquante : --out=DOSSIER" + System.lineSeparator()), run.err());
	}
}
