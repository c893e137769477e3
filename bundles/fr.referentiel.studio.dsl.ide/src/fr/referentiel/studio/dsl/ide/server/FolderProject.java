/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;

import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * A project made of the files directly in one folder, not its subfolders: opening a file from a
 * large folder (a home directory) must not make the server read everything below it.
 */
final class FolderProject implements IProjectConfig, ISourceFolder {

	private final URI folder;
	private final IWorkspaceConfig workspace;

	FolderProject(URI folder, IWorkspaceConfig workspace) {
		this.folder = folder;
		this.workspace = workspace;
	}

	/** {@code file:///a/b/} for {@code file:///a/b/c.referentiel}. */
	static URI folderOf(URI file) {
		return file.trimFragment().trimSegments(1).appendSegment("");
	}

	@Override
	public String getName() {
		// Not a folder name: it must not clash with the projects of the client's workspace folders.
		return "fichiers de " + folder;
	}

	@Override
	public URI getPath() {
		return folder;
	}

	@Override
	public Set<? extends ISourceFolder> getSourceFolders() {
		return Set.of(this);
	}

	@Override
	public ISourceFolder findSourceFolderContaining(URI member) {
		return contains(member) ? this : null;
	}

	@Override
	public boolean contains(URI uri) {
		return folder.equals(folderOf(uri));
	}

	@Override
	public List<URI> getAllResources(IFileSystemScanner scanner) {
		try (Stream<Path> files = Files.list(Path.of(folder.toFileString()))) {
			// folder ends with an empty segment (its trailing slash): replaced by the file's name, encoded.
			URI parent = folder.trimSegments(1);
			return files.filter(FolderProject::isReadable)
					.map(f -> parent.appendSegment(URI.encodeSegment(f.getFileName().toString(), false))).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A plain file within the size the command line reads: a pipe would block the server, a file of
	 * hundreds of megabytes exhaust its memory. Such a file is left out of the project (and said on
	 * the server's log); opened in the editor, it is still checked on its own.
	 */
	static boolean isReadable(Path file) {
		try {
			if (!Files.isRegularFile(file)) {
				return false;
			}
			if (Files.size(file) > ReferentielChecker.MAX_FILE_BYTES) {
				System.err.println("referentiel lsp : « " + ControlCharacters.quoteName(file.toString())
						+ " » est laissé de côté : il dépasse " + ReferentielChecker.MAX_FILE_BYTES / 1048576 + " Mo.");
				return false;
			}
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	@Override
	public IWorkspaceConfig getWorkspaceConfig() {
		return workspace;
	}
}
