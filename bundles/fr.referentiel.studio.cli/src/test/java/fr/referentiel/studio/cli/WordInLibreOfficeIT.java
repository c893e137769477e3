/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word documents opened by another word processor than the library that wrote them:
 * LibreOffice (installed by .ci/run; the test is skipped without it) converts each layout to text
 * and to PDF without error, and the text holds what the referential says.
 */
class WordInLibreOfficeIT {

	@TempDir
	Path tmp;

	@Test
	void libreOfficeReadsEveryLayoutOfTheWordExport() throws Exception {
		Assumptions.assumeTrue(installed(), "LibreOffice (soffice) is not installed");
		List<String[]> exports = List.of(new String[] { "tai-2023.referentiel", "document", "tai-2023.docx" },
				new String[] { "tai-2023.referentiel", "rncp", "tai-2023.rncp.docx" },
				new String[] { "bts-sio.referentiel", "blocs", "bts-sio.blocs.docx" });
		Path out = tmp.resolve("out");
		for (String[] export : exports) {
			CliRun run = CliRun.run("export", CliRun.example(export[0]).toString(), "--format", "docx", "--layout", export[1],
					"--out", out.toString());
			assertEquals(0, run.exitCode(), run.err());
		}
		for (String format : List.of("txt:Text (encoded):UTF8", "pdf")) {
			List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
					"--headless", "--norestore", "--convert-to", format, "--outdir", tmp.resolve("converted").toString()));
			exports.forEach(e -> command.add(out.resolve(e[2]).toString()));
			Process soffice = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile())
					.start();
			assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "LibreOffice ends");
			assertEquals(0, soffice.exitValue(), Files.readString(tmp.resolve("soffice.log")));
		}
		String tai = text("tai-2023.txt");
		assertTrue(tai.contains("Compétence professionnelle n° 1 : Traiter un incident dans un centre de services"), tai);
		assertTrue(text("tai-2023.rncp.txt").contains("Référentiel de compétences"));
		assertTrue(text("bts-sio.blocs.txt").contains("Indicateurs de performance"));
		for (String[] export : exports) {
			Path pdf = tmp.resolve("converted").resolve(export[2].replace(".docx", ".pdf"));
			assertTrue(Files.size(pdf) > 10_000, pdf + " written by LibreOffice");
		}
		// The footer's fields computed by LibreOffice as it lays the pages out.
		String laidOut = SafeExports.pdf(Files.readAllBytes(tmp.resolve("converted/tai-2023.pdf")));
		assertTrue(laidOut.contains("TP-00476 – millésime 08") && laidOut.matches("(?s).*Page 2 sur \\d+.*"), laidOut);
	}

	private String text(String name) throws IOException {
		return Files.readString(tmp.resolve("converted").resolve(name), StandardCharsets.UTF_8);
	}

	private static boolean installed() {
		try {
			Process version = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
			version.getInputStream().readAllBytes();
			return version.waitFor(60, TimeUnit.SECONDS) && version.exitValue() == 0;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}
}
