/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.ExportFiles;
import fr.referentiel.studio.export.ExportOption;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.Layout;
import fr.referentiel.studio.model.Referential;

/** Exported files are written whole or not at all, and only inside the target folder. */
class ExportFilesTest {

	@TempDir
	Path dir;

	@Test
	void writesTheFileAndNothingElse() throws IOException {
		Path written = ExportFiles.write(dir, "tai.html", bytes("<p>é</p>"));
		assertEquals(dir.resolve("tai.html").toAbsolutePath().normalize(), written);
		assertArrayEquals(bytes("<p>é</p>"), Files.readAllBytes(written));
		assertEquals(List.of("tai.html"), names(dir));
	}

	@Test
	void createsTheTargetFolder() throws IOException {
		Path out = dir.resolve("exports/2026");
		ExportFiles.write(out, "tai.csv", bytes("a;b"));
		assertTrue(Files.isRegularFile(out.resolve("tai.csv")));
	}

	@Test
	void replacesAnExistingFileWhole() throws IOException {
		ExportFiles.write(dir, "tai.md", bytes("a much longer previous content\n".repeat(100)));
		ExportFiles.write(dir, "tai.md", bytes("short"));
		assertArrayEquals(bytes("short"), Files.readAllBytes(dir.resolve("tai.md")));
		assertEquals(List.of("tai.md"), names(dir));
	}

	@ParameterizedTest
	@ValueSource(strings = { "../evil.html", "..", ".", "sub/file.html", "sub\\file.html", "/etc/passwd", "",
			"  ", "x\0y" })
	void refusesNamesThatLeaveTheFolder(String name) throws IOException {
		IOException e = assertThrows(IOException.class, () -> ExportFiles.write(dir, name, bytes("x")));
		assertTrue(e.getMessage().startsWith("Nom de fichier refusé"), e.getMessage());
		assertEquals(List.of(), names(dir));
		assertTrue(Files.notExists(dir.getParent().resolve("evil.html")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a..b.html", "..html", "mon référentiel v1.2.html", ".cache.html" })
	void namesWithDotsOrSpacesStayInTheFolder(String name) throws IOException {
		Path written = ExportFiles.write(dir, name, bytes("x"));
		assertEquals(dir.toAbsolutePath().normalize(), written.getParent());
		assertEquals(List.of(name), names(dir));
	}

	@Test
	void temporaryFilesOfAKilledRunAreRemovedAndThoseOfARunningExportKept() throws Exception {
		Process finished = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version").redirectErrorStream(true).start();
		finished.getInputStream().readAllBytes();
		finished.waitFor();
		Path stale = Files.writeString(dir.resolve(".referentiel-" + finished.pid() + "-k3j9x2.tmp"), "half-writ");
		long running = ProcessHandle.current().parent().orElseThrow().pid();
		Path concurrent = Files.writeString(dir.resolve(".referentiel-" + running + "-recent1.tmp"), "a concurrent export");
		Path notOurs = Files.writeString(dir.resolve(".tai.html.k3j9x2.tmp"), "another tool's");
		ExportFiles.write(dir, "tai.html", bytes("new"));
		assertFalse(Files.exists(stale), "the killed run's file is removed");
		assertEquals("a concurrent export", Files.readString(concurrent));
		assertEquals("another tool's", Files.readString(notOurs));
		assertEquals("new", Files.readString(dir.resolve("tai.html")));
	}

	@Test
	void aFullDiskAfterTheFirstFileReplacesNothing() throws IOException {
		Files.writeString(dir.resolve("tai.csv"), "old csv");
		Files.writeString(dir.resolve("tai.html"), "old html");
		int[] writes = { 0 };
		ExportFiles.Storage fillsUp = (file, content) -> {
			if (writes[0]++ > 0) {
				throw new IOException("No space left on device");
			}
			ExportFiles.DISK.write(file, content);
		};
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		files.put("tai.csv", bytes("new csv"));
		files.put("tai.html", bytes("new html"));
		files.put("tai.md", bytes("new md"));
		assertThrows(IOException.class, () -> ExportFiles.writeAll(dir, files, fillsUp, notice -> {
		}));
		assertEquals(List.of("tai.csv", "tai.html"), names(dir), "no temporary file left, no new file");
		assertEquals("old csv", Files.readString(dir.resolve("tai.csv")));
		assertEquals("old html", Files.readString(dir.resolve("tai.html")));
	}

	@Test
	void aNameTooLongForTheFileSystemIsRefusedBeforeAnythingIsWritten() throws IOException {
		Files.writeString(dir.resolve("a.csv"), "old");
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		files.put("a.csv", bytes("new"));
		files.put("é".repeat(128) + ".html", bytes("x")); // 256 bytes in UTF-8, 133 characters
		IOException e = assertThrows(IOException.class, () -> ExportFiles.writeAll(dir, files, ExportFiles.DISK, n -> {
		}));
		assertTrue(e.getMessage().startsWith("Nom de fichier trop long"), e.getMessage());
		assertEquals("old", Files.readString(dir.resolve("a.csv")));
	}

	@Test
	void aNameOfTheLongestLengthIsWrittenThroughAShortTemporaryName() throws IOException {
		String name = "r".repeat(ExportFiles.MAX_NAME_BYTES - ".html".length()) + ".html";
		ExportFiles.write(dir, name, bytes("x"));
		assertEquals(List.of(name), names(dir));
	}

	@Test
	void aFolderWhereAFileShouldGoIsRefusedBeforeAnythingIsWritten() throws IOException {
		Files.writeString(dir.resolve("tai.csv"), "old");
		Files.createDirectory(dir.resolve("tai.html"));
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		files.put("tai.csv", bytes("new"));
		files.put("tai.html", bytes("new"));
		IOException e = assertThrows(IOException.class, () -> ExportFiles.writeAll(dir, files, ExportFiles.DISK, n -> {
		}));
		assertTrue(e.getMessage().contains("est un dossier"), e.getMessage());
		assertEquals("old", Files.readString(dir.resolve("tai.csv")));
	}

	@Test
	void theLockFilesAreWritableByEveryUserSoThatTwoUsersTakeTurnsToo() throws Exception {
		// Found by the hostile-input audit: a second user could not open the first one's lock file, and wrote without it.
		ExportFiles.writeAll(dir, Map.of("a.html", bytes("a")), ExportFiles.DISK, n -> {
		});
		Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
		org.junit.jupiter.api.Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
		List<Path> mine;
		try (Stream<Path> files = Files.list(tmp)) {
			mine = files.filter(f -> f.getFileName().toString().matches("referentiel-export-[0-9a-f]\\.lock")).filter(f -> {
				try {
					return Files.getOwner(f).getName().equals(System.getProperty("user.name"));
				} catch (IOException e) {
					return false;
				}
			}).toList();
		}
		assertFalse(mine.isEmpty(), "the export took its lock file");
		assertTrue(mine.stream().anyMatch(lock -> {
			try {
				return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(lock)).equals("rw-rw-rw-");
			} catch (IOException e) {
				return false;
			}
		}), "rw-rw-rw-: " + mine);
	}

	@Test
	void twoExportsIntoOneFolderTakeTurnsAndTheSecondIsToldSo() throws Exception {
		java.util.concurrent.CountDownLatch firstIsWriting = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		ExportFiles.Storage slow = (file, content) -> {
			firstIsWriting.countDown();
			try {
				release.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			ExportFiles.DISK.write(file, content);
		};
		Thread first = new Thread(() -> {
			try {
				ExportFiles.writeAll(dir, Map.of("a.html", bytes("first")), slow, n -> {
				});
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		first.start();
		firstIsWriting.await();
		List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
		Thread second = new Thread(() -> {
			try {
				ExportFiles.writeAll(dir, Map.of("a.html", bytes("second")), ExportFiles.DISK, notices::add);
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		second.start();
		while (notices.isEmpty() && second.isAlive()) {
			Thread.sleep(10);
		}
		release.countDown();
		first.join();
		second.join();
		assertEquals(1, notices.size(), notices::toString);
		assertTrue(notices.get(0).startsWith("Un autre export écrit dans"), notices::toString);
		assertEquals("second", Files.readString(dir.resolve("a.html")), "the second ran after the first");
		assertEquals(List.of("a.html"), names(dir));
	}

	@Test
	void aFailedMoveLeavesNoTemporaryFileAndTheTargetUntouched() throws IOException {
		// A non-empty folder where the file should go: the final move fails.
		Path blocking = Files.createDirectory(dir.resolve("tai.html"));
		Files.writeString(blocking.resolve("keep.txt"), "keep");
		assertThrows(IOException.class, () -> ExportFiles.write(dir, "tai.html", bytes("new")));
		assertEquals(List.of("tai.html"), names(dir));
		assertEquals("keep", Files.readString(blocking.resolve("keep.txt")));
	}

	@Test
	void aRenderThatFailsWritesNothing() throws IOException {
		Path previous = Files.writeString(dir.resolve("tai.html"), "previous export");
		Exporter failing = new FakeExporter() {
			@Override
			public byte[] render(Referential referential, String layoutId, Map<String, String> options)
					throws ExportException {
				throw new ExportException("Échec de rendu");
			}
		};
		assertThrows(ExportException.class, () -> ExportFiles.export(failing, null, null, Map.of(), dir, "tai"));
		assertEquals(List.of("tai.html"), names(dir));
		assertEquals("previous export", Files.readString(previous));
	}

	@Test
	void exportRendersThenWritesUnderTheLayoutFileName() throws Exception {
		Path written = ExportFiles.export(new FakeExporter(), null, "rncp", Map.of(), dir, "asr");
		assertEquals("asr.rncp.html", written.getFileName().toString());
		assertEquals("rendered rncp", Files.readString(written));
	}

	@Test
	void fileNamesCarryTheLayoutUnlessItIsTheDefault() {
		Exporter exporter = new FakeExporter();
		assertEquals("tai-2023.html", ExportFiles.fileName("tai-2023", exporter, null));
		assertEquals("tai-2023.html", ExportFiles.fileName("tai-2023", exporter, "document"));
		assertEquals("tai-2023.rncp.html", ExportFiles.fileName("tai-2023", exporter, "rncp"));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** An exporter whose output says which layout was asked. */
	private static class FakeExporter implements Exporter {

		@Override
		public String formatId() {
			return "fake";
		}

		@Override
		public String displayName() {
			return "Factice";
		}

		@Override
		public String fileExtension() {
			return "html";
		}

		@Override
		public List<Layout> layouts() {
			return List.of(new Layout("document", "défaut"), new Layout("rncp", "tableau"));
		}

		@Override
		public List<ExportOption> options() {
			return List.of();
		}

		@Override
		public byte[] render(Referential referential, String layoutId, Map<String, String> options)
				throws ExportException {
			return bytes("rendered " + layoutId);
		}
	}
}
