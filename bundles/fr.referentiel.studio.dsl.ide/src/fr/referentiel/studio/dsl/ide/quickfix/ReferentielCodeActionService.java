/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.quickfix;

import static fr.referentiel.studio.dsl.validation.IssueCodes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionDisabled;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.inject.Inject;

import fr.referentiel.studio.dsl.validation.IssueData.Edit;

/**
 * Quick fixes of the validation rules, keyed by issue code: the language server offers them as
 * code actions and the Eclipse editor as marker resolutions. The checks that find a problem also
 * compute its correction (as issue data). A diagnostic the client holds may come from an older
 * text, so its edits are never applied as they are: the current text is validated again and the
 * edits come from the same issue found there ({@link IssueMatch}). When it is not there any more,
 * the fix is offered disabled, with the reason, and edits nothing.
 */
public class ReferentielCodeActionService implements ICodeActionService2 {

	/** Why a fix is not applied: the text changed where it applied, or the problem is gone. */
	public static final String TEXT_CHANGED = "Le texte a changé depuis la vérification : la correction n'est pas appliquée. "
			+ "Enregistrez ou attendez la nouvelle vérification, puis réessayez.";

	@Inject
	private CurrentIssues currentIssues;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		String uri = options.getCodeActionParams().getTextDocument().getUri();
		List<Diagnostic> diagnostics = options.getCodeActionParams().getContext().getDiagnostics();
		if (diagnostics.stream().noneMatch(d -> title(code(d), edits(d.getData())) != null)) {
			return List.of(); // nothing fixable: no need to validate
		}
		// The editor passes the document and its resource; the language server only a way to read them.
		List<CodeAction> fixes = options.getResource() != null && options.getDocument() != null
				? fixes(diagnostics, options.getDocument(), options.getResource(), uri)
				: options.getLanguageServerAccess().doSyncRead(uri,
						context -> fixes(diagnostics, context.getDocument(), context.getResource(), uri));
		boolean showsDisabled = options.getLanguageServerAccess() == null || showsDisabled(options.getLanguageServerAccess());
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (CodeAction fix : fixes) {
			if (fix.getDisabled() == null || showsDisabled) {
				actions.add(Either.forRight(fix));
			}
		}
		return actions;
	}

	private List<CodeAction> fixes(List<Diagnostic> diagnostics, Document document, Resource resource, String uri) {
		List<CodeAction> fixes = new ArrayList<>();
		for (Diagnostic diagnostic : diagnostics) {
			CodeAction fix = fix(diagnostic, document, resource, uri);
			if (fix != null) {
				fixes.add(fix);
			}
		}
		return fixes;
	}

	/**
	 * The quick fix of one diagnostic over {@code document}, whose model is {@code resource}: null when
	 * the diagnostic's rule has none, disabled (with {@link #TEXT_CHANGED}) when its issue is no longer
	 * in the text.
	 */
	public CodeAction fix(Diagnostic diagnostic, Document document, Resource resource, String uri) {
		String code = code(diagnostic);
		List<Edit> then = edits(diagnostic.getData());
		String title = title(code, then);
		if (title == null) {
			return null;
		}
		CodeAction action = new CodeAction(title);
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		// The model must be the text the client shows, or the edits would fit another text.
		List<Edit> now = resource instanceof XtextResource x && x.getParseResult() != null
				&& x.getParseResult().getRootNode().getText().equals(document.getContents())
						? IssueMatch.find(code, then, currentIssues.of(resource))
						: null;
		if (now == null || !title.equals(title(code, now)) || !fitsTheText(now, document.getContents())) {
			action.setDisabled(new CodeActionDisabled(TEXT_CHANGED));
			return action;
		}
		List<TextEdit> textEdits = new ArrayList<>();
		for (Edit edit : now) {
			Range range = new Range(document.getPosition(edit.offset()), document.getPosition(edit.offset() + edit.length()));
			textEdits.add(new TextEdit(range, edit.text()));
		}
		action.setIsPreferred(true);
		action.setEdit(new WorkspaceEdit(Map.of(uri, textEdits)));
		return action;
	}

	/** Every edit inside the text and over the very text the check read there (a guard: the issue comes from this text). */
	private static boolean fitsTheText(List<Edit> edits, String text) {
		for (Edit edit : edits) {
			if (edit.offset() < 0 || edit.offset() + edit.length() > text.length()
					|| !text.startsWith(edit.replaced(), edit.offset())) {
				return false;
			}
		}
		return true;
	}

	private static boolean showsDisabled(ILanguageServerAccess access) {
		InitializeParams params = access.getInitializeParams();
		ClientCapabilities capabilities = params == null ? null : params.getCapabilities();
		var codeAction = capabilities == null || capabilities.getTextDocument() == null ? null
				: capabilities.getTextDocument().getCodeAction();
		return codeAction != null && Boolean.TRUE.equals(codeAction.getDisabledSupport());
	}

	private static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null
				: diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
	}

	private static String title(String code, List<Edit> edits) {
		if (code == null || edits.isEmpty()) {
			return null;
		}
		if (code.equals(EMPTY_ENTRY)) {
			return "Supprimer la ligne vide";
		} else if (code.equals(DUPLICATE_ENTRY)) {
			return "Supprimer la répétition";
		} else if (code.equals(NUMBERING_GAP) || code.equals(DUPLICATE_NUMBER) || code.equals(WRONG_PARENT_NUMBER)) {
			return "Renuméroter la séquence";
		} else if (code.equals(MIXED_APOSTROPHES)) {
			return "Uniformiser les apostrophes (" + edits.get(0).text() + ")";
		} else if (code.equals(CUT_SENTENCE)) {
			return "Joindre à la ligne suivante";
		} else if (code.equals(DOUBLE_SPACE)) {
			return "Remplacer par une seule espace";
		} else if (code.equals(CONTROL_CHARACTER)) {
			return "Supprimer le caractère invisible";
		} else if (code.equals(CORRESPONDENCE_OUTSIDE_VERSIONS)) {
			return "Ajouter « " + edits.get(0).text().strip() + " »";
		} else if (code.equals(CORRESPONDENCE_PROPOSAL)) {
			return "Ajouter « " + edits.get(0).text().strip() + " »";
		} else if (code.equals(DECOMPOSED_ACCENT)) {
			return "Recomposer l'accent (" + edits.get(0).text() + ")";
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
		return IssueMatch.edits(values.toArray(String[]::new));
	}
}
