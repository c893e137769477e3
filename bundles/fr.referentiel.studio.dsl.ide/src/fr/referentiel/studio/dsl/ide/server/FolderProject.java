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
			return files.filter(Files::isRegularFile)
					.map(f -> parent.appendSegment(URI.encodeSegment(f.getFileName().toString(), false))).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public IWorkspaceConfig getWorkspaceConfig() {
		return workspace;
	}
}
