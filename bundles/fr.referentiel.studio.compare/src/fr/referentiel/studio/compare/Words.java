/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that text similarity counts: lower-case, accents folded (« Évaluer » and « evaluer »
 * are one word, as the documents are not consistent about capital accents), split at anything that
 * is not a letter or a digit; the short grammatical words of French are left out, since every
 * sentence has them and they would make unrelated texts look alike.
 */
public final class Words {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Set<String> STOP_WORDS = Set.of("a", "au", "aux", "avec", "ce", "ces", "d", "dans", "de", "des",
			"du", "elle", "en", "et", "il", "l", "la", "le", "les", "leur", "leurs", "lui", "n", "ne", "ou", "par", "pas",
			"pour", "qu", "que", "qui", "s", "sa", "se", "ses", "son", "sur", "un", "une", "y");

	private Words() {
	}

	/** The text in lower case with its accents folded: « Mise à jour » gives « mise a jour ». */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").replace("œ", "oe").replace("æ", "ae").toLowerCase(Locale.ROOT);
	}

	/** The distinct counted words of the text, in order of first appearance. */
	public static Set<String> of(String text) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : SEPARATORS.split(fold(text))) {
			if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/** Jaccard index of two sets of words: shared words over all words; 1 for two empty sets. */
	public static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 1;
		}
		int shared = shared(a, b);
		return (double) shared / (a.size() + b.size() - shared);
	}

	/** How much of {@code part} is found in {@code whole}: 0 when part is empty. */
	public static double containment(Set<String> part, Set<String> whole) {
		return part.isEmpty() ? 0 : (double) shared(part, whole) / part.size();
	}

	static int shared(Set<String> a, Set<String> b) {
		Set<String> small = a.size() <= b.size() ? a : b;
		Set<String> large = small == a ? b : a;
		int shared = 0;
		for (String word : small) {
			if (large.contains(word)) {
				shared++;
			}
		}
		return shared;
	}
}
