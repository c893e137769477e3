/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The .referentiel files named on the command line: files as given, folders searched recursively. */
final class InputFiles {

	static final String EXTENSION = ".referentiel";

	private InputFiles() {
	}

	/** The files as the user named them (so messages show the same paths), each once. */
	static List<Path> collect(List<Path> arguments) {
		Set<Path> seen = new java.util.HashSet<>();
		List<Path> files = new java.util.ArrayList<>();
		for (Path argument : arguments) {
			if (Files.isDirectory(argument)) {
				List<Path> found = referentialsUnder(argument);
				if (found.isEmpty()) {
					throw new UserError("Aucun fichier " + EXTENSION + " dans le dossier « " + Messages.name(argument) + " ».");
				}
				found.stream().filter(f -> seen.add(f.toAbsolutePath().normalize())).forEach(files::add);
			} else if (Files.exists(argument)) {
				if (seen.add(argument.toAbsolutePath().normalize())) {
					files.add(argument.normalize());
				}
			} else {
				throw new UserError("Fichier introuvable : « " + Messages.name(argument) + " ». Vérifiez le chemin.");
			}
		}
		return List.copyOf(files);
	}

	private static List<Path> referentialsUnder(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && !Files.isDirectory(p)) // a pipe is named, then refused
					.map(Path::normalize).sorted().toList();
		} catch (IOException | UncheckedIOException e) {
			throw new UserError("Impossible de parcourir le dossier « " + Messages.name(folder) + " » : " + Messages.reason(e));
		}
	}

	/** The name of an input without its extension: tai-2023.referentiel gives tai-2023. */
	static String baseName(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
	}
}
