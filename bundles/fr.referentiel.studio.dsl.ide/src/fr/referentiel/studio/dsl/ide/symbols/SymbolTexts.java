/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.symbols;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;


/**
 * The texts of symbols as searches compare them: a designer types « securite » for « sécurité », so
 * texts are compared without case, accents nor ligatures. (Names are made one line by
 * {@code ControlCharacters.oneLine}.)
 */
final class SymbolTexts {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private SymbolTexts() {
	}

	/** {@code text} as a search compares it: lower case, without accents, « œ » as « oe ». */
	static String folded(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}
}
