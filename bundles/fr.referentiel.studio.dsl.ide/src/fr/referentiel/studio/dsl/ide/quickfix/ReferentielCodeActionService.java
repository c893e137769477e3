/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.quickfix;

import static fr.referentiel.studio.dsl.validation.IssueCodes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

import fr.referentiel.studio.dsl.validation.IssueData.Edit;

/**
 * Quick fixes of the validation rules, keyed by issue code: the language server offers them as
 * code actions and the Eclipse editor as marker resolutions. The checks that find a problem also
 * compute its correction (as issue data), so a fix only turns those edits into a workspace edit.
 */
public class ReferentielCodeActionService implements ICodeActionService2 {

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		String uri = options.getCodeActionParams().getTextDocument().getUri();
		// The language server passes no document, only a way to read the open one.
		Document document = options.getDocument() != null ? options.getDocument()
				: options.getLanguageServerAccess().doSyncRead(uri, ILanguageServerAccess.Context::getDocument);
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			CodeAction action = fix(diagnostic, document, uri);
			if (action != null) {
				actions.add(Either.forRight(action));
			}
		}
		return actions;
	}

	/** The quick fix of one diagnostic, or null when it has none. */
	public CodeAction fix(Diagnostic diagnostic, Document document, String uri) {
		String code = diagnostic.getCode() == null ? null
				: diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
		List<Edit> edits = edits(diagnostic.getData());
		String title = title(code, edits);
		if (title == null || edits.isEmpty()) {
			return null;
		}
		List<TextEdit> textEdits = new ArrayList<>();
		String current = document.getContents();
		for (Edit computed : edits) {
			// Computed on the text the check read: found again in the text as it is now, or no fix.
			Edit edit = computed.in(current);
			if (edit == null) {
				return null;
			}
			Range range = new Range(document.getPosition(edit.offset()), document.getPosition(edit.offset() + edit.length()));
			textEdits.add(new TextEdit(range, edit.text()));
		}
		CodeAction action = new CodeAction(title);
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		action.setIsPreferred(true);
		action.setEdit(new WorkspaceEdit(Map.of(uri, textEdits)));
		return action;
	}

	private static String title(String code, List<Edit> edits) {
		if (code == null) {
			return null;
		}
		if (code.equals(EMPTY_ENTRY)) {
			return "Supprimer la ligne vide";
		} else if (code.equals(DUPLICATE_ENTRY)) {
			return "Supprimer la répétition";
		} else if (code.equals(NUMBERING_GAP) || code.equals(DUPLICATE_NUMBER) || code.equals(WRONG_PARENT_NUMBER)) {
			return "Renuméroter la séquence";
		} else if (code.equals(MIXED_APOSTROPHES)) {
			return "Uniformiser les apostrophes (" + (edits.isEmpty() ? "" : edits.get(0).text()) + ")";
		} else if (code.equals(CUT_SENTENCE)) {
			return "Joindre à la ligne suivante";
		} else if (code.equals(DOUBLE_SPACE)) {
			return "Remplacer par une seule espace";
		} else if (code.equals(CONTROL_CHARACTER)) {
			return "Supprimer le caractère invisible";
		} else if (code.equals(CORRESPONDENCE_OUTSIDE_VERSIONS)) {
			return "Ajouter « " + (edits.isEmpty() ? "remplace" : edits.get(0).text().strip()) + " »";
		} else if (code.equals(CORRESPONDENCE_PROPOSAL)) {
			return "Ajouter « " + (edits.isEmpty() ? "correspond à" : edits.get(0).text().strip()) + " »";
		} else if (code.equals(DECOMPOSED_ACCENT)) {
			return "Recomposer l'accent (" + (edits.isEmpty() ? "" : edits.get(0).text()) + ")";
		}
		return null;
	}

	/** The edits in a diagnostic's data: a String[] in process, a JSON array once sent over the wire. */
	private static List<Edit> edits(Object data) {
		List<String> values = new ArrayList<>();
		if (data instanceof String[] strings) {
			values.addAll(List.of(strings));
		} else if (data instanceof JsonArray array) {
			for (JsonElement e : array) {
				if (e.isJsonPrimitive()) {
					values.add(e.getAsString());
				}
			}
		}
		List<Edit> edits = new ArrayList<>();
		for (String value : values) {
			Edit edit = Edit.decode(value);
			if (edit != null) {
				edits.add(edit);
			}
		}
		return edits;
	}
}
