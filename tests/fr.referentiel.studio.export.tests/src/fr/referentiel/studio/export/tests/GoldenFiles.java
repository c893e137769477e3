/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import fr.referentiel.studio.export.ExportFiles;
import fr.referentiel.studio.export.Exporter;

/**
 * Compares an exporter's output with the expected file committed in the test bundle's
 * resources/golden/ folder, byte for byte (encoding, byte-order mark and line ends matter), and
 * on a difference fails with a line diff that says what changed where.
 *
 * <p>To accept new outputs after a deliberate change, run the build with
 * {@code -Dreferentiel.updateGolden=true} (e.g. {@code ./mvnw -o verify -Dmwe2.skip=true
 * -Dreferentiel.updateGolden=true}): the golden files are rewritten instead of compared. Review
 * them with {@code git diff} before committing.
 */
public final class GoldenFiles {

	private static final int MAX_DIFF_LINES = 80;
	private static final int CONTEXT = 2;

	private GoldenFiles() {
	}

	public static Path folder() {
		return Path.of(System.getProperty("referentiel.golden", "resources/golden"));
	}

	public static boolean updating() {
		return Boolean.parseBoolean(System.getProperty("referentiel.updateGolden", "false"));
	}

	/**
	 * One test per shipped example and layout of the exporter, named « example layout »: renders
	 * with the default options and compares with the golden file named as the export names it.
	 */
	public static Stream<DynamicTest> examplesMatch(Exporter exporter) {
		return Stream.of(ExampleModels.TAI, ExampleModels.ASR, ExampleModels.BTS).flatMap(example -> exporter.layouts().stream()
				.map(layout -> DynamicTest.dynamicTest(example + " " + layout.id(), () -> {
					String name = ExportFiles.fileName(ExampleModels.baseName(example), exporter, layout.id());
					byte[] output;
					try {
						output = exporter.render(ExampleModels.load(example), layout.id(), Map.of());
					} catch (fr.referentiel.studio.export.ExportException refused) {
						// A layout with nothing to show for this example: its French refusal is the golden text.
						assertMatches(name + ".refus.txt", refused.getMessage().getBytes(StandardCharsets.UTF_8));
						return;
					}
					assertMatches(name, output);
				})));
	}

	public static void assertMatches(String goldenName, byte[] actual) {
		Path golden = folder().resolve(goldenName);
		try {
			if (updating()) {
				Files.createDirectories(golden.getParent());
				Files.write(golden, actual);
				return;
			}
			if (!Files.exists(golden)) {
				fail("no golden file " + golden + ": run with -Dreferentiel.updateGolden=true to create it, then review it");
			}
			byte[] expected = Files.readAllBytes(golden);
			if (!Arrays.equals(expected, actual)) {
				fail("the output differs from the golden file " + golden
						+ " (after checking the change, -Dreferentiel.updateGolden=true accepts it)\n"
						+ diff(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8)));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A unified-style line diff: "-" expected, "+" actual, with line numbers of the expected
	 * file. Carriage returns and byte-order marks are made visible, as they matter here.
	 */
	public static String diff(String expected, String actual) {
		List<String> a = List.of(visible(expected).split("\n", -1));
		List<String> b = List.of(visible(actual).split("\n", -1));
		int prefix = 0;
		while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < a.size() - prefix && suffix < b.size() - prefix
				&& a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
			suffix++;
		}
		List<String> x = a.subList(prefix, a.size() - suffix);
		List<String> y = b.subList(prefix, b.size() - suffix);
		// Longest common subsequence of the differing middle parts (small once prefix and suffix are cut).
		int[][] lcs = new int[x.size() + 1][y.size() + 1];
		for (int i = x.size() - 1; i >= 0; i--) {
			for (int j = y.size() - 1; j >= 0; j--) {
				lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		StringBuilder out = new StringBuilder();
		out.append("@@ line ").append(prefix + 1).append(" of the golden file @@\n");
		for (int k = Math.max(0, prefix - CONTEXT); k < prefix; k++) {
			out.append("  ").append(a.get(k)).append('\n');
		}
		int i = 0;
		int j = 0;
		int lines = 0;
		while ((i < x.size() || j < y.size()) && lines < MAX_DIFF_LINES) {
			if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
				out.append("  ").append(x.get(i)).append('\n');
				i++;
				j++;
			} else if (i < x.size() && (j == y.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
				out.append("- ").append(x.get(i++)).append('\n');
			} else {
				out.append("+ ").append(y.get(j++)).append('\n');
			}
			lines++;
		}
		if (i < x.size() || j < y.size()) {
			out.append("… (diff cut after ").append(MAX_DIFF_LINES).append(" lines)\n");
		}
		for (int k = a.size() - suffix; k < Math.min(a.size(), a.size() - suffix + CONTEXT); k++) {
			out.append("  ").append(a.get(k)).append('\n');
		}
		return out.toString();
	}

	private static String visible(String text) {
		return text.replace("\uFEFF", "<BOM>").replace("\r", "<CR>");
	}
}
