/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A failing golden test says what changed, where, in a few lines. */
class GoldenFilesTest {

	@Test
	void diffShowsTheChangedLinesWithTheirContext() {
		String expected = "1\n2\n3\nancien\n5\n6\n7\n";
		String actual = "1\n2\n3\nnouveau\najouté\n5\n6\n7\n";
		assertEquals("""
				@@ line 4 of the golden file @@
				  2
				  3
				- ancien
				+ nouveau
				+ ajouté
				  5
				  6
				""", GoldenFiles.diff(expected, actual));
	}

	@Test
	void lineEndsAndByteOrderMarksAreVisible() {
		assertEquals("""
				@@ line 1 of the golden file @@
				- <BOM>a;b<CR>
				+ a;b
				  c
				""", GoldenFiles.diff("\uFEFFa;b\r\nc", "a;b\nc"));
	}
}
