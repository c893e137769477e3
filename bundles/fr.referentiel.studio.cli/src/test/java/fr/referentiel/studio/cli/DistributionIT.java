/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built distribution's bin/referentiel, run as a separate process as users run it. */
class DistributionIT {

	@TempDir
	Path tmp;

	private record Result(int exitCode, String out, String err) {
	}

	private static Result referentiel(Path workDir, String... args) throws IOException, InterruptedException {
		Path script = Path.of(System.getProperty("referentiel.distribution", "target/referentiel"), "bin", "referentiel");
		List<String> command = new ArrayList<>(List.of(script.toAbsolutePath().toString()));
		command.addAll(List.of(args));
		Path out = workDir.resolve(".stdout");
		Path err = workDir.resolve(".stderr");
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
				.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command ends");
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	@Test
	void exportsTheTaiExampleLikeTheReadmeSays() throws Exception {
		Path tai = Files.copy(CliRun.example("tai-2023.referentiel"), tmp.resolve("tai-2023.referentiel"));
		Result result = referentiel(tmp, "export", tai.getFileName().toString(), "--format", "html,csv,markdown",
				"--out", "out");
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals(List.of("tai-2023.csv", "tai-2023.html", "tai-2023.md"), CliRun.list(tmp.resolve("out")));
		assertFalse(result.err().contains("WARNING"), "no JVM warning reaches the user: " + result.err());
	}

	@Test
	void badInputGivesOneClearLineAndNoStackTrace() throws Exception {
		Result result = referentiel(tmp, "validate", "introuvable.referentiel");
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("Fichier introuvable : « introuvable.referentiel ». Vérifiez le chemin.", result.err().strip());
	}
}
