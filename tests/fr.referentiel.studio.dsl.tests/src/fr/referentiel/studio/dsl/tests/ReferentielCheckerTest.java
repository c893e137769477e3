/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.dsl.check.CheckResult;
import fr.referentiel.studio.dsl.check.CheckedFile;
import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.dsl.check.ProblemSeverity;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.dsl.validation.IssueCodes;

/** The headless checker on real files: several files at once, bad files, project settings. */
class ReferentielCheckerTest {

	private static final ReferentielChecker CHECKER = ReferentielChecker.create();

	@TempDir
	Path dir;

	private static final String TAI_2018 = """
			référentiel TAI_2018 "Technicien d'assistance en informatique" {
			    compétence CP1 "Mettre en service un équipement numérique" {
			        critères de performance
			            - Le poste est opérationnel.
			    }
			}
			""";

	private static final String TAI_2023 = """
			référentiel TAI_2023 "Technicien d'assistance en informatique" {
			    remplace TAI_2018
			    compétence CP4 "Installer, déployer et personnaliser un poste utilisateur" {
			        critères de performance
			            - Le poste est opérationnel.
			        correspond à TAI_2018.CP1
			    }
			}
			""";

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static List<String> codes(CheckedFile file) {
		return file.problems().stream().map(p -> IssueCodes.shortName(p.code())).toList();
	}

	@Test
	void referencesResolveBetweenTheFilesCheckedTogether() throws IOException {
		Path previous = write("tai-2018.referentiel", TAI_2018);
		Path current = write("tai-2023.referentiel", TAI_2023);
		CheckResult together = CHECKER.check(List.of(previous, current));
		assertEquals(List.of(), together.problems(), together.problems().toString());
		assertFalse(together.hasErrors());
		assertEquals("TAI_2023", together.files().get(1).referential().getName());
		assertEquals("TAI_2018", together.files().get(1).referential().getRelations().get(0).getReferential().getName());

		// Checked alone, the file still finds the version it names in its own folder, as the editor does.
		CheckResult alone = CHECKER.check(List.of(current));
		assertEquals(List.of(), alone.problems(), alone.problems().toString());
		assertEquals("TAI_2018", alone.files().get(0).referential().getRelations().get(0).getReferential().getName());
		assertEquals(1, alone.files().size(), "the neighbour is read, not reported");

		// In another folder it is not found, and the message says where it should be.
		Path elsewhere = Files.createDirectories(current.getParent().resolve("ailleurs")).resolve("tai-2023.referentiel");
		Files.copy(current, elsewhere);
		CheckResult away = CHECKER.check(List.of(elsewhere));
		assertTrue(away.hasErrors());
		assertEquals(List.of(IssueCodes.LINKING, IssueCodes.LINKING), away.problems().stream().map(Problem::code).toList());
		assertEquals(2, away.problems().get(0).line());
		assertTrue(away.problems().get(0).message().contains("même dossier"), away.problems().get(0).message());
	}

	@Test
	void aBatchCheckedOnSeveralThreadsGivesWhatOneThreadGives() throws IOException {
		// Groups of files that name each other share a resource set; the others are checked in parallel.
		List<Path> files = new java.util.ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			files.add(write("lot/tai-" + i + ".referentiel", TAI_2018.replace("TAI_2018", "TAI_" + i)
					.replace("- Le poste est opérationnel.", i % 3 == 0 ? "- Le poste est opérationnel.\n            - Le poste est opérationnel." : "- Le poste est opérationnel.")));
		}
		files.add(write("lot/suite.referentiel", TAI_2023.replace("TAI_2018", "TAI_7")));
		files.add(write("lot/copie-a.referentiel", TAI_2018.replace("TAI_2018", "DOUBLE")));
		files.add(write("lot/copie-b.referentiel", TAI_2018.replace("TAI_2018", "DOUBLE")));
		// Not named on the command line, but named by suite-bis: read as a neighbour for its links.
		write("lot/voisin.referentiel", TAI_2018.replace("TAI_2018", "VOISIN"));
		files.add(write("lot/suite-bis.referentiel", TAI_2023.replace("TAI_2023", "TAI_2024").replace("TAI_2018", "VOISIN")));

		CheckResult one = CHECKER.check(files, 1);
		CheckResult four = CHECKER.check(files, 4);
		assertEquals(files, four.files().stream().map(CheckedFile::file).toList(), "in the order the files were named");
		assertEquals(one.problems().toString(), four.problems().toString());
		assertEquals(List.of("duplicateEntry"), codes(four.files().get(2)), "a repeated criterion in the third file");
		assertEquals(List.of(), codes(four.files().get(12)), "suite.referentiel links to TAI_7, checked in the same batch");
		assertEquals("TAI_7", four.files().get(12).referential().getRelations().get(0).getReferential().getName());
		assertEquals(List.of("duplicateIdentifier"), codes(four.files().get(13)));
		assertEquals(List.of("duplicateIdentifier"), codes(four.files().get(14)));
		assertEquals(List.of(), codes(four.files().get(15)), "suite-bis links to its neighbour");
		assertEquals("VOISIN", four.files().get(15).referential().getRelations().get(0).getReferential().getName());
	}

	@Test
	void aReferentialDeclaredInTwoFilesIsReportedInBoth() throws IOException {
		Path one = write("a.referentiel", TAI_2018);
		Path two = write("b.referentiel", TAI_2018);
		CheckResult result = CHECKER.check(List.of(one, two));
		for (CheckedFile file : result.files()) {
			assertEquals(List.of("duplicateIdentifier"), codes(file));
			assertTrue(file.problems().get(0).message().contains("TAI_2018"), file.problems().get(0).message());
		}
	}

	@Test
	void versionsThatReplaceEachOtherAreACycle() throws IOException {
		Path one = write("a.referentiel", "référentiel A \"A\" {\n    remplace B\n}\n");
		Path two = write("b.referentiel", "référentiel B \"B\" {\n    remplace A\n}\n");
		CheckResult result = CHECKER.check(List.of(one, two));
		assertEquals(List.of("cyclicReference"), codes(result.files().get(0)));
		assertEquals(List.of("cyclicReference"), codes(result.files().get(1)));
		assertTrue(result.files().get(0).problems().get(0).message().contains("A → B → A"));
	}

	@Test
	void aFileNotInUtf8IsOneClearError() throws IOException {
		Path file = dir.resolve("latin1.referentiel");
		Files.write(file, "référentiel R \"Technicien d'assistance\" {\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		CheckedFile checked = CHECKER.check(List.of(file)).files().get(0);
		assertNull(checked.referential());
		assertEquals(1, checked.problems().size());
		Problem problem = checked.problems().get(0);
		assertEquals(IssueCodes.UNREADABLE_FILE, problem.code());
		assertEquals(ProblemSeverity.ERROR, problem.severity());
		assertEquals(1, problem.line());
		assertEquals(1, problem.column());
		assertTrue(problem.message().contains("UTF-8"), problem.message());
	}

	@Test
	void aFileMixingEncodingsIsReportedAtItsFirstBadLine() throws IOException {
		Path file = dir.resolve("mix.referentiel");
		byte[] utf8 = "référentiel R \"R\" {\n".getBytes(StandardCharsets.UTF_8);
		byte[] latin1 = "    section \"Été\"\n}\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] both = java.util.Arrays.copyOf(utf8, utf8.length + latin1.length);
		System.arraycopy(latin1, 0, both, utf8.length, latin1.length);
		Files.write(file, both);
		Problem problem = CHECKER.check(List.of(file)).problems().get(0);
		assertEquals(IssueCodes.UNREADABLE_FILE, problem.code());
		assertEquals(2, problem.line());
	}

	@Test
	void activitiesNestedTooDeeplyAreOneClearErrorAndNoModel() throws IOException {
		StringBuilder text = new StringBuilder("référentiel R \"R\" {\n  activité type AT1 \"A\" {\n");
		for (int level = 1; level <= 25; level++) {
			text.append("activité ").append("1.".repeat(level - 1)).append("1 \"N\" {\n");
		}
		text.append("}\n".repeat(25)).append("  }\n}\n");
		CheckedFile checked = CHECKER.check(List.of(write("profond.referentiel", text.toString()))).files().get(0);
		assertNull(checked.referential());
		assertEquals(List.of("nestingTooDeep"), codes(checked));
		assertEquals(2 + 21, checked.problems().get(0).line(), "at the first activity too deep");
	}

	@Test
	void aBinaryFileIsOneClearError() throws IOException {
		Path file = dir.resolve("image.referentiel");
		Files.write(file, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		Problem problem = CHECKER.check(List.of(file)).problems().get(0);
		assertEquals(IssueCodes.UNREADABLE_FILE, problem.code());
		assertTrue(problem.message().contains("binaire"), problem.message());
	}

	@Test
	void aMissingFileIsOneClearErrorAndTheOthersAreStillChecked() throws IOException {
		Path missing = dir.resolve("absent.referentiel");
		Path present = write("tai-2018.referentiel", TAI_2018);
		CheckResult result = CHECKER.check(List.of(missing, present));
		assertEquals(2, result.files().size());
		assertEquals(List.of("unreadableFile"), codes(result.files().get(0)));
		assertTrue(result.files().get(0).problems().get(0).message().contains("introuvable"));
		assertNotNull(result.files().get(1).referential());
		assertTrue(result.hasErrors());
	}

	@Test
	void aByteOrderMarkIsAcceptedAndColumnsStayRight() throws IOException {
		Path file = dir.resolve("bom.referentiel");
		Files.write(file, ("\uFEFFréférentiel R \"R\" {\n    code \"TP476\"\n}\n").getBytes(StandardCharsets.UTF_8));
		Problem problem = CHECKER.check(List.of(file)).problems().get(0);
		assertEquals(IssueCodes.INVALID_CODE, problem.code());
		assertEquals(2, problem.line());
		assertEquals(10, problem.column());
	}

	@Test
	void problemsPrintAsCompilersDo() throws IOException {
		Path file = write("r.referentiel", "référentiel R \"R\" {\n    code \"TP476\"\n}\n");
		Problem problem = CHECKER.check(List.of(file)).problems().get(0);
		assertEquals(file + ":2:10: error: " + problem.message() + " [fr.referentiel.studio.dsl.invalidCode]", problem.toText());
	}

	@Test
	void theNearestSettingsFileChangesSeverities() throws IOException {
		String text = """
				référentiel R "R" {
				    code "TP476"
				    compétence CP1 "Traiter un incident" {
				    }
				}
				""";
		Path top = write("projet/r.referentiel", text);
		Path nested = write("projet/brouillons/r.referentiel", text);
		write("projet/referentiel.properties", """
				# Drafting: a competence may have no criterion yet; codes are errors.
				competenceWithoutCriterion = ignore
				fr.referentiel.studio.dsl.invalidCode = warning
				""");
		write("projet/brouillons/referentiel.properties", "invalidCode=info\nnotARule=error\ncutSentence=maybe\n");

		List<Problem> atTop = CHECKER.check(List.of(top)).problems();
		assertEquals(List.of("invalidCode"), atTop.stream().map(p -> IssueCodes.shortName(p.code())).toList());
		assertEquals(ProblemSeverity.WARNING, atTop.get(0).severity());

		List<Problem> inNested = CHECKER.check(List.of(nested)).problems();
		assertEquals(List.of("invalidCode:INFO", "competenceWithoutCriterion:WARNING"),
				inNested.stream().map(p -> IssueCodes.shortName(p.code()) + ":" + p.severity()).toList(),
				"the nearest file wins, and only its settings apply");
	}
}
