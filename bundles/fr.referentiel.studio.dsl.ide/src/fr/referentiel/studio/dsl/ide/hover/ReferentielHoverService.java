/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.hover;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** Xtext's hover, answering « nothing » (null) where there is nothing to show, as LSP says, not an empty text. */
public class ReferentielHoverService extends HoverService {

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		Hover hover = super.hover(document, resource, params, cancelIndicator);
		boolean empty = hover == null || hover.getContents() == null
				|| hover.getContents().isRight() && (hover.getContents().getRight().getValue() == null
						|| hover.getContents().getRight().getValue().isBlank());
		return empty ? null : hover;
	}
}
