/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * One piece of text the author wrote: a title, a prose line ({@code | …}) or a list entry
 * ({@code - …}), with the node it was parsed from.
 *
 * @param owner   the element holding the text
 * @param feature the attribute holding it
 * @param index   its position in a multi-valued attribute (0 otherwise)
 * @param value   the text, as the model holds it (trimmed)
 * @param node    where it is written; null for an element built without a parser
 */
record TextEntry(EObject owner, EAttribute feature, int index, String value, INode node) {

	/** Attributes that hold prose written by the author (not identifiers, codes or dates). */
	private static final Set<String> TEXT_FEATURES = Set.of("title", "term", "heading", "text", "paragraphs",
			"description", "context", "regulation", "definition", "label", "certifiers");


	/** The texts held by one element itself (not by its children), in the order of its features. */
	static List<TextEntry> of(EObject owner) {
		List<TextEntry> entries = new ArrayList<>();
		for (EAttribute attribute : owner.eClass().getEAllAttributes()) {
			if (attribute.getEType() != EcorePackage.Literals.ESTRING || !TEXT_FEATURES.contains(attribute.getName())) {
				continue;
			}
			entries.addAll(of(owner, attribute));
		}
		return entries;
	}

	/** The texts of one attribute of an element, one per value. */
	static List<TextEntry> of(EObject owner, EAttribute attribute) {
		if (attribute.isMany() ? ((List<?>) owner.eGet(attribute)).isEmpty() : !owner.eIsSet(attribute) || owner.eGet(attribute) == null) {
			return List.of(); // no text: no need to look for its nodes (a walk of the element's nodes)
		}
		List<TextEntry> entries = new ArrayList<>();
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, attribute);
		if (attribute.isMany()) {
			List<?> values = (List<?>) owner.eGet(attribute);
			for (int i = 0; i < values.size(); i++) {
				entries.add(new TextEntry(owner, attribute, i, (String) values.get(i), i < nodes.size() ? nodes.get(i) : null));
			}
		} else if (owner.eIsSet(attribute) && owner.eGet(attribute) != null) {
			entries.add(new TextEntry(owner, attribute, 0, (String) owner.eGet(attribute), nodes.isEmpty() ? null : nodes.get(0)));
		}
		return entries;
	}

	boolean isBlank() {
		return value == null || value.isBlank();
	}

	/** The offset where the text itself starts in the document: after the marker or quote and spaces. */
	int textStart() {
		String token = node.getText();
		int i = 0;
		if (i < token.length() && (token.charAt(i) == '|' || token.charAt(i) == '-' || token.charAt(i) == '"')) {
			i++;
		}
		while (i < token.length() && Character.isWhitespace(token.charAt(i))) {
			i++;
		}
		return node.getOffset() + i;
	}

	/** The offset just after the last character of the text itself (before a closing quote or spaces). */
	int textEnd() {
		String token = node.getText();
		int end = token.length();
		if (end > 1 && token.charAt(0) == '"' && token.charAt(end - 1) == '"') {
			end--;
		}
		while (end > 0 && Character.isWhitespace(token.charAt(end - 1))) {
			end--;
		}
		return node.getOffset() + Math.max(end, textStart() - node.getOffset());
	}

	/** The key two texts share when they differ only by case, accents, spaces, apostrophes or final punctuation. */
	static String normalize(String text) {
		return ComparisonKey.of(text);
	}

	/** Whether a text ends like a complete sentence or list item (not cut in the middle). */
	static boolean endsComplete(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return true;
		}
		char last = t.charAt(t.length() - 1);
		return ".!?…:;»)]\"".indexOf(last) >= 0;
	}

	/** Whether a text starts with a lower-case letter, as the continuation of a sentence does. */
	static boolean startsLowerCase(String text) {
		String t = text.strip();
		return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
	}
}
