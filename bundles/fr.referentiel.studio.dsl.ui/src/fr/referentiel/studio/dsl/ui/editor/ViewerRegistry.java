/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.widgets.Display;

/** The viewers showing a document, so that background services can ask them to colour again. */
final class ViewerRegistry {

	private static final Map<ITextViewer, Boolean> VIEWERS = new WeakHashMap<>();

	private ViewerRegistry() {
	}

	static synchronized void register(ITextViewer viewer) {
		VIEWERS.put(viewer, Boolean.TRUE);
	}

	static synchronized void unregister(ITextViewer viewer) {
		VIEWERS.remove(viewer);
	}

	/** Asks the viewers of {@code document} to colour again (from any thread). */
	static void repaint(IDocument document) {
		java.util.List<ITextViewer> viewers;
		synchronized (ViewerRegistry.class) {
			viewers = VIEWERS.keySet().stream().filter(v -> v.getDocument() == document).toList();
		}
		viewers.forEach(ViewerRegistry::repaint);
	}

	static void repaint(ITextViewer viewer) {
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
				viewer.invalidateTextPresentation();
			}
		});
	}
}
