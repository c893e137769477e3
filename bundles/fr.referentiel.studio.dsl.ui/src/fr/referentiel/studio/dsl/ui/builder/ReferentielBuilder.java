/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;

import fr.referentiel.studio.dsl.ui.EditorWorkspace;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.ReferentielUi;
import fr.referentiel.studio.dsl.ui.markers.ProblemMarkers;

/**
 * The project builder of referential projects: gives the workspace model the saved files that
 * changed (a save, a file written by a rename, an external change once refreshed), waits for its
 * build and writes the markers of what it found. A full build (the first, or after Project >
 * Clean) gives it every file of the project; a clean removes the project's markers.
 */
public class ReferentielBuilder extends IncrementalProjectBuilder {

	public static final String ID = ReferentielUi.ID + ".builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		EditorWorkspace model = LanguageServices.workspace();
		if (model == null) {
			return null;
		}
		List<IFile> changed = new ArrayList<>();
		List<IFile> deleted = new ArrayList<>();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta == null) {
			getProject().accept(resource -> {
				if (EditorWorkspace.isReferentiel(resource)) {
					changed.add((IFile) resource);
				}
				return true;
			});
		} else {
			delta.accept(d -> {
				if (EditorWorkspace.isReferentiel(d.getResource())) {
					if (d.getKind() == IResourceDelta.REMOVED) {
						deleted.add((IFile) d.getResource());
					} else if (d.getKind() == IResourceDelta.ADDED
							|| (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
						changed.add((IFile) d.getResource());
					}
				}
				return true;
			});
		}
		if (!changed.isEmpty() || !deleted.isEmpty()) {
			var built = model.filesChanged(changed, deleted);
			try {
				while (true) {
					if (monitor.isCanceled()) {
						throw new OperationCanceledException(); // the model builds on; its markers follow
					}
					try {
						built.get(100, TimeUnit.MILLISECONDS);
						break;
					} catch (TimeoutException notYet) {
						// waited again
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			} catch (ExecutionException e) {
				throw new CoreException(Status.error("Vérification impossible du projet " + getProject().getName(), e.getCause()));
			}
		}
		ProblemMarkers.writePending(getProject());
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(ProblemMarkers.MARKER_TYPE, true, IResource.DEPTH_INFINITE);
	}
}
