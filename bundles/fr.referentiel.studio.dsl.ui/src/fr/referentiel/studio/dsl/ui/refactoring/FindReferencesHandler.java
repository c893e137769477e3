/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.refactoring;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.WorkspaceIndex;
import fr.referentiel.studio.dsl.ui.refactoring.References.Occurrence;

/**
 * « Rechercher les références » (Ctrl+Maj+G): every place, in every file, that names the
 * identifier at the caret; choosing one opens it.
 */
public class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		var shell = HandlerUtil.getActiveShell(event);
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		Failures.safely("recherche des références", () -> {
			EditorTarget target = EditorTarget.at(HandlerUtil.getActiveEditor(event));
			WorkspaceIndex index = LanguageServices.indexNow();
			if (target == null || index == null) {
				MessageDialog.openInformation(shell, "Références", "Placez le curseur sur un identifiant (AT1, CP3, BC01…).");
				return;
			}
			List<Occurrence> references = References.find(index, target.uri()).stream().filter(o -> !o.declaration()).toList();
			if (references.isEmpty()) {
				MessageDialog.openInformation(shell, "Références", "Aucune référence à « " + target.name() + " ».");
				return;
			}
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
				@Override
				public String getText(Object element) {
					Occurrence o = (Occurrence) element;
					return o.file().getFullPath().toString().substring(1) + ":" + o.line() + " — " + o.lineText();
				}
			});
			dialog.setTitle("Références à " + target.name());
			dialog.setMessage(references.size() + " référence(s) à « " + target.name() + " ». Choisissez-en une pour l'ouvrir :");
			dialog.setElements(references.toArray());
			dialog.setMultipleSelection(false);
			if (dialog.open() == ElementListSelectionDialog.OK && dialog.getFirstResult() instanceof Occurrence o) {
				try {
					IEditorPart editor = IDE.openEditor(page, o.file());
					if (editor instanceof ITextEditor text) {
						text.selectAndReveal(o.offset(), o.length());
					}
				} catch (PartInitException e) {
					throw new IllegalStateException(e);
				}
			}
		});
		return null;
	}
}
