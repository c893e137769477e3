/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.refactoring;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.WorkspaceIndex;

/** « Renommer… » (Alt+Maj+R) on an identifier in the editor. */
public class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		var shell = HandlerUtil.getActiveShell(event);
		Failures.safely("renommage", () -> {
			EditorTarget target = EditorTarget.at(HandlerUtil.getActiveEditor(event));
			WorkspaceIndex index = LanguageServices.indexNow();
			if (target == null || index == null) {
				MessageDialog.openInformation(shell, "Renommer", "Placez le curseur sur un identifiant (AT1, CP3, BC01…).");
				return;
			}
			try {
				new RefactoringWizardOpenOperation(new RenameWizard(new RenameIdentifierRefactoring(index, target.uri(), target.name())))
						.run(shell, "Renommer " + target.name());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		return null;
	}
}
