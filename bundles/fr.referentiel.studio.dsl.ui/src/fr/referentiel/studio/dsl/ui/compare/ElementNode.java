/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;

import fr.referentiel.studio.compare.Change;
import fr.referentiel.studio.compare.Element;
import fr.referentiel.studio.compare.Pairing;
import fr.referentiel.studio.compare.Rule;

/**
 * One pairing in the structure pane: its elements (identifier and title), its kind of change and
 * the rule that paired it, as the command line's reports name them; its children are the pairings
 * of the elements it holds (an activity type's competences, a competence's criteria…).
 */
public final class ElementNode extends DiffNode {

	private final Pairing pairing;
	private final String label;

	ElementNode(Pairing pairing) {
		super(kind(pairing), null, pairing.olds().isEmpty() ? null : new ElementText(pairing.olds()),
				pairing.news().isEmpty() ? null : new ElementText(pairing.news()));
		this.pairing = pairing;
		this.label = label(pairing);
	}

	/** Old side on the left, new on the right: an element missing on the left was added. */
	private static int kind(Pairing pairing) {
		if (pairing.olds().isEmpty()) {
			return Differencer.ADDITION;
		}
		if (pairing.news().isEmpty()) {
			return Differencer.DELETION;
		}
		return pairing.changed() ? Differencer.CHANGE : Differencer.NO_CHANGE;
	}

	/** « CP2 – Assister… : modifié (similarité du texte 0,82) », « CP5 → CP5 + CP10 – … : scindé (lien « correspond à ») ». */
	static String label(Pairing pairing) {
		List<Element> olds = pairing.olds();
		List<Element> news = pairing.news();
		String elements;
		if (olds.isEmpty() || news.isEmpty()) {
			elements = names(olds.isEmpty() ? news : olds);
		} else if (olds.size() == 1 && news.size() == 1 && ElementText.label(olds.get(0)).equals(ElementText.label(news.get(0)))) {
			elements = ElementText.label(news.get(0));
		} else if (olds.size() == 1 && news.size() == 1) {
			elements = ElementText.label(olds.get(0)) + " → " + ElementText.label(news.get(0));
		} else {
			elements = ids(olds) + " → " + ids(news) + " – " + (news.get(0).title().isEmpty() ? olds.get(0).title() : news.get(0).title());
		}
		StringBuilder b = new StringBuilder(elements).append(" : ");
		b.append(String.join(", ", pairing.changes().stream().map(Change::label).toList()));
		List<String> rules = new ArrayList<>();
		for (Rule rule : pairing.rules()) {
			rules.add(rule == Rule.SIMILARITY ? rule.label() + " " + String.format(Locale.FRANCE, "%.2f", pairing.score()) : rule.label());
		}
		if (!rules.isEmpty()) {
			b.append(" (").append(String.join(", ", rules)).append(')');
		}
		return b.toString();
	}

	private static String names(List<Element> elements) {
		return elements.size() == 1 ? ElementText.label(elements.get(0)) : ids(elements);
	}

	private static String ids(List<Element> elements) {
		return String.join(" + ", elements.stream().map(Element::id).toList());
	}

	public Pairing pairing() {
		return pairing;
	}

	@Override
	public String getName() {
		return label;
	}

	@Override
	public String toString() {
		return label;
	}
}
