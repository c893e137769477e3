/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import fr.referentiel.studio.dsl.check.CheckResult;
import fr.referentiel.studio.dsl.check.CheckedFile;
import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.model.Referential;

/**
 * Any bytes given as a .referentiel file go through the whole path of « referentiel export
 * --force »: read, parse, validate, then every format and layout, even for a referential with
 * errors, and « referentiel compare » of the TAI example with it. Nothing may escape but a problem
 * or an export refusal, and every output must be safe to open ({@link SafeExports}).
 *
 * <p>Seeds: the shipped examples (copied from examples/ at build time) and the small files of
 * src/test/resources/…/ExportPipelineFuzzTestInputs/; the keywords of the language and hostile
 * characters in referentiel.dict. In the default test run the seeds are only
 * replayed; the Maven execution « fuzz » sets JAZZER_FUZZ=1 and Jazzer explores new inputs for
 * {@code maxDuration}. A crash found there is written under target/fuzz/: minimise it and make it a
 * named test in {@link FuzzRegressionTest}.
 */
class ExportPipelineFuzzTest {

	private static final ReferentielChecker CHECKER = ReferentielChecker.create();
	private static Path input;

	@FuzzTest(maxDuration = "60s")
	@DictionaryFile(resourcePath = "referentiel.dict")
	void anyTextIsCheckedAndExportedSafely(byte[] bytes) throws IOException {
		Files.write(input(), bytes);
		CheckResult result = CHECKER.check(List.of(input()));
		for (CheckedFile file : result.files()) {
			for (Problem problem : file.problems()) {
				FuzzRegressionTest.requireClear(problem);
			}
			if (file.referential() != null) {
				SafeExports.renderAll(file.referential(), Set.of("pdf"));
				SafeExports.compareAll(tai(), file.referential());
			}
		}
	}

	private static Referential tai;

	/** The old version every input is compared with: the TAI example, read once. */
	private static synchronized Referential tai() {
		if (tai == null) {
			tai = CHECKER.check(List.of(CliRun.example("tai-2023.referentiel"))).files().get(0).referential();
		}
		return tai;
	}

	/** One file, rewritten for every input, in a folder of its own (no referentiel.properties). */
	private static synchronized Path input() throws IOException {
		if (input == null) {
			Path folder = Files.createTempDirectory("referentiel-fuzz");
			folder.toFile().deleteOnExit();
			input = folder.resolve("fuzz.referentiel");
			input.toFile().deleteOnExit();
		}
		return input;
	}
}
