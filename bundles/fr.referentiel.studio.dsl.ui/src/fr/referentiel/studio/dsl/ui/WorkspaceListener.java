/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import fr.referentiel.studio.dsl.ui.builder.ReferentielNature;
import fr.referentiel.studio.dsl.ui.markers.ProblemMarkers;

/**
 * Keeps the workspace model's projects those of the workspace (opened, closed, created, deleted,
 * moved), and gives every project holding a {@code .referentiel} file the referential nature, so
 * that its builder follows the saved files. The files themselves reach the model through the
 * builder and the editors, not from here.
 */
final class WorkspaceListener {

	private WorkspaceListener() {
	}

	static void follow(EditorWorkspace model) {
		model.addIssueListener(new ProblemMarkers());
		ResourcesPlugin.getWorkspace().addResourceChangeListener(event -> {
			if (event.getDelta() == null) {
				return;
			}
			boolean projects = false;
			Set<IProject> referentials = new LinkedHashSet<>();
			for (IResourceDelta project : event.getDelta().getAffectedChildren()) {
				int flags = project.getFlags();
				if (project.getKind() != IResourceDelta.CHANGED || (flags & (IResourceDelta.OPEN | IResourceDelta.MOVED_FROM
						| IResourceDelta.MOVED_TO | IResourceDelta.DESCRIPTION)) != 0) {
					projects = true;
				}
				try {
					project.accept(d -> {
						if (d.getKind() == IResourceDelta.ADDED && EditorWorkspace.isReferentiel(d.getResource())) {
							referentials.add(d.getResource().getProject());
						}
						return true;
					});
				} catch (CoreException e) {
					ReferentielUi.log(e.getStatus());
				}
			}
			if (projects) {
				model.projectsChanged();
				referentials.addAll(withReferentials());
			}
			giveNature(referentials);
		}, IResourceChangeEvent.POST_CHANGE);
		giveNature(withReferentials());
	}

	/** The open projects holding a .referentiel file and not yet of the nature. */
	private static Set<IProject> withReferentials() {
		Set<IProject> found = new LinkedHashSet<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			try {
				if (project.isOpen() && !project.hasNature(ReferentielNature.ID)) {
					project.accept(resource -> {
						if (EditorWorkspace.isReferentiel(resource)) {
							found.add(project);
						}
						return found.isEmpty() || !found.contains(project);
					});
				}
			} catch (CoreException e) {
				ReferentielUi.log(e.getStatus());
			}
		}
		return found;
	}

	private static void giveNature(Set<IProject> projects) {
		projects.removeIf(p -> {
			try {
				return !p.isOpen() || p.hasNature(ReferentielNature.ID);
			} catch (CoreException e) {
				return true;
			}
		});
		if (projects.isEmpty()) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Configuration des projets de référentiels") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				for (IProject project : projects) {
					try {
						ReferentielNature.addTo(project);
					} catch (CoreException e) { // a read-only .project: the editor's checks still work, without builder
						ReferentielUi.log("Le projet " + project.getName() + " n'a pas pu recevoir la nature des référentiels", e);
					}
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ProblemMarkers.FAMILY;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.setSystem(true);
		job.schedule();
	}

}
