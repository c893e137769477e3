/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/**
 * The version, the general help and the list of formats are answered without the model of every
 * command (for a start like a native tool's): they must say exactly what the full command line says.
 */
class QuickAnswersTest {

	@Test
	void theQuickHelpIsTheFullHelp() {
		String full = Main.commandLine(false).getUsageMessage();
		assertEquals(full, Main.commandLine(true).getUsageMessage());
		assertTrue(full.contains("\n  import    Crée un fichier .referentiel à partir du fichier d'un autre\n"), full);
		CliRun help = CliRun.run("--help");
		assertEquals(ExitCode.OK, help.exitCode());
		assertEquals(full, help.out());
		assertEquals(full, CliRun.run().out(), "without a command, the help");
	}

	@Test
	void theQuickAnswersAreThoseOfTheCommands() {
		StringWriter formats = new StringWriter();
		FormatsCommand.print(new PrintWriter(formats));
		CliRun run = CliRun.run("formats");
		assertEquals(formats.toString(), run.out());
		assertTrue(run.out().contains("\nhtml — "), run.out());
		assertTrue(CliRun.run("--version").out().startsWith("Référentiel Studio "));
		assertEquals(CliRun.run("-V").out(), CliRun.run("--version").out());
		// With anything more, picocli reads the command line as before.
		CliRun both = CliRun.run("--version", "--help");
		assertEquals(ExitCode.OK, both.exitCode(), both.toString());
		CliRun unknown = CliRun.run("--versio");
		assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown.toString());
	}
}
