/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.branding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the user's referentials live (the workbench's work folder: {@code .metadata}, the
 * « Exemples » project, the exports): never inside the installation, which an upgrade replaces
 * whole. The default is a folder of the user's own ({@code ~/Référentiels}, on Windows
 * {@code Documents\Référentiels}); the choice is asked once and remembered in a file of the
 * user's home, outside the installation too, so that a new version finds it again.
 * <p>
 * No Eclipse class here: the rules are tested without starting a workbench.
 */
public final class WorkFolder {

	/** The folder's name, as a designer reads it in their file manager. */
	static final String NAME = "Référentiels";

	private final Path userHome;
	private final boolean windows;
	private final Path installation;

	/**
	 * @param userHome     the user's home ({@code user.home})
	 * @param osName       the system's name ({@code os.name}): Windows puts documents under {@code Documents}
	 * @param installation the folder the application was unpacked into, null when unknown
	 */
	public WorkFolder(Path userHome, String osName, Path installation) {
		this.userHome = userHome.toAbsolutePath().normalize();
		this.windows = osName != null && osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows");
		this.installation = installation == null ? null : installation.toAbsolutePath().normalize();
	}

	/** {@code ~/Référentiels}, or {@code %USERPROFILE%\Documents\Référentiels} on Windows. */
	public Path defaultFolder() {
		return windows ? userHome.resolve("Documents").resolve(NAME) : userHome.resolve(NAME);
	}

	/**
	 * The file that remembers the choice: in the user's home, not in the installation's
	 * configuration area (where the platform keeps its recent workspaces), since an upgrade
	 * replaces that folder and the question would come back.
	 */
	public Path memoryFile() {
		return userHome.resolve(".referentiel-studio").resolve("dossier-de-travail.txt");
	}

	/** The folder chosen at an earlier start, if it is still acceptable. */
	public Optional<Path> remembered() {
		Path file = memoryFile();
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (text.isEmpty()) {
				return Optional.empty();
			}
			Path folder = Path.of(text);
			// A folder that became unacceptable (say, inside a new installation) is asked again.
			return problem(folder) == null ? Optional.of(folder.toAbsolutePath().normalize()) : Optional.empty();
		} catch (IOException | InvalidPathException e) {
			return Optional.empty();
		}
	}

	/** Remembers the chosen folder for the next starts. */
	public void remember(Path folder) throws IOException {
		Path file = memoryFile();
		Files.createDirectories(file.getParent());
		Files.writeString(file, folder.toAbsolutePath().normalize().toString() + System.lineSeparator(), StandardCharsets.UTF_8);
	}

	/** What is wrong with the folder typed, in French, or null when it can be used. */
	public String problem(String typed) {
		if (typed == null || typed.isBlank()) {
			return "Indiquez le dossier où ranger vos référentiels.";
		}
		try {
			return problem(Path.of(typed.strip()));
		} catch (InvalidPathException e) {
			return "« " + typed.strip() + " » n'est pas un nom de dossier valable.";
		}
	}

	/** What is wrong with this folder, in French, or null when it can be used. */
	public String problem(Path folder) {
		if (!folder.isAbsolute()) {
			return "Indiquez le chemin complet du dossier, par exemple « " + defaultFolder() + " ».";
		}
		Path normalized = folder.normalize();
		if (installation != null && normalized.startsWith(installation)) {
			return "Ce dossier est celui de l'application (" + installation + ") : une mise à jour de Référentiel Studio "
					+ "le remplace et effacerait vos référentiels. Choisissez un dossier à vous, par exemple « "
					+ defaultFolder() + " ».";
		}
		if (Files.exists(normalized) && !Files.isDirectory(normalized)) {
			return "« " + normalized + " » est un fichier, pas un dossier.";
		}
		return null;
	}
}
