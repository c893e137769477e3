/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One run of the command in this process: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

	static CliRun run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new CliRun(code, out.toString(), err.toString());
	}

	static Path examples() {
		return Path.of(System.getProperty("referentiel.examples", "../../examples"));
	}

	static Path example(String name) {
		return examples().resolve(name);
	}

	/**
	 * A referential long to check and render: {@code count} numbered competences, each with one
	 * performance criterion, all under one activity type.
	 */
	static String manyCompetences(String title, int count) {
		StringBuilder text = new StringBuilder("référentiel GRAND \"" + title + "\" {\n");
		text.append("    activité type AT1 \"Tout\" {\n        compétences ");
		for (int i = 1; i <= count; i++) {
			text.append(i == 1 ? "" : ", ").append("CP").append(i);
		}
		text.append("\n    }\n");
		for (int i = 1; i <= count; i++) {
			text.append("    compétence CP").append(i).append(" \"Compétence n° ").append(i).append("\" {\n")
					.append("        numéro ").append(i).append('\n')
					.append("        critères de performance\n            - Critère ").append(i).append(" rempli.\n")
					.append("    }\n");
		}
		return text.append("}\n").toString();
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The names of the files in a folder, sorted; empty when the folder does not exist. */
	static java.util.List<String> list(Path folder) {
		if (!Files.isDirectory(folder)) {
			return java.util.List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
	}
}
