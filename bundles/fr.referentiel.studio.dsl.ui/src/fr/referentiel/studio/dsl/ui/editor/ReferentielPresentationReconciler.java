/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ide.highlighting.ReferentielSemanticHighlighting;
import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.editor.Tokens.Tok;

/**
 * Colouring: lexical from the language's lexer (keywords, titles, prose, comments), then
 * semantic for identifiers (declared here, referring to another element, or naming nothing)
 * from the language's semantic highlighting service. Calm colours: designers read prose all day.
 */
public class ReferentielPresentationReconciler extends PresentationReconciler {

	public ReferentielPresentationReconciler() {
		DefaultDamagerRepairer dr = new DefaultDamagerRepairer(new Scanner());
		setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
	}

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		if (LanguageServices.now() == null) {
			// First paint before the language is ready: colour again once it is.
			LanguageServices.whenReady(injector -> recolour(textViewer));
		}
	}

	/** Asks {@code viewer} to colour its text again (from any thread), e.g. once the semantic styles are known. */
	static void recolour(ITextViewer viewer) {
		Display.getDefault().asyncExec(() -> {
			if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
				viewer.invalidateTextPresentation();
			}
		});
	}

	private static Color color(int r, int g, int b) {
		return new Color(Display.getDefault(), new RGB(r, g, b));
	}

	private static final class Styles {
		static final Token KEYWORD = new Token(new TextAttribute(color(0x7F, 0x00, 0x55), null, SWT.BOLD));
		static final Token TITLE = new Token(new TextAttribute(color(0x1A, 0x4F, 0x9C)));
		static final Token PROSE = new Token(new TextAttribute(color(0x30, 0x30, 0x30)));
		static final Token BULLET = new Token(new TextAttribute(color(0x2E, 0x5E, 0x3A)));
		static final Token COMMENT = new Token(new TextAttribute(color(0x80, 0x80, 0x80), null, SWT.ITALIC));
		static final Token NUMBER = new Token(new TextAttribute(color(0x99, 0x5C, 0x00)));
		static final Token IDENTIFIER = new Token(new TextAttribute(color(0x00, 0x00, 0x00)));
		static final Token DECLARATION = new Token(new TextAttribute(color(0x00, 0x50, 0x80), null, SWT.BOLD));
		static final Token REFERENCE = new Token(new TextAttribute(color(0x00, 0x78, 0x78), null, TextAttribute.UNDERLINE));
		static final Token BROKEN = new Token(new TextAttribute(color(0xC0, 0x00, 0x00), null, TextAttribute.STRIKETHROUGH));
		static final Token DEFAULT = new Token(null);
	}

	/** Hands out the tokens of the lexed document that lie in the range to repair. */
	static final class Scanner implements ITokenScanner {
		private IDocument document;
		private String text;
		private List<Tok> tokens = List.of();
		private int index;
		private int end;
		private int tokenOffset;
		private int tokenLength;
		private int position;

		@Override
		public void setRange(IDocument document, int offset, int length) {
			this.document = document;
			this.text = document.get();
			Injector injector = LanguageServices.now();
			this.tokens = injector == null ? List.of() : Failures.safely("coloration", () -> Tokens.of(document, injector), List.of());
			this.end = offset + length;
			this.position = offset;
			this.index = 0;
			while (index < tokens.size() && tokens.get(index).offset() + tokens.get(index).length() <= offset) {
				index++;
			}
		}

		@Override
		public IToken nextToken() {
			if (position >= end) {
				return Token.EOF;
			}
			if (index >= tokens.size() || tokens.get(index).offset() >= end) {
				tokenOffset = position;
				tokenLength = end - position;
				position = end;
				return Styles.DEFAULT;
			}
			Tok tok = tokens.get(index);
			if (tok.offset() > position) { // white space before the token
				tokenOffset = position;
				tokenLength = tok.offset() - position;
				position = tok.offset();
				return Styles.DEFAULT;
			}
			index++;
			tokenOffset = position;
			int tokEnd = Math.min(tok.offset() + tok.length(), end);
			tokenLength = tokEnd - position;
			position = tokEnd;
			return style(tok);
		}

		private IToken style(Tok tok) {
			return switch (tok.kind()) {
				case KEYWORD -> Styles.KEYWORD;
				case TITLE -> Styles.TITLE;
				case PROSE -> Styles.PROSE;
				case BULLET -> Styles.BULLET;
				case COMMENT -> Styles.COMMENT;
				case NUMBER -> Styles.NUMBER;
				case IDENTIFIER -> semantic(tok);
				default -> Styles.DEFAULT;
			};
		}

		private IToken semantic(Tok tok) {
			String style = SemanticHighlights.styleAt(document, text, tok.offset());
			if (style == null) {
				return Styles.IDENTIFIER;
			}
			return switch (style) {
				case ReferentielSemanticHighlighting.DECLARATION -> Styles.DECLARATION;
				case ReferentielSemanticHighlighting.REFERENCE -> Styles.REFERENCE;
				case ReferentielSemanticHighlighting.BROKEN_REFERENCE -> Styles.BROKEN;
				default -> Styles.IDENTIFIER;
			};
		}

		@Override
		public int getTokenOffset() {
			return tokenOffset;
		}

		@Override
		public int getTokenLength() {
			return tokenLength;
		}
	}
}
