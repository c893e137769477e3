/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.dsl.check.CheckResult;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.model.Referential;

/** The benchmarks measure valid referentials of the announced size. */
class SyntheticReferentialTest {

	@Test
	void tenTimesTheTaiIsAValidReferentialOfThirtyActivityTypes(@TempDir Path tmp) throws Exception {
		CheckResult result = ReferentielChecker.create().check(List.of(SyntheticReferential.write(tmp, 10)));
		assertFalse(result.hasErrors(), () -> result.problems().toString());
		Referential referential = result.files().get(0).referential();
		assertEquals(30, referential.getActivityTypes().size());
		assertEquals(90, referential.getCompetences().size());
		assertEquals(30, referential.getBlocks().size());
	}

	@Test
	void generationIsDeterministic() {
		assertEquals(SyntheticReferential.generate(3), SyntheticReferential.generate(3));
	}
}
