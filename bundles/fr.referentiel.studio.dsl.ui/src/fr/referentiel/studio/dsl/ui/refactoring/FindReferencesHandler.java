/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.refactoring;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.search.ui.NewSearchUI;

import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;

/**
 * « Rechercher les références » (Ctrl+Maj+G): every place, in every file, that names the
 * identifier at the caret, listed in the Search view.
 */
public class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Failures.safely("recherche des références", () -> {
			EditorTarget target = EditorTarget.atCaret(event, "Références");
			if (target != null) {
				NewSearchUI.runQueryInBackground(new ReferencesQuery(LanguageServices.workspaceNow(), target));
			}
		});
		return null;
	}
}
