/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Bracket matching: highlights the brace that opens or closes the block at the caret. */
public class BraceMatcher extends DefaultCharacterPairMatcher {

	public BraceMatcher() {
		super(new char[] { '{', '}', '(', ')' });
	}
}
