/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.markers;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ui.Documents;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.EditorWorkspace;

/**
 * Asks the language's code action service (the quick fixes written once in the .ide bundle,
 * {@code ReferentielCodeActionService}) for the fixes of one issue, the way the language server
 * does: an LSP diagnostic with the issue code and data, over the document's text as it is now
 * (the service finds the issue again in that text). Nothing is fixed here.
 */
public final class CodeActions {

	private CodeActions() {
	}

	/** The quick fixes of the issue {@code code} at {@code offset}, over the document's current text. */
	public static List<CodeAction> of(IDocument document, String code, String[] data, int offset, int length) {
		Injector injector = LanguageServices.now();
		if (injector == null || code == null) {
			return List.of();
		}
		ICodeActionService2 service = injector.getInstance(ICodeActionService2.class);
		String text = document.get();
		Document lspDocument = new Document(1, text);
		IFile file = Documents.fileOf(document);
		String uri = file != null ? EditorWorkspace.uriOf(file).toString() : "synthetic:/document.referentiel";
		Range range = new Range(lspDocument.getPosition(Documents.clamp(document, offset)),
				lspDocument.getPosition(Documents.clamp(document, offset + length)));
		Diagnostic diagnostic = new Diagnostic(range, "");
		diagnostic.setCode(code);
		diagnostic.setData(data);
		List<CodeAction> actions = Documents.withResource(document, false, resource -> {
			ICodeActionService2.Options options = new ICodeActionService2.Options();
			options.setDocument(lspDocument);
			options.setResource(resource);
			options.setURI(uri);
			options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), range,
					new CodeActionContext(List.of(diagnostic))));
			// Disabled ones too: their reason is what the designer is shown when choosing them.
			return service.getCodeActions(options).stream().filter(Either::isRight).map(Either::getRight)
					.filter(a -> a.getEdit() != null || a.getDisabled() != null).toList();
		});
		return actions == null ? List.of() : actions;
	}
}
