/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key two texts share when they differ only by case, accents, spaces, apostrophes or final
 * punctuation (« L’équipe  est prête. » and « l'equipe est prete »): how the validator finds an
 * entry the author repeated. {@link #byDefinition} says what the key is; {@link #of} gives the same
 * key in one pass over the text for the characters French texts are written with, and falls back
 * to the definition for any other (the check of a batch spent a quarter of its time in the
 * definition's regular expressions).
 */
public final class ComparisonKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
	private static final Pattern SPACE_AROUND_APOSTROPHE = Pattern.compile(" ?' ?");
	private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([;:!?,.])");
	private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[\\s.;:!?,…]+$");

	/**
	 * What each character of Latin-1, Latin Extended-A and B and the general punctuation becomes,
	 * when that holds no space nor control (which the definition's strip and « $ » treat apart);
	 * null for the others, left to the definition.
	 */
	private static final String[] LETTERS = new String[0x2070];

	static {
		for (char c = 0x80; c < LETTERS.length; c = c == 0x24F ? 0x2000 : (char) (c + 1)) {
			String letters = letters(String.valueOf(c));
			LETTERS[c] = plain(letters) ? letters : null;
		}
	}

	private ComparisonKey() {
	}

	/** The key: {@link #byDefinition}, faster. */
	public static String of(String text) {
		StringBuilder key = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0xA0 || c == 0x202F) {
				space = true; // a run of spaces is one, and none at the start
				continue;
			}
			String letters = c < 0x80 ? null : c < LETTERS.length ? LETTERS[c] : null;
			if (c < 0x20 || c == 0x7F || c >= 0x80 && letters == null) {
				return byDefinition(text); // a character the one pass does not know: the definition decides
			}
			if (space && key.length() > 0) {
				key.append(' ');
			}
			space = false;
			if (letters == null) {
				key.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
			} else {
				key.append(letters);
			}
		}
		return punctuation(key);
	}

	/** The space rules of the definition, on a text whose spaces are single and inside. */
	private static String punctuation(StringBuilder text) {
		StringBuilder key = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
			if (c == ' ' && (next == '\'' || isPunctuation(next))) {
				continue; // « l ' equipe » is « l'equipe », « prête . » is « prête. »
			}
			key.append(c);
			if (c == '\'' && next == ' ') {
				i++;
			}
		}
		int end = key.length();
		while (end > 0 && (key.charAt(end - 1) == ' ' || key.charAt(end - 1) == '…' || isPunctuation(key.charAt(end - 1)))) {
			end--;
		}
		key.setLength(end);
		return key.toString();
	}

	/** The punctuation the definition takes no space before. */
	private static boolean isPunctuation(char c) {
		return c == ';' || c == ':' || c == '!' || c == '?' || c == ',' || c == '.';
	}

	/** Whether a character's letters hold no space nor control, which the definition's strip and « $ » see apart. */
	private static boolean plain(String letters) {
		for (int i = 0; i < letters.length(); i++) {
			char c = letters.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20 || c >= 0x7F && c <= 0x9F) {
				return false;
			}
		}
		return true;
	}

	/** The definition of the key, step by step. */
	public static String byDefinition(String text) {
		String s = letters(text);
		s = SPACES.matcher(s).replaceAll(" ").strip();
		s = SPACE_AROUND_APOSTROPHE.matcher(s).replaceAll("'");
		s = SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("$1");
		return FINAL_PUNCTUATION.matcher(s).replaceAll("");
	}

	/** Accents off, apostrophes straight, lower case, ligatures in two letters. */
	private static String letters(String text) {
		String s = Normalizer.normalize(text, Normalizer.Form.NFD);
		s = MARKS.matcher(s).replaceAll("");
		s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
		s = s.toLowerCase(Locale.ROOT);
		// The ligatures are spelling variants of the same word (œuvre / oeuvre), not other letters.
		return s.replace("œ", "oe").replace("æ", "ae");
	}
}
