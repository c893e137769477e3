/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index of the words of one side's elements, so that finding the elements similar to
 * a text reads a few short lists instead of comparing it with every element. Prefix filtering:
 * an element that holds at least a fraction {@code f} of a text's {@code n} words holds at least
 * one of any {@code n - ceil(f·n) + 1} of them; the rarest are taken, whose lists are shortest.
 */
final class WordIndex {

	private final Map<String, List<Element>> postings = new HashMap<>();

	WordIndex(List<Element> elements) {
		this(elements, Element::words);
	}

	/** An index of other words of the elements (their titles'). */
	WordIndex(List<Element> elements, java.util.function.Function<Element, Set<String>> wordsOf) {
		for (Element e : elements) {
			for (String word : wordsOf.apply(e)) {
				postings.computeIfAbsent(word, w -> new ArrayList<>()).add(e);
			}
		}
	}

	/**
	 * The indexed elements that may share at least {@code fraction} of the words, in index order;
	 * every such element is among them (some returned may share fewer: the caller computes the score).
	 */
	Set<Element> candidates(Set<String> words, double fraction) {
		if (words.isEmpty()) {
			return Set.of();
		}
		List<String> rarestFirst = new ArrayList<>(words);
		rarestFirst.sort(Comparator.comparingInt((String w) -> postings.getOrDefault(w, List.of()).size())
				.thenComparing(Comparator.naturalOrder()));
		int needed = (int) Math.ceil(fraction * words.size() - 1e-9);
		int prefix = Math.max(1, words.size() - needed + 1);
		Set<Element> candidates = new LinkedHashSet<>();
		for (String word : rarestFirst.subList(0, Math.min(prefix, rarestFirst.size()))) {
			candidates.addAll(postings.getOrDefault(word, List.of()));
		}
		return candidates;
	}
}
