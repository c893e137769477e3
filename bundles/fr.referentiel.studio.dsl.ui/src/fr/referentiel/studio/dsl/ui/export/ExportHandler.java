/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.export;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * « Exporter… » in the context menu of the editor and of .referentiel files: the export wizard
 * on the current file or the selected files. Unsaved changes are saved first, since the export
 * reads what is saved.
 */
public class ExportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ExportWizard wizard = new ExportWizard();
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		var selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			wizard.init(HandlerUtil.getActiveWorkbenchWindow(event).getWorkbench(), structured);
		} else if (editor != null && editor.getEditorInput().getAdapter(IFile.class) instanceof IFile file) {
			if (editor.isDirty()) {
				editor.doSave(null);
			}
			wizard.init(HandlerUtil.getActiveWorkbenchWindow(event).getWorkbench(), new StructuredSelection(List.of(file)));
		}
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
