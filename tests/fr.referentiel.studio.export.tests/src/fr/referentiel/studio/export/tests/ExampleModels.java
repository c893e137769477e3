/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.referentiel.studio.dsl.check.CheckedFile;
import fr.referentiel.studio.dsl.check.ProblemReport;
import fr.referentiel.studio.dsl.check.ProblemSeverity;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.model.Referential;

/**
 * The shipped examples, parsed and validated once per test run: exporters take validated
 * models. Read by the command line's checker, so the models are those « referentiel export » renders.
 */
public final class ExampleModels {

	public static final String TAI = "tai-2023.referentiel";
	public static final String ASR = "asr-rncp.referentiel";
	public static final String BTS = "bts-sio.referentiel";

	private static final Map<String, Referential> LOADED = new HashMap<>();

	private ExampleModels() {
	}

	/** The project's examples/ folder (set by the build; the fallback serves runs from an IDE). */
	public static Path examples() {
		return Path.of(System.getProperty("referentiel.examples", "../../examples"));
	}

	/** The example's name without extension, the base name of its exported files. */
	public static String baseName(String fileName) {
		return fileName.substring(0, fileName.lastIndexOf('.'));
	}

	/** Tests only read the models: one instance per example is shared. */
	public static synchronized Referential load(String fileName) {
		return LOADED.computeIfAbsent(fileName, ExampleModels::parse);
	}

	/** A referential written by a test, read as « referentiel export » reads a file; it must be valid. */
	public static Referential fromText(String text) {
		try {
			Path dir = java.nio.file.Files.createTempDirectory("referentiel-test");
			Path file = java.nio.file.Files.writeString(dir.resolve("test.referentiel"), text);
			return parse(file);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static Referential parse(String fileName) {
		return parse(examples().resolve(fileName));
	}

	private static Referential parse(Path path) {
		CheckedFile checked = ReferentielChecker.create().check(List.of(path)).files().get(0);
		String errors = ProblemReport.text(checked.problems().stream().filter(p -> p.severity() == ProblemSeverity.ERROR).toList());
		assertEquals("", errors, "the example must be valid before it is exported");
		return checked.referential();
	}
}
