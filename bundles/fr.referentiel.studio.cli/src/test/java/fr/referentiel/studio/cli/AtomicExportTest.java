/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.referentiel.studio.export.ExportFiles;

/** An export writes all its files or none, and only inside the output folder. */
class AtomicExportTest {

	@TempDir
	Path tmp;

	/** The files of a folder and their bytes, to compare before and after. */
	private static Map<String, byte[]> snapshot(Path folder) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : CliRun.list(folder)) {
			files.put(name, Files.readAllBytes(folder.resolve(name)));
		}
		return files;
	}

	private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
		assertEquals(expected.keySet(), actual.keySet());
		expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name + " is untouched"));
	}

	/** Runs the command with the {@link FailingExporter} found by ServiceLoader, as a plug-in would be. */
	private static CliRun runWithFailingFormat(String... args) {
		URL services = AtomicExportTest.class.getClassLoader().getResource("failing-exporter/");
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { services }, previous)) {
			thread.setContextClassLoader(loader);
			return CliRun.run(args);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	@Test
	void aFormatThatCrashesLeavesThePreviousExportUntouched() throws IOException {
		String tai = CliRun.example("tai-2023.referentiel").toString();
		Path out = tmp.resolve("out");
		CliRun first = CliRun.run("export", tai, "--format", "html,csv,markdown", "--out", out.toString());
		assertEquals(ExitCode.OK, first.exitCode(), first::toString);
		Files.writeString(out.resolve("notes.txt"), "à garder");
		Map<String, byte[]> before = snapshot(out);

		CliRun failing = runWithFailingFormat("export", tai, "--format", "html,csv,echec,markdown", "--out", out.toString());
		assertEquals(ExitCode.INTERNAL, failing.exitCode(), failing::toString);
		assertTrue(failing.err().contains("Erreur interne"), failing::toString);
		assertSameFiles(before, snapshot(out));
	}

	@Test
	void withTheFailingFormatLeftOutTheSameExportSucceeds() {
		CliRun run = runWithFailingFormat("export", CliRun.example("asr-rncp.referentiel").toString(), "--format", "csv",
				"--out", tmp.resolve("out").toString());
		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		assertEquals(List.of("asr-rncp.csv"), CliRun.list(tmp.resolve("out")));
	}

	@Test
	void aMoveThatFailsAfterAnotherSaysWhichFilesWereWrittenAndWhichKeptTheirOldContent() throws IOException {
		Path input = Files.copy(CliRun.example("asr-rncp.referentiel"), tmp.resolve("asr-rncp.referentiel"));
		Path out = tmp.resolve("out");
		String[] export = { "export", input.toString(), "--format", "csv,html,markdown", "--out", out.toString() };
		assertEquals(ExitCode.OK, CliRun.run(export).exitCode());
		Map<String, byte[]> before = snapshot(out);
		Files.writeString(input, Files.readString(input).replace("\"Déployer les matériels, les systèmes et le réseau\"",
				"\"Déployer les matériels et les Réseaux\""));

		// Once the three files are written, and before they are moved, a folder takes the name of the
		// second (another program's doing): its move fails after the first one's succeeded.
		Path html = out.resolve("asr-rncp.html");
		AtomicInteger written = new AtomicInteger();
		OutputFiles.storage = (file, content) -> {
			ExportFiles.DISK.write(file, content);
			if (written.incrementAndGet() == 3) {
				Files.delete(html);
				Files.writeString(Files.createDirectory(html).resolve("notes.txt"), "à garder");
			}
		};
		CliRun run;
		try {
			run = CliRun.run(export);
		} finally {
			OutputFiles.storage = ExportFiles.DISK;
		}

		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("Export inachevé : « " + html + " » n'a pas pu être remplacé (un dossier porte maintenant "
				+ "ce nom). Déjà écrit par cette exécution : « asr-rncp.csv ». Non remplacés (ancien contenu gardé, s'il y en "
				+ "avait un) : « asr-rncp.html », « asr-rncp.md ». Relancez l'export une fois le problème réglé."), run::toString);
		assertFalse(run.err().contains("Is a directory") || run.err().contains("\tat "), run::toString);
		// The folder holds what the message says: the new CSV, the old Markdown, and no temporary file.
		assertEquals(List.of("asr-rncp.csv", "asr-rncp.html", "asr-rncp.md"), CliRun.list(out));
		assertTrue(CliRun.read(out.resolve("asr-rncp.csv")).contains("Réseaux"), "the CSV is the new one");
		assertArrayEquals(before.get("asr-rncp.md"), Files.readAllBytes(out.resolve("asr-rncp.md")), "the Markdown is the old one");
		assertEquals(List.of("notes.txt"), CliRun.list(html), "the folder in the way is left as it was");
	}

	@ParameterizedTest
	@ValueSource(strings = { "mon référentiel v1.2", "TAI..2023", "..", "...", ".caché", "a b  c" })
	void inputsNamedWithDotsOrSpacesAreExportedInsideTheOutputFolder(String baseName) throws IOException {
		Path folder = Files.createDirectories(tmp.resolve("entrées"));
		Path input = Files.copy(CliRun.example("asr-rncp.referentiel"), folder.resolve(baseName + ".referentiel"));
		Path out = Files.createDirectories(tmp.resolve("sorties").resolve("out"));
		CliRun run = CliRun.run("export", input.toString(), "--format", "html,csv,markdown", "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		assertEquals(List.of(baseName + ".csv", baseName + ".html", baseName + ".md"), CliRun.list(out));
		assertEquals(List.of("out"), CliRun.list(tmp.resolve("sorties")), "nothing beside the output folder");
		assertEquals(List.of(baseName + ".referentiel"), CliRun.list(folder), "nothing beside the input");
	}
}
