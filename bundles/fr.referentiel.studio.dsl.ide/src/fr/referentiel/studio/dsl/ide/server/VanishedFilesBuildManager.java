/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.server;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's build queue, minus the files that vanished after they were queued: a file deleted (or a
 * project closed) between the change that queued it and the build made every later build fail on
 * it (« FileNotFoundException »), so that no problem was ever updated again. A queued file that no
 * longer exists, and is not open in an editor, is built as deleted; a file outside every project
 * is dropped.
 *
 * <p>The queues are Xtext's private fields (2.42): {@code docs/DEVELOPMENT.md} says to check them on
 * an upgrade; without them the build is Xtext's own.
 */
public class VanishedFilesBuildManager extends BuildManager {

	private WorkspaceManager workspace;

	@Override
	public void setWorkspaceManager(WorkspaceManager workspaceManager) {
		super.setWorkspaceManager(workspaceManager);
		this.workspace = workspaceManager;
	}

	@Override
	protected List<IResourceDescription.Delta> internalBuild(CancelIndicator cancelIndicator) {
		Set<URI> dirty = queue("dirtyFiles");
		Set<URI> deleted = queue("deletedFiles");
		if (dirty != null && deleted != null && workspace != null) {
			for (Iterator<URI> it = dirty.iterator(); it.hasNext();) {
				URI uri = it.next();
				if (workspace.getProjectManager(uri) == null) {
					it.remove();
				} else if (uri.isFile() && !workspace.isDocumentOpen(uri) && !Files.exists(Path.of(uri.toFileString()))) {
					it.remove();
					deleted.add(uri);
				}
			}
			deleted.removeIf(uri -> workspace.getProjectManager(uri) == null);
		}
		return super.internalBuild(cancelIndicator);
	}

	@SuppressWarnings("unchecked")
	private Set<URI> queue(String name) {
		try {
			Field field = BuildManager.class.getDeclaredField(name);
			field.setAccessible(true);
			return (Set<URI>) field.get(this);
		} catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}
}
