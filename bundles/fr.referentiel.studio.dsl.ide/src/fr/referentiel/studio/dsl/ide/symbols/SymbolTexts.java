/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.symbols;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * The texts of symbols as clients show and search them. An outline entry or a search result is
 * one line: a title written with {@code \n}, a tab or a Unicode line separator would otherwise
 * break the client's list or its Markdown. A designer types « securite » for « sécurité », so
 * searches compare texts without case, accents nor ligatures.
 */
final class SymbolTexts {

	/** Line breaks (those Java and Unicode know), tabs and the other blanks, run together. */
	private static final Pattern BLANKS = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private SymbolTexts() {
	}

	/** {@code text} on one line: blanks as one space, the other control characters escaped ({@code \u001B}). */
	static String oneLine(String text) {
		return text == null ? null : ControlCharacters.escape(BLANKS.matcher(text).replaceAll(" ").strip());
	}

	/** {@code text} as a search compares it: lower case, without accents, « œ » as « oe ». */
	static String folded(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}
}
