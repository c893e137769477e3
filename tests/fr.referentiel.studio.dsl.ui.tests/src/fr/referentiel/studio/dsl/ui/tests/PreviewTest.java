/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static fr.referentiel.studio.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.dsl.ui.preview.PreviewView;
import fr.referentiel.studio.export.Exporters;
import fr.referentiel.studio.export.Layout;

/** The « Aperçu » view beside the editor: what the designer sees while typing, both ways linked. */
class PreviewTest {

	/** Generous: WebKit's first page under Xvfb may take seconds; no assertion is about speed. */
	private static final long PATIENCE = 60_000;

	/** A competence and no activity type: nothing for the RNCP table, whose rows are activities. */
	private static final String WITHOUT_ACTIVITY_TYPES = """
			référentiel R3 "Sans activité type" {
			    compétence CP1 "Traiter un incident" {
			        critères de performance
			            - Le ticket est créé.
			    }
			}
			""";

	@AfterEach
	void cleanUp() throws Exception {
		System.clearProperty(PreviewView.WITHOUT_BROWSER);
		if (page().findView(PreviewView.ID) instanceof PreviewView view) {
			view.chooseLayout("document"); // the choice is remembered: leave the default for the other tests
			page().hideView(view);
		}
		closeEditorsAndDeleteProjects();
	}

	private static PreviewView preview() throws Exception {
		return (PreviewView) page().showView(PreviewView.ID);
	}

	/** The text of the page shown, as a reader sees it ("" while a page loads). */
	private static String pageText(PreviewView view) {
		Browser browser = view.browser();
		try {
			Object text = browser.evaluate("return document.body ? document.body.innerText : '';");
			return text instanceof String s ? s : "";
		} catch (SWTException e) {
			return "";
		}
	}

	private static boolean evaluatesTrue(Browser browser, String script) {
		try {
			return Boolean.TRUE.equals(browser.evaluate(script));
		} catch (SWTException e) {
			return false;
		}
	}

	private static void waitForText(PreviewView view, String text) {
		waitUntil(() -> pageText(view).contains(text), PATIENCE, "the preview to show « " + text + " »");
	}

	@Test
	void theLayoutsAreTheHtmlExportersAndTheChoiceIsRemembered() throws Exception {
		PreviewView view = preview();
		assertEquals(Exporters.find("html").orElseThrow().layouts().stream().map(Layout::id).toList(), view.layoutIds());
		view.chooseLayout("rncp");
		page().hideView(view);
		assertEquals("rncp", preview().layoutId());
	}

	@Test
	void thePreviewFollowsTheUnsavedTextAfterAPauseInTyping() throws Exception {
		IFile file = file(project("apercu"), "r.referentiel", SMALL);
		ITextEditor editor = open(file);
		PreviewView view = preview();
		waitForText(view, "Traiter un incident");
		assertTrue(pageText(view).contains("Assister les utilisateurs"), pageText(view));

		IDocument document = document(editor);
		int title = document.get().indexOf("Traiter un incident");
		document.replace(title, "Traiter un incident".length(), "Résoudre une panne");
		waitForText(view, "Résoudre une panne");
		assertFalse(pageText(view).contains("Traiter un incident"), pageText(view));
		assertTrue(editor.isDirty(), "the preview shows the unsaved text");
		assertTrue(read(file).contains("Traiter un incident"), "nothing was saved");
		assertNull(view.bannerText());
	}

	@Test
	void theCaretScrollsThePageToItsElement() throws Exception {
		String text = example("tai-2023.referentiel");
		ITextEditor editor = open(file(project("defilement"), "tai.referentiel", text));
		PreviewView view = preview();
		waitForText(view, "Intervenir sur un annuaire Active Directory");
		String inView = "var r = document.getElementById('CP9').getBoundingClientRect();"
				+ " return r.top >= -2 && r.top < window.innerHeight;";
		assertFalse(evaluatesTrue(view.browser(), inView), "the last competence's sheet starts below the fold");

		editor.selectAndReveal(text.indexOf("compétence CP9") + "compétence CP9 \"Inter".length(), 0);
		waitUntil(() -> evaluatesTrue(view.browser(), inView), PATIENCE, "the sheet of CP9 scrolled into view");
	}

	@Test
	void aClickInThePageRevealsTheElementsLine() throws Exception {
		ITextEditor editor = open(file(project("clic"), "r.referentiel", SMALL));
		IDocument document = document(editor);
		PreviewView view = preview();
		waitForText(view, "Traiter un incident");
		int line = document.getLineOfOffset(SMALL.indexOf("compétence CP1 \""));

		// The view listens to clicks once the page has loaded, as a user clicks a page they see.
		waitUntil(() -> evaluatesTrue(view.browser(), "return typeof referentielReveal === 'function';"), PATIENCE,
				"the page's link back to the editor");
		waitUntil(() -> evaluatesTrue(view.browser(), "return window.referentielClicks === true;"), PATIENCE,
				"the view to listen to clicks in the page");
		// What the user's click does: a click event on the competence's heading.
		assertTrue(view.browser().execute("document.querySelector('#CP1 h3').click();"));
		waitUntil(() -> editor.getSelectionProvider().getSelection() instanceof ITextSelection s && s.getStartLine() == line,
				PATIENCE, "the editor to show the line of CP1");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("CP1", selection.getText());
		assertEquals(editor, page().getActivePart());
	}

	@Test
	void withErrorsTheLastGoodPageStaysUnderABanner() throws Exception {
		ITextEditor editor = open(file(project("erreurs"), "r.referentiel", SMALL));
		PreviewView view = preview();
		waitForText(view, "Traiter un incident");
		IDocument document = document(editor);
		int criteria = SMALL.indexOf("        critères de performance");
		document.replace(criteria, 0, "        numéro deux\n");
		int errorLine = document.getLineOfOffset(criteria) + 1;
		waitUntil(() -> view.bannerText() != null, PATIENCE, "the error banner");
		assertTrue(view.bannerText().startsWith("Le fichier contient des erreurs (première erreur, ligne " + errorLine + " :"),
				view.bannerText());
		assertTrue(view.bannerText().contains("dernière version sans erreur"), view.bannerText());
		assertNull(view.messageText(), "the page stays");
		assertTrue(pageText(view).contains("Traiter un incident"), pageText(view));

		document.replace(criteria, "        numéro deux\n".length(), "");
		waitUntil(() -> view.bannerText() == null, PATIENCE, "the banner to go once the error is fixed");
	}

	@Test
	void aLayoutWithNothingToShowSaysWhyInsteadOfAnEmptyPage() throws Exception {
		open(file(project("refus"), "r.referentiel", WITHOUT_ACTIVITY_TYPES));
		PreviewView view = preview();
		view.chooseLayout("rncp");
		waitUntil(() -> view.messageText() != null && view.messageText().contains("aucune activité type"), PATIENCE,
				"the RNCP table's refusal");
		assertTrue(view.messageText().startsWith("La mise en page « rncp » présente un tableau par activité type"),
				view.messageText());
		view.chooseLayout("document");
		waitForText(view, "Traiter un incident");
		assertNull(view.messageText());
	}

	@Test
	void withoutWebKitTheViewSaysWhatToInstallAndOffersTheSystemBrowser() throws Exception {
		System.setProperty(PreviewView.WITHOUT_BROWSER, "true");
		open(file(project("sans-webkit"), "r.referentiel", SMALL));
		PreviewView view = preview();
		assertNull(view.browser());
		waitUntil(() -> view.fallbackText() != null, PATIENCE, "the explanation without WebKitGTK");
		assertTrue(view.fallbackText().contains("WebKitGTK"), view.fallbackText());
		assertTrue(view.fallbackText().contains("libwebkit2gtk-4.1-0"), view.fallbackText());
		assertTrue(view.fallbackText().contains("navigateur du système"), view.fallbackText());
		Path page = view.writePageFile();
		assertNotNull(page);
		String html = Files.readString(page);
		assertTrue(html.contains("<section class=\"fiche\" id=\"CP1\">"), html);
		assertTrue(html.contains("Traiter un incident"), html);
	}
}
