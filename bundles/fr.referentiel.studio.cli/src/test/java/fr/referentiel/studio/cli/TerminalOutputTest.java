/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * What the command prints is read by a person at a terminal or by a CI log parser: the
 * referential's text cannot act on the terminal, and a file name cannot forge a report line.
 */
class TerminalOutputTest {

	/** Clears the screen, sets the window title, then prints a fake success line. */
	private static final String HOSTILE = "Critère\u001B[2J\u001B]0;pwned\u0007\u001B[1G✔ 0 erreur\u202E.";

	@TempDir
	Path tmp;

	private Path write(String name, String text) throws IOException {
		return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
	}

	/** The criterion twice: the duplicate-entry message quotes it. */
	private static String quoting(String criterion) {
		return """
				référentiel R "R" {
				    compétence CP1 "Compétence" {
				        critères de performance
				            - %s
				            - %s
				    }
				}
				""".formatted(criterion, criterion);
	}

	private static boolean hasRawControl(String text) {
		return text.chars().anyMatch(c -> c != '\n' && c != '\t' && (c < 0x20 || c == 0x7F || c == 0x202E));
	}

	@Test
	void theTextReportShowsControlCharactersOfTheReferentialEscaped() throws IOException {
		CliRun run = CliRun.run("validate", write("r.referentiel", quoting(HOSTILE)).toString());
		assertFalse(hasRawControl(run.out()) || hasRawControl(run.err()), run::toString);
		assertTrue(run.out().contains("Critère\\u001B[2J\\u001B]0;pwned\\u0007\\u001B[1G✔ 0 erreur\\u202E."), run::toString);
		assertTrue(run.out().lines().allMatch(l -> l.startsWith(tmp.toString())), "each line is one problem: " + run.out());
	}

	@Test
	void theJsonReportKeepsTheTextAsJsonEscapes() throws IOException {
		CliRun run = CliRun.run("validate", "--format", "json", write("r.referentiel", quoting(HOSTILE)).toString());
		assertFalse(hasRawControl(run.out()), run::toString);
		String messages = JsonParser.parseString(run.out()).getAsJsonObject().get("problems").toString();
		assertTrue(JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("problems").asList().stream()
				.anyMatch(p -> p.getAsJsonObject().get("message").getAsString().contains(HOSTILE)), messages);
	}

	@Test
	void aFileNameWithALineBreakIsQuotedAndCannotForgeALine() throws IOException {
		Path file;
		try {
			file = write("a\nfaux.referentiel:1:1: info: tout va bien.referentiel", "référentiel R \"R\" {\n");
		} catch (InvalidPathException | IOException e) {
			assumeTrue(false, "this file system refuses line breaks in names");
			return;
		}
		CliRun run = CliRun.run("validate", file.toString());
		assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.stream().allMatch(l -> l.startsWith("\"" + tmp + "/a\\u000A")), run::toString);
	}

	@Test
	void fileNamesWithSpacesArePrintedAsTheUserWroteThem() throws IOException {
		Path one = write("référentiel été 2023.referentiel", "référentiel R \"Un\" {\n}\n");
		Path two = write("autre version.referentiel", "référentiel R \"Deux\" {\n}\n");
		CliRun run = CliRun.run("validate", one.toString(), two.toString());
		assertTrue(run.out().contains("aussi déclaré dans le fichier « référentiel été 2023.referentiel »"), run::toString);
		assertTrue(run.out().contains(one + ":1:"), run::toString);
		assertFalse(run.out().contains("%20"), run::toString);
	}
}
