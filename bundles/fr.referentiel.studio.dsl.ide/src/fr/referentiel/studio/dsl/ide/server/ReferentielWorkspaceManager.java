/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.workspace.UnknownProjectConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

/**
 * The workspace folders of the client, plus the folder of each file opened outside them. Xtext
 * checks a file opened outside the workspace folders (as vim or emacs open a file without a
 * project) on its own, so every reference to another referential would be reported unknown; here
 * such a file's folder becomes a project, limited to the files directly in it, so a referential
 * sees its neighbours as {@code referentiel validate} of that folder does.
 */
public class ReferentielWorkspaceManager extends WorkspaceManager {

	private final Set<URI> looseFolders = new LinkedHashSet<>();

	/** Without any folder from the client (rootUri null), an empty workspace: files come one by one. */
	@Override
	public void initialize(URI baseDir, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
			CancelIndicator cancelIndicator) {
		if (baseDir == null) {
			initialize(List.<WorkspaceFolder>of(), issueAcceptor, cancelIndicator);
		} else {
			super.initialize(baseDir, issueAcceptor, cancelIndicator);
		}
	}

	@Override
	public Buildable didOpen(URI uri, Integer version, String contents) {
		if (uri.isFile() && isOutsideProjects(uri) && looseFolders.add(FolderProject.folderOf(uri))) {
			refreshWorkspaceConfig(CancelIndicator.NullImpl);
		}
		return super.didOpen(uri, version, contents);
	}

	/** Xtext puts such a file in an "unknown" project of its own, where it sees no other file. */
	private boolean isOutsideProjects(URI uri) {
		IProjectConfig project = getProjectConfig(uri);
		return project == null || project instanceof UnknownProjectConfig;
	}

	@Override
	protected IWorkspaceConfig createWorkspaceConfig() {
		IWorkspaceConfig config = super.createWorkspaceConfig();
		if (config instanceof WorkspaceConfig workspace) {
			for (URI folder : looseFolders) {
				workspace.addProject(new FolderProject(folder, workspace));
			}
		}
		return config;
	}
}
