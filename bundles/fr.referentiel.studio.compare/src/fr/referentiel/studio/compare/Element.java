/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * One element of a version as the comparison sees it.
 *
 * @param id      the author's identifier, or one made of the parent's and a rank (CP1-CR2) as in the CSV export
 * @param code    the bloc's code, "" otherwise
 * @param title   the title, or the text of a list entry
 * @param lines   the element's own content, one paragraph or entry a line, in the order of the file
 * @param words   what similarity compares: title, content, and for a competence its criteria and knowledge
 * @param titleWords the words of the title alone: a competence whose sheet grew keeps its title
 * @param parent  where it sits (a competence's activity type, a criterion's competence); null at the top
 * @param order   its rank among the elements of its version, for a stable order everywhere
 */
public record Element(ElementKind kind, String id, String code, String title, List<String> lines, Set<String> words,
		Set<String> titleWords, Element parent, EObject source, int order) {

	/** Title and content as one text, one line each: what a change report compares word by word. */
	public String text() {
		return lines.isEmpty() ? title : title + "\n" + String.join("\n", lines);
	}

	/** « CP3 – Diagnostiquer… » or, for a list entry, its identifier and its text. */
	public String label() {
		String shown = code.isEmpty() ? id : code;
		return title.isEmpty() ? shown : shown + " – " + title;
	}

	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

	@Override
	public String toString() {
		return kind.id() + ":" + id;
	}
}
