/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.hover;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's hover, answering « nothing » (null) where there is nothing to show, as LSP says, not an
 * empty text; and for a position past the end of its line at the end of that line, as LSP asks
 * (« If the character value is greater than the line length it defaults back to the line length »).
 * Xtext refused such a position with an exception that holds the whole document, which then went to
 * the log, and the client got an internal error.
 */
public class ReferentielHoverService extends HoverService {

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		Position position = params.getPosition();
		Position inText = position == null ? null : withinText(document.getContents(), position);
		if (inText == null) {
			return null; // no such line (or no position): nothing to show there
		}
		if (!inText.equals(position)) {
			params = new HoverParams(params.getTextDocument(), inText);
		}
		Hover hover = super.hover(document, resource, params, cancelIndicator);
		boolean empty = hover == null || hover.getContents() == null
				|| hover.getContents().isRight() && (hover.getContents().getRight().getValue() == null
						|| hover.getContents().getRight().getValue().isBlank())
				|| hover.getContents().isLeft() && hover.getContents().getLeft().isEmpty();
		return empty ? null : hover;
	}

	/**
	 * {@code position} with its character brought back to the length of its line (lines end at
	 * {@code \n}, as Xtext counts them; a {@code \r} before it is not part of the line); null when the
	 * line is not in the text or a number is negative.
	 */
	static Position withinText(String text, Position position) {
		if (position.getLine() < 0 || position.getCharacter() < 0) {
			return null;
		}
		int start = 0;
		for (int line = 0; line < position.getLine(); line++) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				return null;
			}
			start = end + 1;
		}
		int end = text.indexOf('\n', start);
		int length = (end < 0 ? text.length() : end) - start;
		if (length > 0 && text.charAt(start + length - 1) == '\r') {
			length--;
		}
		return position.getCharacter() <= length ? position : new Position(position.getLine(), length);
	}
}
