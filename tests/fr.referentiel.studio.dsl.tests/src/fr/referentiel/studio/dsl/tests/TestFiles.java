/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the shipped examples and the real data of other systems. */
public final class TestFiles {

	private TestFiles() {
	}

	/** The project's examples/ folder (set by the build; the fallback serves runs from an IDE). */
	public static Path examples() {
		return Path.of(System.getProperty("referentiel.examples", "../../examples"));
	}

	/** ../shared/realdata beside the clone; may not exist on a fresh machine. */
	public static Path realdata() {
		return Path.of(System.getProperty("referentiel.realdata", "../../../shared/realdata"));
	}

	/** The transcriptions of public documents kept in this bundle's resources/ folder. */
	public static String resource(String fileName) {
		return read(Path.of(System.getProperty("referentiel.testResources", "resources")).resolve(fileName));
	}

	public static String example(String fileName) {
		return read(examples().resolve(fileName));
	}

	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
