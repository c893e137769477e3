/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.markers;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.widgets.Display;

import fr.referentiel.studio.dsl.ide.quickfix.ReferentielCodeActionService;

/**
 * A quick fix chosen in a list (Ctrl+1, the Problems view) is computed again when it is applied,
 * on the text as it is then: the list may have been opened on an older text, and a marker's issue
 * comes from the last save. When the fix is no longer there, nothing is changed and the designer
 * is told why.
 */
public final class FixNow {

	/** Title of the window that says why a fix was not applied. */
	public static final String REFUSAL_TITLE = "Correction non appliquée";

	private FixNow() {
	}

	/**
	 * The fix titled {@code title} of the issue {@code code} (with its data, reported at
	 * {@code offset}), over the document's current text; null when it has no such fix any more.
	 */
	public static CodeAction of(IDocument document, String code, String[] data, int offset, int length, String title) {
		return CodeActions.of(document, code, data, offset, length).stream().filter(a -> a.getTitle().equals(title))
				.findFirst().orElse(null);
	}

	/** Whether {@code fix} can be applied; when it cannot, says why to the designer. */
	public static boolean applicable(CodeAction fix) {
		if (fix != null && fix.getDisabled() == null && fix.getEdit() != null) {
			return true;
		}
		String reason = fix != null && fix.getDisabled() != null ? fix.getDisabled().getReason()
				: ReferentielCodeActionService.TEXT_CHANGED;
		Display display = Display.getDefault();
		MessageDialog.openInformation(display.getActiveShell(), REFUSAL_TITLE, reason);
		return false;
	}
}
