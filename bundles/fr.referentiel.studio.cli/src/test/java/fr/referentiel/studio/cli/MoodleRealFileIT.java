/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * « referentiel export --format moodle » held to the conventions of a real Moodle export: the
 * OECD framework that Moodle's own tests import ({@code admin/tool/lpimportcsv/tests/fixtures/example.csv}).
 * That file is GPL: it stays out of the project, is read from ../shared/realdata, and the test is
 * skipped where that folder is absent. Moodle itself cannot be run here.
 */
class MoodleRealFileIT {

	@TempDir
	Path out;

	private static List<CSVRecord> read(String text, List<String> header) throws Exception {
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
			header.addAll(parser.getHeaderNames());
			return parser.getRecords();
		}
	}

	@Test
	void theExportHasTheColumnsAndConventionsOfMoodlesOwnFile() throws Exception {
		Path real = CaseSchemaIT.realData().resolve("moodle-competency-framework-oecd.csv");
		Assumptions.assumeTrue(Files.isRegularFile(real), "no real Moodle file at " + real.toAbsolutePath());
		byte[] realBytes = Files.readAllBytes(real);
		List<String> realHeader = new java.util.ArrayList<>();
		List<CSVRecord> moodle = read(new String(realBytes, StandardCharsets.UTF_8), realHeader);

		CliRun run = CliRun.run("export", CliRun.example("tai-2023.referentiel").toString(), CliRun.example("bts-sio.referentiel").toString(),
				"--format", "moodle", "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		for (String name : List.of("tai-2023.moodle.csv", "bts-sio.moodle.csv")) {
			byte[] ours = Files.readAllBytes(out.resolve(name));
			// UTF-8 without byte-order mark, as Moodle writes; records end with a bare LF.
			assertFalse(ours[0] == (byte) 0xEF, name);
			String text = new String(ours, StandardCharsets.UTF_8);
			assertFalse(text.contains("\r"), name);
			List<String> header = new java.util.ArrayList<>();
			List<CSVRecord> records = read(text, header);
			assertEquals(realHeader, header, name);
			// One framework row, first, as in Moodle's file; then the competencies.
			assertEquals("1", moodle.get(0).get("Is framework"));
			assertEquals("1", records.get(0).get("Is framework"));
			assertEquals(1, records.stream().filter(r -> !r.get("Is framework").isEmpty()).count());
			assertEquals(1, moodle.stream().filter(r -> !r.get("Is framework").isEmpty()).count());
			// The framework row carries the scale (values and configuration of the same form) and one taxonomy a level.
			assertTrue(moodle.get(0).get("Scale configuration").matches("\\[\\{\"scaleid\":\"\\d+\"\\},\\{\"id\":\\d+,\"scaledefault\":1,\"proficient\":1\\}\\]"));
			assertTrue(records.get(0).get("Scale configuration").matches("\\[\\{\"scaleid\":\"\\d+\"\\},\\{\"id\":\\d+,\"scaledefault\":1,\"proficient\":1\\}\\]"));
			for (CSVRecord r : records.subList(1, records.size())) {
				// Each competency row as Moodle's: HTML description (format 1), rule outcome 0, rule config « null », no scale of its own.
				CSVRecord m = moodle.get(1);
				for (String column : List.of("Description format", "Scale values", "Scale configuration", "Rule type (optional)",
						"Rule outcome (optional)", "Rule config (optional)", "Is framework", "Taxonomy")) {
					assertEquals(m.get(column), r.get(column), name + " " + r.get("Id number") + " " + column);
				}
				assertTrue(r.get("Description").startsWith("<p>") && m.get("Description").startsWith("<p>"));
			}
			// Parents named before their children, as Moodle's file does.
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (List<CSVRecord> file : List.of(moodle.subList(1, moodle.size()), records.subList(1, records.size()))) {
				seen.clear();
				for (CSVRecord r : file) {
					assertTrue(r.get("Parent id number").isEmpty() || seen.contains(r.get("Parent id number")), r.toString());
					seen.add(r.get("Id number"));
				}
			}
		}
	}
}
