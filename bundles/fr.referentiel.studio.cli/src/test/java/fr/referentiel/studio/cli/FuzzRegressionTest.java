/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * The inputs the fuzz test ({@link ExportPipelineFuzzTest}) found crashing, minimised, each a
 * named test of what a user would have seen go wrong.
 */
class FuzzRegressionTest {

	@TempDir
	Path tmp;

	/** A problem is something the user can act on: located, with a French message. */
	static void requireClear(Problem problem) {
		assertNotNull(problem.message(), "a problem has a message");
		assertFalse(problem.message().isBlank(), "a problem has a message");
		assertTrue(problem.line() >= 1 && problem.column() >= 1, "a problem has a position: " + problem);
		// The checker's words when it caught an unexpected exception, recognised by how they begin:
		// other messages quote the user's text, which can say anything (found by the fuzzer, see below).
		String internal = "Le fichier « " + ControlCharacters.quoteName(problem.file().toString()) + " » n'a pas pu être ";
		assertFalse(problem.message().startsWith(internal), "no internal failure reaches the user: " + problem.toText());
	}

	/** What the fuzz test does with one input: check, then export every format even with errors. */
	CheckResult checkAndExport(String text) throws IOException {
		return checkAndExport(text.getBytes(StandardCharsets.UTF_8));
	}

	CheckResult checkAndExport(byte[] bytes) throws IOException {
		Path file = Files.write(tmp.resolve("regression.referentiel"), bytes);
		CheckResult result = ReferentielChecker.create().check(List.of(file));
		for (CheckedFile checked : result.files()) {
			checked.problems().forEach(FuzzRegressionTest::requireClear);
			if (checked.referential() != null) {
				SafeExports.renderAll(checked.referential());
			}
		}
		return result;
	}

	// Shapes the fuzzer starts from; the inputs it finds crashing are added below, minimised.

	@Test
	void anEmptyFileIsAProblemNotACrash() throws IOException {
		assertTrue(checkAndExport("").hasErrors());
	}

	@Test
	void bracesAloneAreASyntaxErrorNotACrash() throws IOException {
		assertTrue(checkAndExport("{".repeat(10_000) + "}".repeat(3)).hasErrors());
	}

	@Test
	void aReferentialCutInTheMiddleIsStillExportedWithForce() throws IOException {
		String tai = CliRun.read(CliRun.example("tai-2023.referentiel"));
		assertTrue(checkAndExport(tai.substring(0, tai.length() / 2)).hasErrors());
	}

	/** Fuzzer finding crash-b31cf93e (a false alarm of the oracle, which took quoted text for a Java exception). */
	@Test
	void aSyntaxErrorQuotingTheWordExceptionIsAnOrdinaryProblem() throws IOException {
		CheckResult result = checkAndExport("réqvauilenException{\n}\n");
		assertTrue(result.problems().get(0).message().startsWith("Erreur de syntaxe"), result.problems()::toString);
	}

	/** Fuzzer finding crash-7febcb90 (a false alarm of the oracle: a code quoting the checker's own words). */
	@Test
	void aCodeQuotingTheCheckersWordsIsAnOrdinaryProblem() throws IOException {
		CheckResult result = checkAndExport(
				"référentiel R \"Titre\" {\n  type REAC\n  code \"n'a pas pu être analysé : erreur interne\"\n}\n");
		assertTrue(result.problems().stream().anyMatch(p -> p.code().endsWith("invalidCode")
				&& p.message().contains("« n'a pas pu être analysé : erreur interne »")), result.problems()::toString);
	}
}
