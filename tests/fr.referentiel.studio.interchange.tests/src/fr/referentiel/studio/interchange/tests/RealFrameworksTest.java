/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.caseframework.CaseImporter;
import fr.referentiel.studio.interchange.moodle.MoodleImporter;
import fr.referentiel.studio.model.Referential;

/**
 * Real files of other systems, read from ../shared/realdata when it is there (their licences keep
 * them out of the project): an OpenSALT CASE export and Moodle's OECD framework import as
 * referentials that validate.
 */
class RealFrameworksTest {

	@TempDir
	Path tmp;

	private static Path real(String name) {
		Path file = Fixtures.realdata().resolve(name);
		Assumptions.assumeTrue(Files.isRegularFile(file), "real data absent: " + file);
		return file;
	}

	@Test
	void openSaltsSampleFramework() throws Exception {
		Imported imported = new CaseImporter().read(real("case-framework-sample.json"), Map.of());
		Referential r = imported.referential();
		assertEquals("What Standards Could Be", r.getTitle());
		// 2 clusters (6.RP.A, 7.RP.A), their 6 standards, the components of 6.RP.A.3 and 7.RP.A.2 as criteria
		assertEquals(2, r.getActivityTypes().size());
		assertEquals(6, r.getCompetences().size());
		assertEquals("CCSS_Math_Content_6_RP_A_3", r.getCompetences().get(2).getName());
		assertEquals(4, r.getCompetences().get(2).getPerformanceCriteria().size());
		Fixtures.assertNoErrors(Fixtures.write(imported, tmp));
	}

	@Test
	void theCaseTestFrameworkWithOneItem() throws Exception {
		Imported imported = new CaseImporter().read(real("case-itemtype-test-framework.json"), Map.of());
		assertEquals("Item 1", imported.referential().getCompetences().get(0).getTitle());
		Fixtures.assertNoErrors(Fixtures.write(imported, tmp));
	}

	@Test
	void moodlesOecdFramework() throws Exception {
		Imported imported = new MoodleImporter().read(real("moodle-competency-framework-oecd.csv"), Map.of());
		Referential r = imported.referential();
		assertEquals("OECD", r.getTitle());
		// « Competencies » → its 3 clusters → their 15 core competencies → their level-1 indicators; « Levels » with its 5 levels
		assertEquals(1, r.getActivityTypes().size());
		assertEquals(3, r.getActivityTypes().get(0).getActivities().size());
		assertEquals(16, r.getCompetences().size());
		assertEquals("Analytical Thinking", r.getCompetences().get(1).getTitle());
		assertEquals(2, r.getCompetences().get(1).getPerformanceCriteria().size());
		assertTrue(r.getCompetences().get(1).getDescription().get(0).startsWith("Analytical Thinking is the ability to identify patterns"));
		Fixtures.assertNoErrors(Fixtures.write(imported, tmp));
	}
}
