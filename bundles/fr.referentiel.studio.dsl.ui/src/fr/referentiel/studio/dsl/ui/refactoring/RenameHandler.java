/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.refactoring;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;

/** « Renommer… » (Alt+Maj+R) on an identifier in the editor. */
public class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Failures.safely("renommage", () -> {
			EditorTarget target = EditorTarget.atCaret(event, "Renommer");
			if (target == null) {
				return;
			}
			var refactoring = new RenameIdentifierRefactoring(LanguageServices.workspaceNow(), target.uri(), target.name());
			try {
				new RefactoringWizardOpenOperation(new RenameWizard(refactoring)).run(HandlerUtil.getActiveShell(event),
						"Renommer " + target.name());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		return null;
	}
}
