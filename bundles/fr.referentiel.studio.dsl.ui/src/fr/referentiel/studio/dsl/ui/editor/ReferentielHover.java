/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ui.Documents;
import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;

/**
 * Hover on a reference (or a declaration, a criterion): the full text of the competence,
 * activity or criterion, from the language's hover service.
 */
public class ReferentielHover implements ITextHover {

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		IDocument document = viewer.getDocument();
		Injector injector = LanguageServices.now();
		if (injector == null) {
			return null;
		}
		return Failures.safely("survol", () -> text(document, region.getOffset(), injector), null);
	}

	/**
	 * The hover text at {@code offset}, or null: the service's Markdown made text again (bold labels
	 * plain, backslash escapes undone). The entities {@code &lt; &gt; &amp;} of the referential's text
	 * stay: Eclipse's hover shows its text through an HTML presenter, which turns them back into
	 * characters, whereas a {@code <b>} written in a title would be taken for a tag.
	 */
	public static String text(IDocument document, int offset, Injector injector) {
		IHoverService service = injector.getInstance(IHoverService.class);
		String text = document.get();
		Document lspDocument = new Document(1, text);
		Hover hover = Documents.withResource(document, false, resource -> service.hover(lspDocument, resource,
				new HoverParams(new TextDocumentIdentifier(resource.getURI().toString()), lspDocument.getPosition(offset)),
				CancelIndicator.NullImpl));
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return null;
		}
		String value = hover.getContents().getRight().getValue();
		return value == null || value.isBlank() ? null : text(value);
	}

	/** The Markdown of ReferentielDocumentation as text: every unescaped {@code **} is a label's bold. */
	static String text(String markdown) {
		StringBuilder text = new StringBuilder(markdown.length());
		for (int i = 0; i < markdown.length(); i++) {
			char c = markdown.charAt(i);
			if (c == '\\' && i + 1 < markdown.length()) {
				text.append(markdown.charAt(++i));
			} else if (c == '*' && markdown.startsWith("**", i)) {
				i++;
			} else {
				text.append(c);
			}
		}
		return text.toString();
	}
}
