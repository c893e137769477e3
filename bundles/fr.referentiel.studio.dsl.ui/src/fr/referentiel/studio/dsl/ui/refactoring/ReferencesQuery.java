/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.refactoring;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;

import fr.referentiel.studio.dsl.ui.EditorWorkspace;

/**
 * « Rechercher les références » as a search of the platform: the places naming an identifier are
 * listed in the Search view, one line per place, and open at that place.
 */
public class ReferencesQuery implements ISearchQuery {

	/** One line of a file naming the identifier: what the Search view lists. */
	public record ReferenceLine(org.eclipse.core.resources.IFile file, int line, String text) {
	}

	private final EditorWorkspace index;
	private final EditorTarget target;
	private final ReferencesResult result = new ReferencesResult(this);

	public ReferencesQuery(EditorWorkspace index, EditorTarget target) {
		this.index = index;
		this.target = target;
	}

	public String name() {
		return target.name();
	}

	@Override
	public IStatus run(IProgressMonitor monitor) {
		result.removeAll();
		References.find(index, target.uri()).forEach(result::addMatch);
		return Status.OK_STATUS;
	}

	@Override
	public String getLabel() {
		return "Références à « " + target.name() + " »";
	}

	@Override
	public boolean canRerun() {
		return true;
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}
}
