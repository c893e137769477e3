/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.refactoring;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.WorkspaceIndex;

/**
 * « Rechercher les références » (Ctrl+Maj+G): every place, in every file, that names the
 * identifier at the caret, listed in the Search view.
 */
public class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		var shell = HandlerUtil.getActiveShell(event);
		Failures.safely("recherche des références", () -> {
			EditorTarget target = EditorTarget.at(HandlerUtil.getActiveEditor(event));
			WorkspaceIndex index = LanguageServices.indexNow();
			if (target == null || index == null) {
				MessageDialog.openInformation(shell, "Références", "Placez le curseur sur un identifiant (AT1, CP3, BC01…).");
				return;
			}
			NewSearchUI.runQueryInBackground(new ReferencesQuery(index, target));
		});
		return null;
	}
}
