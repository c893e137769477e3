/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.markdown.tests;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import fr.referentiel.studio.export.markdown.MarkdownExporter;
import fr.referentiel.studio.export.tests.GoldenFiles;

/**
 * Both shipped examples in every layout, with the default options, against the expected files in
 * resources/golden/ (named as the export would name them). See {@link GoldenFiles} to regenerate.
 */
class MarkdownGoldenTest {

	@TestFactory
	Stream<DynamicTest> matchesTheGoldenFiles() {
		return GoldenFiles.examplesMatch(new MarkdownExporter());
	}
}
