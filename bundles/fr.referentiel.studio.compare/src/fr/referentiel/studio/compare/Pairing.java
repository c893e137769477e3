/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

import java.util.List;

/**
 * Elements of the old version and their counterparts in the new one: one old and one new element
 * mostly, several on a side for a split or a merge, none on a side for an added or removed element.
 *
 * @param rules   the rules that paired them, in the order they are tried; empty when unpaired
 * @param score   the similarity of their words (0 to 1); 0 when unpaired
 * @param diff    word changes from the old text to the new, when the text changed
 */
public record Pairing(ElementKind kind, List<Element> olds, List<Element> news, List<Change> changes, List<Rule> rules,
		double score, List<WordDiff.Segment> diff) {

	public Pairing {
		olds = List.copyOf(olds);
		news = List.copyOf(news);
		changes = List.copyOf(changes);
		rules = List.copyOf(rules);
		diff = List.copyOf(diff);
	}

	public boolean has(Change change) {
		return changes.contains(change);
	}

	/** Anything but « inchangé ». */
	public boolean changed() {
		return !has(Change.UNCHANGED);
	}
}
