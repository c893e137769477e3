/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The validate and formats commands, and the help. */
class ValidateAndFormatsCommandTest {

	@TempDir
	Path tmp;

	@Test
	void shippedExamplesHaveNoError() {
		CliRun run = CliRun.run("validate", CliRun.examples().toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.err().startsWith("3 fichiers vérifiés : 0 erreur"), run.err());
	}

	@Test
	void syntaxErrorIsPrintedWithFileLineAndColumn() throws IOException {
		Path input = Files.writeString(tmp.resolve("erreur.referentiel"), """
				référentiel R "R" {
				    compétence CP1 Traiter un incident {
				    }
				}
				""");
		CliRun run = CliRun.run("validate", input.toString());
		assertEquals(ExitCode.INVALID, run.exitCode(), run.toString());
		String first = run.out().lines().filter(l -> l.contains(": error: ")).findFirst().orElseThrow();
		assertTrue(first.startsWith(input + ":2:20: error: Erreur de syntaxe"), first);
		assertTrue(first.endsWith("[org.eclipse.xtext.diagnostics.Diagnostic.Syntax]"), first);
	}

	@Test
	void anUnknownReferenceIsOneFrenchErrorAtItsPlace() throws IOException {
		Path input = Files.writeString(tmp.resolve("inconnue.referentiel"), """
				référentiel R "R" {
				    activité type AT1 "Assister ou dépanner les utilisateurs" {
				        compétences CP1, CP2
				    }
				    compétence CP1 "Traiter un incident" {
				        critères de performance
				            - La demande est prise en compte.
				    }
				}
				""");
		CliRun run = CliRun.run("validate", input.toString());
		assertEquals(ExitCode.INVALID, run.exitCode(), run.toString());
		List<String> errors = run.out().lines().filter(l -> l.contains(": error: ")).toList();
		assertEquals(1, errors.size(), run.out());
		assertTrue(errors.get(0).startsWith(input + ":3:26: error: Référence inconnue : aucune compétence professionnelle"),
				errors.get(0));
	}

	@Test
	void crossFileReferencesResolveWithinTheGivenFolder() throws IOException {
		Files.writeString(tmp.resolve("tai-2018.referentiel"), """
				référentiel TAI_2018 "Technicien d'assistance en informatique" {
				    compétence CP1 "Mettre en service un équipement numérique" {
				    }
				}
				""");
		Files.writeString(tmp.resolve("tai-2023.referentiel"), """
				référentiel TAI_2023 "Technicien d'assistance en informatique" {
				    remplace TAI_2018
				}
				""");
		CliRun run = CliRun.run("validate", tmp.toString(), "--format", "json");
		assertTrue(run.out().strip().startsWith("{") || run.out().strip().startsWith("["), run.out());
		assertTrue(!run.out().contains("TAI_2018 »"), "the reference to TAI_2018 is resolved: " + run.out());
	}

	@Test
	void sarifReportForCodeReviewTools() throws IOException {
		Path input = Files.writeString(tmp.resolve("erreur.referentiel"), "référentiel R \"R\" {\n    remplace INCONNU\n}\n");
		CliRun run = CliRun.run("validate", input.toString(), "--format", "sarif");
		assertEquals(ExitCode.INVALID, run.exitCode(), run.toString());
		assertTrue(run.out().contains("\"version\"") && run.out().contains("2.1.0"), run.out());
		assertTrue(run.out().contains("\"startLine\""), run.out());
	}

	@Test
	void formatsListsTheThreeExportersWithTheirLayouts() {
		CliRun run = CliRun.run("formats");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.out().contains("csv — "), run.out());
		assertTrue(run.out().contains("html — "), run.out());
		assertTrue(run.out().contains("markdown — "), run.out());
		assertTrue(run.out().contains("    rncp — "), run.out());
		assertTrue(run.out().contains("    full — "), run.out());
	}

	@Test
	void everyCommandHasAFrenchHelpWithExamples() {
		for (String command : new String[] { "validate", "export", "formats" }) {
			CliRun run = CliRun.run(command, "--help");
			assertEquals(ExitCode.OK, run.exitCode(), run.toString());
			assertTrue(run.out().startsWith("Utilisation : referentiel " + command), run.out());
			assertTrue(run.out().contains("Exemple"), run.out());
		}
		CliRun top = CliRun.run();
		assertTrue(top.out().contains("Commandes :"), top.out());
	}

	@Test
	void theHelpNeverCutsAWordAfterADotOrASlashNorAnExample() {
		// Picocli's wrapping printed « … écrits en . » then « referentiel. »: the JDK's line
		// BreakIterator allows a break after a dot or a slash. Descriptions are wrapped at spaces only.
		String top = CliRun.run("--help").out();
		assertTrue(top.lines().anyMatch(l -> l.contains("écrits en .referentiel.") || l.startsWith(".referentiel.")), top);
		// The examples are commands to copy: never wrapped.
		assertTrue(top.contains("\n  referentiel export examples/tai-2023.referentiel --format html,csv,markdown --out out\n"), top);
		CommandLine root = Main.commandLine(false);
		List<CommandLine> commands = new java.util.ArrayList<>(List.of(root));
		commands.addAll(root.getSubcommands().values());
		for (CommandLine command : commands) {
			CommandSpec spec = command.getCommandSpec();
			String help = spec == root.getCommandSpec() ? top : CliRun.run(spec.name(), "--help").out();
			List<String> texts = new java.util.ArrayList<>(List.of(spec.usageMessage().description()));
			texts.addAll(List.of(spec.usageMessage().footer()));
			spec.options().forEach(option -> texts.addAll(List.of(option.description())));
			spec.positionalParameters().forEach(parameter -> texts.addAll(List.of(parameter.description())));
			// Every word with a dot or a slash inside (.referentiel, <dossier>/<nom, fichier:ligne…)
			// is printed whole.
			for (String text : texts) {
				for (String word : String.format(text).split("[ \u00a0]+")) {
					if (word.matches(".*[./].*\\S") && !word.startsWith("${")) {
						assertTrue(help.contains(word), "referentiel " + spec.name() + " --help cuts « " + word + " »:\n" + help);
					}
				}
			}
		}
	}

	@Test
	void unknownOptionIsAUsageErrorInFrench() {
		CliRun run = CliRun.run("validate", "--couleur", "x.referentiel");
		assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
		assertTrue(run.err().startsWith("Erreur d'utilisation : option inconnue"), run.err());
	}
}
