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
 * Xtext's hover, answering « nothing » (null) where there is nothing to show, as LSP says: on a
 * comment, a keyword, blanks, an unresolved reference, and at a position the text does not have (a
 * client whose copy is a keystroke ahead), where Xtext answers an empty text or fails.
 */
public class ReferentielHoverService extends HoverService {

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		if (!inText(document, params.getPosition())) {
			return null;
		}
		Hover hover = super.hover(document, resource, params, cancelIndicator);
		boolean empty = hover == null || hover.getContents() == null
				|| hover.getContents().isRight() && (hover.getContents().getRight().getValue() == null
						|| hover.getContents().getRight().getValue().isBlank())
				|| hover.getContents().isLeft() && hover.getContents().getLeft().isEmpty();
		return empty ? null : hover;
	}

	/** Whether {@code position} is on a line of the document, at most at its end (Xtext throws otherwise). */
	private static boolean inText(Document document, Position position) {
		if (position == null || position.getLine() < 0 || position.getCharacter() < 0) {
			return false;
		}
		try {
			document.getOffSet(position);
			return true;
		} catch (IndexOutOfBoundsException e) {
			return false;
		}
	}
}
