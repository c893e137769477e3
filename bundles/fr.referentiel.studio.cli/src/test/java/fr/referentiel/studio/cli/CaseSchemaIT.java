/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * « referentiel export --format case »: every shipped example, written by the command, is a
 * CFPackage that the 1EdTech CASE 1.1 JSON Schema accepts, checked by a real JSON Schema
 * validator (networknt, draft 2020-12). The schema's licence (MIT for the OpenSALT copy, with
 * 1EdTech's terms on the binding it transcribes) is not clear enough to ship it in the project:
 * it is read from ../shared/realdata, and the test is skipped where that folder is absent.
 */
class CaseSchemaIT {

	private static Schema schema;

	@TempDir
	Path out;

	static Path realData() {
		return Path.of(System.getProperty("referentiel.realData", "../../../shared/realdata"));
	}

	@BeforeAll
	static void schema() throws Exception {
		Path file = realData().resolve("case-v1p1-cfpackage-schema.json");
		Assumptions.assumeTrue(Files.isRegularFile(file), "no CASE 1.1 schema at " + file.toAbsolutePath());
		// The file names itself by a relative $id, which a validator cannot resolve against: it is
		// given the absolute address of 1EdTech's binding instead. Nothing else of the schema changes.
		String text = Files.readString(file, StandardCharsets.UTF_8).replace("\"$id\": \"getCFPackage-200-responsepayload-schema.json\"",
				"\"$id\": \"https://purl.imsglobal.org/spec/case/v1p1/schema/json/getCFPackage-200-responsepayload-schema.json\"");
		schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
	}

	@Test
	void everyExampleValidatesAgainstTheCase11Schema() throws Exception {
		List<String> examples = List.of("tai-2023", "asr-rncp", "bts-sio");
		List<String> inputs = new java.util.ArrayList<>(examples.stream().map(e -> CliRun.example(e + ".referentiel").toString()).toList());
		inputs.addAll(List.of("--format", "case", "--case-base-uri", "https://case.example.fr/ims/case/v1p1/", "--out", out.toString()));
		inputs.add(0, "export");
		CliRun run = CliRun.run(inputs.toArray(String[]::new));
		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		for (String example : examples) {
			String json = Files.readString(out.resolve(example + ".case.json"), StandardCharsets.UTF_8);
			List<Error> errors = schema.validate(json, InputFormat.JSON);
			assertEquals(List.of(), errors.stream().map(Error::toString).toList(), example);
			assertTrue(json.contains("\"uri\": \"https://case.example.fr/ims/case/v1p1/CFItems/"), example);
		}
	}

	@Test
	void theValidatorRefusesABrokenPackage() throws Exception {
		// The test would prove nothing if the schema accepted anything: an upper-case identifier and
		// a missing creator are refused.
		CliRun run = CliRun.run("export", CliRun.example("tai-2023.referentiel").toString(), "--format", "case", "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		String json = Files.readString(out.resolve("tai-2023.case.json"), StandardCharsets.UTF_8);
		String broken = json.replaceFirst("\"creator\": \"[^\"]*\",", "").replaceFirst("\"identifier\": \"([0-9a-f]{8})", "\"identifier\": \"ABCDEFGH");
		assertFalse(schema.validate(broken, InputFormat.JSON).isEmpty());
	}
}
