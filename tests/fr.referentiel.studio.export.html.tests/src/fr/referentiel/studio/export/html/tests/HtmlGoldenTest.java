/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.html.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.referentiel.studio.export.ExportFiles;
import fr.referentiel.studio.export.Layout;
import fr.referentiel.studio.export.html.HtmlExporter;
import fr.referentiel.studio.export.tests.ExampleModels;
import fr.referentiel.studio.export.tests.GoldenFiles;

/**
 * Both shipped examples in every layout, with the default options, against the expected files in
 * resources/golden/ (named as the export would name them). See {@link GoldenFiles} to regenerate.
 */
class HtmlGoldenTest {

	private static final HtmlExporter EXPORTER = new HtmlExporter();

	static List<Arguments> examplesAndLayouts() {
		List<Arguments> cases = new ArrayList<>();
		for (String example : List.of(ExampleModels.TAI, ExampleModels.ASR)) {
			for (Layout layout : EXPORTER.layouts()) {
				cases.add(Arguments.of(example, layout.id()));
			}
		}
		return cases;
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("examplesAndLayouts")
	void matchesTheGoldenFile(String example, String layoutId) throws Exception {
		byte[] output = EXPORTER.render(ExampleModels.load(example), layoutId, Map.of());
		GoldenFiles.assertMatches(ExportFiles.fileName(ExampleModels.baseName(example), EXPORTER, layoutId), output);
	}
}
