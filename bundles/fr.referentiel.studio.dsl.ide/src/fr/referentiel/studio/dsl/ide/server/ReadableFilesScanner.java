/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.server;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;

/**
 * The files of the client's workspace folders that the server reads: those the command line would
 * read ({@link FolderProject#isReadable}), so that a 600 MB file left in a folder cannot exhaust the
 * server's memory before the author opens anything.
 */
public class ReadableFilesScanner extends IFileSystemScanner.JavaIoFileSystemScanner {

	@Override
	public void scan(URI root, IAcceptor<URI> acceptor) {
		super.scan(root, uri -> {
			if (!uri.isFile() || FolderProject.isReadable(Path.of(uri.toFileString()))) {
				acceptor.accept(uri);
			}
		});
	}
}
