/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ui.Documents;
import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.markers.WorkspaceEdits;

/** « Formater » (Ctrl+Maj+F): the language's formatter on the whole file, as one undoable change. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			Failures.safely("formatage", () -> format(document));
		}
		return null;
	}

	/** Formats the whole document in place. */
	public static void format(IDocument document) {
		Injector injector = LanguageServices.now();
		if (injector == null) {
			return;
		}
		FormattingService service = injector.getInstance(FormattingService.class);
		String text = document.get();
		Document lspDocument = new Document(1, text);
		List<TextEdit> edits = Documents.withResource(document, false,
				resource -> service.format(resource, lspDocument, 0, text.length(), new FormattingOptions(4, true)));
		if (edits == null || edits.isEmpty()) {
			return;
		}
		DocumentRewriteSession session = document instanceof IDocumentExtension4 d
				? d.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED) : null;
		try {
			WorkspaceEdits.apply(document, edits);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new IllegalStateException(e);
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}
}
