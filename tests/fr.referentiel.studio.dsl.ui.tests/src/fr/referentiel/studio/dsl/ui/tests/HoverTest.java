/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static fr.referentiel.studio.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.dsl.ui.editor.HoverControl;
import fr.referentiel.studio.dsl.ui.editor.IssueAnnotation;
import fr.referentiel.studio.dsl.ui.editor.ReferentielHover;

/**
 * The hover as the designer sees it: the mouse rests on a word of the editor (a real hover event,
 * the platform's hover manager), and the window that opens holds the whole text, inside the screen.
 */
class HoverTest {

	@AfterEach
	void cleanUp() throws Exception {
		closeEditorsAndDeleteProjects(); // the hover goes with its editor
	}

	@Test
	void aCompetenceOfFortyLinesIsHoveredWholeAndScrollsInsideTheScreen() throws Exception {
		StringBuilder description = new StringBuilder("        description\n");
		for (int i = 1; i <= 40; i++) {
			description.append("            | Ligne ").append(i)
					.append(" : le technicien accueille l'utilisateur, qualifie sa demande et la traite selon la procédure.\n");
		}
		String text = SMALL.replace("        numéro 1\n        critères de performance",
				"        numéro 1\n" + description + "        critères de performance");
		ITextEditor editor = open(file(project("hover-long"), "r.referentiel", text));
		settle(500);

		StyledText shown = hoverAt(editor, text.indexOf("compétences CP1") + "compétences C".length());

		for (int i = 1; i <= 40; i++) {
			assertTrue(shown.getText().contains("Ligne " + i + " : le technicien accueille l'utilisateur, qualifie sa demande"
					+ " et la traite selon la procédure."), "line " + i + " missing: " + shown.getText());
		}
		assertTrue(shown.getText().contains("Connaissance de la démarche ITIL."), shown.getText());
		Shell hover = shown.getShell();
		assertInside(hover);
		Rectangle window = editor.getSite().getShell().getBounds();
		assertTrue(hover.getBounds().x + hover.getBounds().width <= window.x + window.width,
				"over the window, not past its right edge: " + hover.getBounds() + " in " + window);
		// Longer than the hover: it says how to scroll (F2), the rest is reached by scrolling.
		assertTrue(labels(hover).contains(HoverControl.SCROLL_HINT), labels(hover).toString());
		assertTrue(hover.getSize().y > 20 * shown.getLineHeight(), "sized to its text, not to ten lines: " + hover.getSize());
		Screenshots.take(editor.getSite().getShell(), "referentiel.hoverScreenshot");
	}

	@Test
	void aProblemWithAQuickFixSaysHowToApplyIt() throws Exception {
		String repeated = "            - La demande est prise en compte.\n";
		String text = SMALL.replace(repeated, repeated + repeated);
		ITextEditor editor = open(file(project("hover-fix"), "r.referentiel", text));
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		int second = text.indexOf(repeated) + repeated.length() + "            - La".length();
		waitUntil(() -> hasIssueAt(viewer, second), 30_000, "the squiggle of the repeated criterion");

		StyledText shown = hoverAt(editor, second);

		assertTrue(shown.getText().contains("La demande est prise en compte."), shown.getText());
		assertTrue(shown.getText().contains(ReferentielHover.QUICK_FIX_HINT), shown.getText());
	}

	private static boolean hasIssueAt(ISourceViewer viewer, int offset) {
		for (Iterator<Annotation> it = viewer.getAnnotationModel().getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			var position = viewer.getAnnotationModel().getPosition(annotation);
			if (annotation instanceof IssueAnnotation && position != null && position.includes(offset)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void aLongErrorMessageIsHoveredWhole() throws Exception {
		String name = "CP" + "9".repeat(380);
		String text = SMALL.replace("compétences CP1", "compétences " + name);
		IFile file = file(project("hover-error"), "r.referentiel", text);
		ITextEditor editor = open(file);
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		waitUntil(() -> message(viewer) != null, 30_000, "the squiggle of the unknown reference");
		String message = message(viewer);
		assertTrue(message.length() >= 400, message.length() + " characters: " + message);

		StyledText shown = hoverAt(editor, text.indexOf(name) + 5);

		assertTrue(shown.getText().contains(message), "the whole message: " + shown.getText());
		assertInside(shown.getShell());
		// Its end is in the window, not below its bottom edge: no line of it cut, no scrolling needed.
		Point end = shown.getLocationAtOffset(shown.getCharCount());
		assertTrue(end.y + shown.getLineHeight() <= shown.getClientArea().height,
				"message cut: its end at " + end + " in " + shown.getClientArea());
	}

	/** Rests the mouse on {@code offset} and returns the text of the hover that opens. */
	private static StyledText hoverAt(ITextEditor editor, int offset) {
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		StyledText widget = viewer.getTextWidget();
		widget.getShell().forceActive();
		widget.setFocus();
		settle(200);
		int widgetOffset = viewer instanceof ITextViewerExtension5 ext ? ext.modelOffset2WidgetOffset(offset) : offset;
		Point at = widget.getLocationAtOffset(widgetOffset);
		Event event = new Event();
		event.x = at.x + 2;
		event.y = at.y + widget.getLineHeight() / 2;
		event.widget = widget;
		Point target = widget.toDisplay(event.x, event.y);
		Point aside = widget.toDisplay(widget.getClientArea().width - 5, widget.getClientArea().height - 5);
		List<StyledText> found = new ArrayList<>();
		long end = System.currentTimeMillis() + 30_000;
		while (found.isEmpty()) {
			if (System.currentTimeMillis() > end) {
				var hover = new ReferentielHover();
				throw new AssertionError("no hover; active shell " + widget.getDisplay().getActiveShell() + " (editor's "
						+ widget.getShell() + "), pointer " + widget.getDisplay().getCursorLocation() + " for " + target
						+ "; the hover would say: " + hover.getHoverInfo2(viewer, hover.getHoverRegion(viewer, offset)));
			}
			widget.getShell().forceActive();
			// The pointer itself goes there (the hover manager drops a hover the pointer is not on),
			// from aside: a move out of the last hover's area lets the manager take a new one.
			widget.getDisplay().setCursorLocation(aside);
			settle(100);
			widget.getDisplay().setCursorLocation(target);
			settle(100);
			widget.notifyListeners(SWT.MouseHover, event); // as the display sends once the pointer rests
			settle(700);
			found.addAll(hoverTexts(widget.getShell()));
		}
		return found.get(0);
	}

	private static List<StyledText> hoverTexts(Shell workbench) {
		List<StyledText> texts = new ArrayList<>();
		for (Shell shell : workbench.getShells()) {
			if (shell.isVisible()) {
				collect(shell, StyledText.class, texts);
			}
		}
		texts.removeIf(t -> t.getText().isEmpty());
		return texts;
	}

	private static <T extends Control> void collect(Composite parent, Class<T> type, List<T> into) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				into.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				collect(composite, type, into);
			}
		}
	}

	private static List<String> labels(Shell shell) {
		List<Label> labels = new ArrayList<>();
		collect(shell, Label.class, labels);
		return labels.stream().filter(Label::isVisible).map(Label::getText).toList();
	}

	private static void assertInside(Shell hover) {
		Rectangle screen = hover.getMonitor().getBounds();
		Rectangle bounds = hover.getBounds();
		assertTrue(screen.contains(bounds.x, bounds.y) && screen.contains(bounds.x + bounds.width - 1, bounds.y + bounds.height - 1),
				"hover " + bounds + " outside the screen " + screen);
		assertEquals(bounds, bounds.intersection(screen));
	}

	private static String message(ISourceViewer viewer) {
		for (Iterator<Annotation> it = viewer.getAnnotationModel().getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof IssueAnnotation issue && issue.getText().contains("99999")) {
				return issue.getText();
			}
		}
		return null;
	}
}
