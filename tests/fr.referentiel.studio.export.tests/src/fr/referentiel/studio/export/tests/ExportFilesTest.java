/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
	void temporaryFilesLeftByAKilledRunAreRemovedByTheNextExport() throws IOException {
		Path stale = Files.writeString(dir.resolve(".tai.html.k3j9x2.tmp"), "half-writ");
		Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(0));
		Path otherFile = Files.writeString(dir.resolve(".tai.csv.k3j9x2.tmp"), "not ours");
		Files.setLastModifiedTime(otherFile, java.nio.file.attribute.FileTime.fromMillis(0));
		Path recent = Files.writeString(dir.resolve(".tai.html.recent1.tmp"), "a concurrent export");
		ExportFiles.write(dir, "tai.html", bytes("new"));
		assertEquals(List.of(".tai.csv.k3j9x2.tmp", ".tai.html.recent1.tmp", "tai.html"), names(dir));
		assertEquals("a concurrent export", Files.readString(recent));
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
