/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;

import org.eclipse.jface.text.IDocument;

/**
 * The semantic styles of a document's identifiers (declaration, reference, broken reference), as
 * computed by the language's semantic highlighting service in the background for one text; the
 * colouring uses them only while the document still has that text.
 */
public final class SemanticHighlights {

	private record Snapshot(String text, TreeMap<Integer, String> styles) {
	}

	private static final Map<IDocument, Snapshot> SNAPSHOTS = new WeakHashMap<>();

	private SemanticHighlights() {
	}

	static synchronized void put(IDocument document, String text, TreeMap<Integer, String> styles) {
		SNAPSHOTS.put(document, new Snapshot(text, styles));
	}

	/** The style id of the identifier at {@code offset}, or null when unknown or out of date. */
	static synchronized String styleAt(IDocument document, String currentText, int offset) {
		Snapshot snapshot = SNAPSHOTS.get(document);
		if (snapshot == null || !snapshot.text.equals(currentText)) {
			return null;
		}
		return snapshot.styles.get(offset);
	}
}
