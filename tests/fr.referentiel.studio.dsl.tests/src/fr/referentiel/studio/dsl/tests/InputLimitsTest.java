/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

import fr.referentiel.studio.dsl.check.CheckedFile;
import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.dsl.check.ProblemSeverity;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.dsl.parser.NestingGuardParser;
import fr.referentiel.studio.dsl.validation.IssueCodes;

/**
 * What the reading of a file refuses or repairs, with a French message at the right line: too
 * large, not a plain file, nested beyond reason, accents decomposed, invisible characters, another
 * extension. The same guards hold in the parser for the editor and the language server.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReferentielInjectorProvider.class)
class InputLimitsTest {

	private static final ReferentielChecker CHECKER = ReferentielChecker.create();

	@Inject
	private ReferentielLoader loader;

	@TempDir
	Path dir;

	private static final String SMALL = """
			référentiel R "Référentiel" {
			    compétence CP1 "Traiter un incident" {
			        critères de performance
			            - La demande est prise en compte.
			    }
			}
			""";

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static String nested(int levels) {
		return "référentiel R \"R\" {\n" + "{\n".repeat(levels) + "}\n".repeat(levels) + "}\n";
	}

	@Test
	@Timeout(60) // a guard against a hang only: 5,000 levels ran out of the server's memory
	void fiveThousandLevelsOfBracesAreOneErrorAtTheFirstBraceTooDeep() throws IOException {
		CheckedFile checked = CHECKER.check(List.of(write("profond.referentiel", nested(5000)))).files().get(0);
		assertNull(checked.referential(), "not exported, even with --force");
		assertEquals(1, checked.problems().size(), checked.problems().toString());
		Problem problem = checked.problems().get(0);
		assertEquals(IssueCodes.NESTING_TOO_DEEP, problem.code());
		// Line 1 opens the referential (level 1); the brace of line 31 opens level 31.
		assertEquals(NestingGuardParser.MAX_BRACE_DEPTH + 1, problem.line());
		assertTrue(problem.message().startsWith("Imbrication trop profonde"), problem.message());
	}

	@Test
	@Timeout(60)
	void theEditorAndTheServerGetTheSameGuardFromTheParser() {
		List<Issue> issues = loader.issues(nested(500), IssueCodes.NESTING_TOO_DEEP);
		assertEquals(1, issues.size(), issues.toString());
		assertEquals(NestingGuardParser.MAX_BRACE_DEPTH + 1, issues.get(0).getLineNumber());
	}

	@Test
	@Timeout(60)
	void aTextLargerThanTheLimitSentByAnEditorIsNotParsed() {
		// The command line refuses such a file before reading it; an editor or a client may still send it.
		String huge = SMALL + "// " + "x".repeat(NestingGuardParser.MAX_CHARACTERS) + "\n";
		List<Issue> issues = loader.issues(huge, IssueCodes.UNREADABLE_FILE);
		assertEquals(1, issues.size(), issues.toString());
		assertTrue(issues.get(0).getMessage().startsWith("Fichier trop grand : au-delà de 10 Mo"), issues.get(0).getMessage());
	}

	@Test
	void bracesInTitlesParagraphsEntriesAndCommentsAreNotCounted() {
		String text = "référentiel R \"{{{{\" {\n| {{{{{{\n- {{{{{{\n// {{{{{{\n/* {{{{{{ */\nsavoir-faire {\n}\n";
		assertEquals(-1, NestingGuardParser.firstTooDeep(text, 2));
		assertEquals(text.lastIndexOf('{'), NestingGuardParser.firstTooDeep(text, 1));
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedWithoutBeingRead() throws IOException {
		Path file = dir.resolve("énorme.referentiel");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(57L * 1024 * 1024); // as large as the file that exhausted a laptop's memory
		}
		Problem problem = CHECKER.check(List.of(file)).problems().get(0);
		assertEquals(IssueCodes.UNREADABLE_FILE, problem.code());
		assertTrue(problem.message().contains("fait 57,0 Mo : un référentiel est lu jusqu'à 10 Mo"), problem.message());
	}

	@Test
	@Timeout(60) // reading a pipe would block forever
	void aPipeNamedLikeAReferentialIsRefusedWithoutBlocking() throws Exception {
		Path fifo = dir.resolve("x.referentiel");
		Process mkfifo;
		try {
			mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		} catch (IOException e) {
			assumeTrue(false, "no mkfifo on this system");
			return;
		}
		assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
		Problem problem = CHECKER.check(List.of(fifo)).problems().get(0);
		assertEquals(IssueCodes.UNREADABLE_FILE, problem.code());
		assertTrue(problem.message().contains("n'est pas un fichier ordinaire"), problem.message());
	}

	@Test
	void aDeviceIsRefused() {
		Path zero = Path.of("/dev/zero");
		assumeTrue(Files.exists(zero));
		Problem problem = CHECKER.check(List.of(zero)).problems().get(0);
		assertTrue(problem.message().contains("n'est pas un fichier ordinaire"), problem.message());
	}

	@Test
	void aFileNamedOtherwiseIsReadAsAReferentialAndSaysSo() throws IOException {
		CheckedFile checked = CHECKER.check(List.of(write("notes.txt", SMALL))).files().get(0);
		assertNotNull(checked.referential());
		assertEquals("Traiter un incident", checked.referential().getCompetences().get(0).getTitle());
		Problem note = checked.problems().get(0);
		assertEquals(IssueCodes.FILE_EXTENSION, note.code());
		assertEquals(ProblemSeverity.INFO, note.severity());
		assertTrue(note.message().contains("n'a pas l'extension « .referentiel »"), note.message());
	}

	@Test
	void decomposedAccentsInKeywordsAreReadComposedOnTheCommandLine() throws IOException {
		// « référentiel », « compétence », « critères » in NFD were each « « ́ » est en trop ».
		String text = Normalizer.normalize(SMALL.replace("Traiter", "Réparer"), Normalizer.Form.NFD);
		CheckedFile checked = CHECKER.check(List.of(write("mac.referentiel", text))).files().get(0);
		assertEquals(List.of(IssueCodes.DECOMPOSED_ACCENT), checked.problems().stream().map(Problem::code).toList(),
				checked.problems().toString());
		assertEquals(1, checked.problems().get(0).line(), "the first line that had one");
		assertEquals("Réparer un incident", checked.referential().getCompetences().get(0).getTitle());
	}

	@Test
	void decomposedAccentsAreNamedInTheEditorWithTheComposedLetter() {
		String text = SMALL.replace("Traiter", Normalizer.normalize("Réparer", Normalizer.Form.NFD));
		List<Issue> issues = loader.issues(text, IssueCodes.DECOMPOSED_ACCENT);
		assertEquals(1, issues.size(), issues.toString());
		assertEquals(2, issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().contains("il se lit « é »"), issues.get(0).getMessage());
		assertEquals(List.of(), loader.issues(text, Diagnostic.SYNTAX_DIAGNOSTIC), "in a title it reads fine");
	}

	@Test
	void controlCharactersAreWarnedAtTheirLineAndColumn() {
		String text = SMALL.replace("prise en compte.", "prise en compte.\u001B[2J").replace("Traiter", "\u202ETraiter");
		List<Issue> issues = loader.issues(text, IssueCodes.CONTROL_CHARACTER);
		assertEquals(2, issues.size(), issues.toString());
		assertEquals(2, issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().startsWith("Caractère invisible de direction d'écriture (U+202E)"),
				issues.get(0).getMessage());
		assertEquals(4, issues.get(1).getLineNumber());
		assertEquals(46, issues.get(1).getColumn());
		assertTrue(issues.get(1).getMessage().startsWith("Caractère invisible d'échappement (U+001B)"), issues.get(1).getMessage());
	}

	/** The edges of the characters the rule passes over at once (printable ASCII, U+00A0–U+02FF) are still looked at. */
	@Test
	void theInvisibleCharactersNextToThePrintableOnesAreWarnedToo() {
		String text = SMALL.replace("prise en compte.", "prise\u007F en\u009F compte\u2028.").replace("Traiter", "Trai\u0301ter");
		List<String> found = loader.issues(text, IssueCodes.CONTROL_CHARACTER).stream().map(i -> i.getMessage().substring(0, i.getMessage().indexOf(')') + 1)).toList();
		assertEquals(List.of("Caractère invisible de suppression (U+007F)", "Caractère invisible de contrôle (U+009F)",
				"Caractère invisible séparateur de ligne (U+2028)"), found);
		assertEquals(1, loader.issues(text, IssueCodes.DECOMPOSED_ACCENT).size(), "i followed by U+0301");
	}
}
