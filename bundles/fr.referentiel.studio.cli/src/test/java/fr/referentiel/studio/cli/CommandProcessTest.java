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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a real process, for what only a process shows: a pipe or a device given as a
 * referential, a machine out of memory, a disk that fills up during an export.
 */
class CommandProcessTest {

	@TempDir
	Path tmp;

	private Path mounted;

	private record Result(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
		}
	}

	/** {@code java [jvmOptions] Main args…} with this test's class path; a guard of two minutes against a hang. */
	private Result referentiel(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
		return referentielWithClassPath(jvmOptions, System.getProperty("java.class.path"), args);
	}

	private Result referentielWithClassPath(List<String> jvmOptions, String classPath, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", classPath, Main.class.getName()));
		command.addAll(List.of(args));
		Path out = tmp.resolve(".stdout");
		Path err = tmp.resolve(".stderr");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the command hangs: " + String.join(" ", args));
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	private static void assertNoTrace(Result result) {
		assertFalse(result.err().contains("\tat ") || result.err().contains("Exception in thread"), result::toString);
	}

	@Test
	void aPipeNamedLikeAReferentialIsRefusedAtOnce() throws Exception {
		Path fifo = tmp.resolve("x.referentiel");
		assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed");
		Result result = referentiel(List.of(), "validate", fifo.toString());
		assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
		assertTrue(result.out().contains("x.referentiel » n'est pas un fichier ordinaire"), result::toString);
	}

	@Test
	void aDeviceNamedLikeAReferentialIsRefusedWithoutReadingIt() throws Exception {
		assumeTrue(Files.exists(Path.of("/dev/zero")));
		Path zero = Files.createSymbolicLink(tmp.resolve("zero.referentiel"), Path.of("/dev/zero"));
		Result result = referentiel(List.of(), "export", zero.toString(), "--out", tmp.resolve("out").toString());
		assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
		assertTrue(result.err().contains("n'est pas un fichier ordinaire"), result::toString);
		assertFalse(Files.exists(tmp.resolve("out")));
	}

	@Test
	void compareRefusesAPipeOrADeviceWithoutReadingIt() throws Exception {
		// Found by the hostile-input audit: compare read the file for its declared name first, and hung on a pipe.
		Path fifo = tmp.resolve("p.referentiel");
		assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed");
		Path zero = Files.createSymbolicLink(tmp.resolve("zero.referentiel"), Path.of("/dev/zero"));
		String tai = CliRun.example("tai-2023.referentiel").toString();
		for (Path special : List.of(fifo, zero)) {
			Result result = referentiel(List.of(), "compare", special.toString(), tai);
			assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
			assertTrue((result.out() + result.err()).contains("n'est pas un fichier ordinaire"), result::toString);
			assertNoTrace(result);
		}
	}

	@Test
	void runningOutOfMemoryIsAFrenchMessageAndTheInternalErrorCode() throws Exception {
		// Under the size limit, but far more than a 32 MB heap can parse.
		Path big = Files.writeString(tmp.resolve("grand.referentiel"), CliRun.manyCompetences("Grand", 50_000));
		assumeTrue(Files.size(big) < 10 << 20, "stays under the size limit");
		Result result = referentiel(List.of("-Xmx32m", "-XX:+UseSerialGC"), "export", big.toString(), "--out",
				tmp.resolve("out").toString());
		assertEquals(ExitCode.INTERNAL, result.exitCode(), result::toString);
		assertTrue(result.err().contains("Mémoire insuffisante") && result.err().contains("Rien n'a été écrit"), result::toString);
		assertNoTrace(result);
		assertFalse(Files.exists(tmp.resolve("out")) && !CliRun.list(tmp.resolve("out")).isEmpty());
	}

	@Test
	void aStackOverflowAnywhereInACommandIsTheInternalErrorMessageAndExitCodeThree() throws Exception {
		// The OverflowingExporter found on the class path, as a plug-in would be.
		String classPath = System.getProperty("java.class.path") + java.io.File.pathSeparator
				+ Path.of(CommandProcessTest.class.getClassLoader().getResource("overflowing-exporter/").toURI());
		// In the command's own thread: « formats » asks each format its name.
		Result listed = referentielWithClassPath(List.of(), classPath, "formats");
		// In a thread of the export's pool: the rendering.
		Path out = tmp.resolve("out");
		Result exported = referentielWithClassPath(List.of(), classPath, "export", CliRun.example("asr-rncp.referentiel").toString(),
				"--format", "csv,pile", "--out", out.toString());
		for (Result result : List.of(listed, exported)) {
			assertEquals(ExitCode.INTERNAL, result.exitCode(), result::toString);
			assertTrue(result.err().contains("Erreur interne : pile d'appels épuisée. Relancez avec --debug pour les détails"),
					result::toString);
			assertNoTrace(result);
			assertFalse(result.err().contains("StackOverflowError"), result::toString);
		}
		assertEquals(List.of(), CliRun.list(out), "the CSV rendered before is not written either");
	}

	@Test
	void aDiskThatFillsUpDuringAnExportReplacesNothing() throws Exception {
		Path tai = CliRun.example("tai-2023.referentiel");
		// The sizes of the three documents, from an export elsewhere.
		Path reference = tmp.resolve("reference");
		assertEquals(ExitCode.OK, referentiel(List.of(), "export", tai.toString(), "--out", reference.toString()).exitCode());
		Map<String, Long> sizes = new LinkedHashMap<>();
		for (String name : CliRun.list(reference)) {
			sizes.put(name, Files.size(reference.resolve(name)));
		}
		long smallest = sizes.values().stream().mapToLong(Long::longValue).min().orElseThrow();
		long largest = sizes.values().stream().mapToLong(Long::longValue).max().orElseThrow();
		Path out = mountSmallDisk(smallest + largest + (256 << 10));
		for (String name : sizes.keySet()) {
			Files.writeString(out.resolve(name), "ancien export");
		}
		// Leave room for one document, not for all three.
		long free = Files.getFileStore(out).getUsableSpace();
		Files.write(out.resolve("remplissage"), new byte[(int) Math.max(0, free - largest - (16 << 10))]);

		Result result = referentiel(List.of(), "export", tai.toString(), "--out", out.toString());
		assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
		assertTrue(result.err().contains("le disque est plein") && result.err().contains("Rien n'a été remplacé"), result::toString);
		assertNoTrace(result);
		List<String> expected = new ArrayList<>(sizes.keySet());
		expected.add("remplissage");
		expected.sort(null);
		assertEquals(expected, CliRun.list(out), "no temporary file is left");
		for (String name : sizes.keySet()) {
			assertEquals("ancien export", Files.readString(out.resolve(name)), name + " is the old export");
		}
	}

	@Test
	void aTargetThatIsAMountPointIsRefusedBeforeAnyFileIsReplaced() throws Exception {
		Path asr = CliRun.example("asr-rncp.referentiel");
		Path out = Files.createDirectories(tmp.resolve("out"));
		for (String name : List.of("asr-rncp.csv", "asr-rncp.html", "asr-rncp.md")) {
			Files.writeString(out.resolve(name), "ancien export");
		}
		Path pinned = Files.writeString(tmp.resolve("épinglé"), "monté");
		Process bind = new ProcessBuilder("mount", "--bind", pinned.toString(), out.resolve("asr-rncp.md").toString())
				.redirectErrorStream(true).start();
		bind.getInputStream().readAllBytes();
		assumeTrue(bind.waitFor() == 0, "bind mounts need root");
		mounted = out.resolve("asr-rncp.md");
		Result result = referentiel(List.of(), "export", asr.toString(), "--out", out.toString());
		assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
		assertTrue(result.err().contains("asr-rncp.md » est un point de montage") && result.err().contains("Rien n'a été remplacé"),
				result::toString);
		assertEquals("ancien export", Files.readString(out.resolve("asr-rncp.csv")), "the CSV was not replaced either");
		assertEquals("ancien export", Files.readString(out.resolve("asr-rncp.html")));
	}

	/** A real small tmpfs (as root, which CI is); skipped where mounting is not allowed. */
	private Path mountSmallDisk(long bytes) throws Exception {
		Path point = Files.createDirectories(tmp.resolve("petit-disque"));
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", point.toString())
				.redirectErrorStream(true).start();
		mount.getInputStream().readAllBytes();
		assumeTrue(mount.waitFor() == 0, "mounting a tmpfs needs root (ExportFilesTest simulates a full disk otherwise)");
		mounted = point;
		return point;
	}

	@AfterEach
	void unmount() throws Exception {
		if (mounted != null) {
			new ProcessBuilder("umount", mounted.toString()).start().waitFor();
		}
	}
}
