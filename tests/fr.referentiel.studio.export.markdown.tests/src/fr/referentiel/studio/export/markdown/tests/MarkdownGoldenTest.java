/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.markdown.tests;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.referentiel.studio.export.markdown.MarkdownExporter;
import fr.referentiel.studio.export.tests.GoldenFiles;

/**
 * Both shipped examples in every layout, with the default options, against the expected files in
 * resources/golden/ (named as the export would name them). See {@link GoldenFiles} to regenerate.
 */
class MarkdownGoldenTest {

	private static final MarkdownExporter EXPORTER = new MarkdownExporter();

	static List<Arguments> examplesAndLayouts() {
		return GoldenFiles.examplesAndLayouts(EXPORTER);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("examplesAndLayouts")
	void matchesTheGoldenFile(String example, String layoutId) throws Exception {
		GoldenFiles.assertExampleMatches(EXPORTER, example, layoutId);
	}
}
