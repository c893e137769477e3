/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.refactoring;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;

import fr.referentiel.studio.dsl.naming.NewNames;
import fr.referentiel.studio.dsl.ui.Documents;
import fr.referentiel.studio.dsl.ui.LanguageServices;

/** The element named at the caret of an editor: a declaration or a reference. */
public record EditorTarget(String uri, String name) {

	/** The element at the caret, or null when the caret is on no identifier. */
	private static EditorTarget at(IEditorPart part) {
		if (!(part instanceof ITextEditor editor) || LanguageServices.now() == null) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int offset = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
		return at(document, offset);
	}

	/**
	 * The element at the caret of the command's editor, or null after telling the user to place the
	 * caret on an identifier (the language services are ready whenever an element is found).
	 */
	static EditorTarget atCaret(ExecutionEvent event, String title) {
		EditorTarget target = at(HandlerUtil.getActiveEditor(event));
		if (target == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), title,
					"Placez le curseur sur un identifiant (AT1, CP3, BC01…).");
		}
		return target;
	}

	public static EditorTarget at(IDocument document, int offset) {
		EObjectAtOffsetHelper helper = LanguageServices.now().getInstance(EObjectAtOffsetHelper.class);
		return Documents.withResource(document, false, resource -> {
			EObject element = helper.resolveElementAt(resource, offset);
			String name = NewNames.nameOf(element);
			return name == null ? null : new EditorTarget(EcoreUtil.getURI(element).toString(), name);
		});
	}
}
