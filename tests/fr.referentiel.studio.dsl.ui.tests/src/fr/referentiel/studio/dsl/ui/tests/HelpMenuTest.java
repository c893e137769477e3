/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static fr.referentiel.studio.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.branding.UserGuide;

/** The Help menu of the product: every entry does something; the About text is shown whole. */
class HelpMenuTest {

	/** The entries of the platform's help system, which is not in the product. */
	private static final List<String> PLATFORM_HELP = List.of("helpContents", "helpSearch", "dynamicHelp");

	private final Predicate<String> browser = UserGuide.browser;

	@AfterEach
	void restore() {
		UserGuide.browser = browser;
	}

	@Test
	void theHelpMenuHasNoDeadEntryAndItsGuideOpensInTheBrowser() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Menu help = helpMenu(shell);
		help.notifyListeners(SWT.Show, new Event()); // as when the user opens it: its entries are made
		List<String> ids = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		MenuItem guide = null;
		for (MenuItem item : help.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) != 0) {
				continue;
			}
			labels.add(item.getText());
			if (item.getData() instanceof IContributionItem contribution) {
				ids.add(contribution.getId());
			}
			if (item.getText().replace("&", "").startsWith("Guide de l'utilisateur")) {
				guide = item;
			}
		}
		help.notifyListeners(SWT.Hide, new Event());
		for (String dead : PLATFORM_HELP) {
			assertFalse(ids.contains(dead), dead + " is still in the Help menu: " + ids + " " + labels);
		}
		assertNotNull(guide, "no « Guide de l'utilisateur » in " + labels);

		List<String> opened = new ArrayList<>();
		UserGuide.browser = url -> opened.add(url);
		guide.notifyListeners(SWT.Selection, new Event());
		waitUntil(() -> !opened.isEmpty(), 10_000, "the guide opened");

		assertEquals(1, opened.size(), opened.toString());
		Path page = Path.of(URI.create(opened.get(0).replace(" ", "%20")));
		assertTrue(page.endsWith(Path.of("guide", "index.html")), page.toString());
		String html = Files.readString(page, StandardCharsets.UTF_8);
		assertTrue(html.contains("<h1>Guide de l'utilisateur</h1>"), html);
		for (String linked : List.of("creer.html", "verifier.html", "exporter.html", "importer.html", "comparer.html")) {
			assertTrue(html.contains("href=\"" + linked + "\""), linked);
			assertTrue(Files.isRegularFile(page.resolveSibling(linked)), linked + " beside the index");
		}
	}

	@Test
	void theAboutDialogShowsItsWholeText() throws Exception {
		Display display = Display.getCurrent();
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		List<String> failures = new ArrayList<>();
		String[] shown = new String[1];
		long end = System.currentTimeMillis() + 30_000;
		Runnable[] inspect = new Runnable[1];
		inspect[0] = () -> {
			StyledText text = aboutText(display, workbench);
			if (text == null) {
				if (System.currentTimeMillis() < end) {
					display.timerExec(100, inspect[0]);
				}
				return;
			}
			shown[0] = text.getText();
			ScrolledComposite scroller = ancestor(text, ScrolledComposite.class);
			// The end of the text lies inside the text widget…
			Point last = text.getLocationAtOffset(text.getCharCount());
			if (last.y + text.getLineHeight() > text.getClientArea().height) {
				failures.add("the text ends at " + last + " below its widget " + text.getClientArea());
			}
			// …and the widget inside the visible part of the dialog: no line cut, nothing to scroll.
			if (scroller != null) {
				Rectangle inScroller = display.map(text.getParent(), scroller, text.getBounds());
				if (inScroller.y + inScroller.height > scroller.getClientArea().height) {
					failures.add("the text " + inScroller + " is cut by its frame " + scroller.getClientArea());
				}
			}
			text.getShell().close();
		};
		display.timerExec(100, inspect[0]);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.aboutAction", null);
		waitUntil(() -> shown[0] != null, 30_000, "the About dialog");

		assertTrue(failures.isEmpty(), failures + " in " + shown[0]);
		assertTrue(shown[0].startsWith("Référentiel Studio\nVersion "), shown[0]);
		assertTrue(shown[0].matches("(?s).*Version \\d+\\.\\d+\\.\\d+ \\(construction [^)]+\\).*"), "version filled in: " + shown[0]);
		assertTrue(shown[0].endsWith("Licence : Eclipse Public License 2.0."), shown[0]);
	}

	private static Menu helpMenu(Shell shell) {
		for (MenuItem item : shell.getMenuBar().getItems()) {
			String label = item.getText().replace("&", "");
			if (item.getMenu() != null && (label.equals("Help") || label.equals("Aide"))) {
				return item.getMenu();
			}
		}
		throw new AssertionError("no Help menu");
	}

	/** The About dialog's text: the StyledText of a dialog over the workbench that ends with the licence. */
	private static StyledText aboutText(Display display, Shell workbench) {
		for (Shell shell : display.getShells()) {
			if (shell != workbench && shell.isVisible()) {
				List<StyledText> texts = new ArrayList<>();
				collect(shell, texts);
				for (StyledText text : texts) {
					if (text.getText().contains("Licence : Eclipse Public License")) {
						return text;
					}
				}
			}
		}
		return null;
	}

	private static void collect(Composite parent, List<StyledText> into) {
		for (Control child : parent.getChildren()) {
			if (child instanceof StyledText text) {
				into.add(text);
			} else if (child instanceof Composite composite) {
				collect(composite, into);
			}
		}
	}

	private static <T> T ancestor(Control control, Class<T> type) {
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (type.isInstance(parent)) {
				return type.cast(parent);
			}
		}
		return null;
	}
}
