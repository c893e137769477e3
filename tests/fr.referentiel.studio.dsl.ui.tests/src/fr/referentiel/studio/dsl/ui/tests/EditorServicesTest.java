/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static fr.referentiel.studio.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.editor.ReferentielContentAssist;
import fr.referentiel.studio.dsl.ui.editor.ReferentielHover;
import fr.referentiel.studio.dsl.ui.refactoring.EditorTarget;
import fr.referentiel.studio.dsl.ui.refactoring.ReferencesPage;
import fr.referentiel.studio.dsl.ui.refactoring.ReferencesQuery;
import fr.referentiel.studio.dsl.ui.wizard.NewReferentielWizard;

/** Hover, formatting, folding, colouring, references, the new-referential wizard, failures. */
class EditorServicesTest {

	@AfterEach
	void cleanUp() throws Exception {
		closeEditorsAndDeleteProjects();
	}

	private static ITextViewer viewer(ITextEditor editor) {
		return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	@Test
	void hoverOnAReferenceShowsTheWholeCompetence() throws Exception {
		IFile file = file(project("hover"), "r.referentiel", SMALL);
		ITextEditor editor = open(file);
		int offset = SMALL.indexOf("compétences CP1") + "compétences C".length();
		ReferentielHover hover = new ReferentielHover();
		String text = hover.getHoverInfo(viewer(editor), hover.getHoverRegion(viewer(editor), offset));
		assertNotNull(text);
		assertTrue(text.startsWith("Compétence CP1 (n° 1) — Traiter un incident"), text);
		assertTrue(text.contains("La demande est prise en compte."), text);
		assertTrue(text.contains("Connaissance de la démarche ITIL."), text);
	}

	@Test
	void formatCommandIndentsTheWholeFile() throws Exception {
		String messy = SMALL.lines().map(String::strip).reduce("", (a, l) -> a + l + "\n")
				.replace("numéro 1\ncompétences", "numéro 1   compétences");
		IFile file = file(project("format"), "r.referentiel", messy);
		ITextEditor editor = open(file);
		page().activate(editor);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("fr.referentiel.studio.dsl.ui.format", null);
		assertEquals(SMALL, document(editor).get());
		assertTrue(editor.isDirty(), "the formatting is an edit the user saves or undoes");
	}

	@Test
	void blocksWrittenOverSeveralLinesFold() throws Exception {
		IFile file = file(project("folding"), "r.referentiel", SMALL);
		ITextEditor editor = open(file);
		ProjectionViewer viewer = (ProjectionViewer) viewer(editor);
		IDocument document = document(editor);
		waitUntil(() -> foldedLines(viewer, document).size() == 3, 30_000, "three folding regions");
		// the referential, the activity type and the competence sheet, each from its first to its last line
		assertEquals(List.of("1-14", "2-5", "7-13"), foldedLines(viewer, document));
	}

	private static List<String> foldedLines(ProjectionViewer viewer, IDocument document) {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		List<String> lines = new ArrayList<>();
		if (model == null) {
			return lines;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Position p = model.getPosition(it.next());
			try {
				int end = p.offset + p.length;
				int endLine = end == document.getLength() ? document.getNumberOfLines() - 1 : document.getLineOfOffset(end);
				lines.add((document.getLineOfOffset(p.offset) + 1) + "-" + endLine);
			} catch (BadLocationException e) {
				lines.add("?");
			}
		}
		lines.sort(null);
		return lines;
	}

	@Test
	void referencesAreColouredApartFromDeclarations() throws Exception {
		IFile file = file(project("colour"), "r.referentiel", SMALL);
		ITextEditor editor = open(file);
		ITextViewer viewer = viewer(editor);
		StyledText widget = viewer.getTextWidget();
		int reference = ((ITextViewerExtension5) viewer).modelOffset2WidgetOffset(SMALL.indexOf("compétences CP1") + "compétences ".length());
		int declaration = ((ITextViewerExtension5) viewer).modelOffset2WidgetOffset(SMALL.indexOf("compétence CP1") + "compétence ".length());
		waitUntil(() -> style(widget, reference) != null && style(widget, reference).underline, 30_000, "a reference underlined");
		StyleRange referenceStyle = style(widget, reference);
		StyleRange declarationStyle = style(widget, declaration);
		assertNotNull(declarationStyle);
		assertEquals(SWT.BOLD, declarationStyle.fontStyle & SWT.BOLD, "a declaration is bold");
		assertFalse(declarationStyle.underline, "a declaration is not underlined");
		assertFalse(referenceStyle.foreground.equals(declarationStyle.foreground), "two colours");
	}

	private static StyleRange style(StyledText widget, int offset) {
		return widget.getStyleRangeAtOffset(offset);
	}

	@Test
	void findReferencesListsEveryPlaceInTheSearchView() throws Exception {
		TwoVersions files = twoVersions("references");
		IFile b = files.b();
		ITextEditor editor = files.editor();
		EditorTarget target = EditorTarget.at(document(editor), SMALL.indexOf("compétence CP1") + "compétence ".length());
		ReferencesQuery query = new ReferencesQuery(LanguageServices.workspaceNow(), target);
		NewSearchUI.runQueryInForeground(null, query);

		var view = NewSearchUI.getSearchResultView();
		assertNotNull(view, "the Search view is open");
		ReferencesPage page = assertInstanceOf(ReferencesPage.class, view.getActivePage());
		List<String> lines = Arrays.stream(page.lines()).map(l -> (ReferencesQuery.ReferenceLine) l)
				.map(l -> l.file().getName() + ":" + l.line() + " " + l.text()).toList();
		assertEquals(List.of("a.referentiel:4 compétences CP1", "b.referentiel:5 correspond à R1.CP1"), lines);
		assertEquals("« CP1 » : 2 références", ((AbstractTextSearchResult) query.getSearchResult()).getLabel());

		// Going to the next match (the view's arrow) opens its file with the identifier selected.
		page.gotoNextMatch();
		page.gotoNextMatch();
		IEditorPart opened = page().findEditor(new FileEditorInput(b));
		assertNotNull(opened, "b.referentiel is open");
		ITextSelection selection = (ITextSelection) ((ITextEditor) opened).getSelectionProvider().getSelection();
		assertEquals(4, selection.getStartLine());
		assertEquals("CP1", selection.getText());
	}

	@Test
	void newReferentielWizardCreatesAProjectWithAValidStarterFile() throws Exception {
		NewReferentielWizard wizard = new NewReferentielWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text name = texts(dialog.getShell()).get(0);
			name.setText("Technicien réseaux");
			assertTrue(wizard.canFinish(), "a project name is enough");
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Technicien réseaux");
		assertTrue(project.isOpen());
		IFile file = project.getFile("Technicien_reseaux.referentiel");
		assertEquals(file, wizard.created());
		assertTrue(file.exists());
		assertTrue(read(file).contains("référentiel Technicien_reseaux \"Technicien réseaux\" {"), read(file));
		assertEquals(file, page().getActiveEditor().getEditorInput().getAdapter(IFile.class), "the starter file is open");

		injector();
		IResourceValidator validator = LanguageServices.now().getInstance(IResourceValidator.class);
		List<Issue> errors = LanguageServices.workspaceNow().withFile(file, r -> validator.validate(r, CheckMode.ALL, null))
				.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors);
	}

	private static List<Text> texts(Composite parent) {
		List<Text> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text && text.isVisible()) {
				found.add(text);
			} else if (child instanceof Composite composite) {
				found.addAll(texts(composite));
			}
		}
		return found;
	}

	@Test
	void aFailingServiceIsReportedInFrenchAndTheEditorStaysUsable() throws Exception {
		IFile file = file(project("failure"), "r.referentiel", SMALL);
		ITextEditor editor = open(file);
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			String result = Failures.safely("essai", () -> {
				throw new IllegalStateException("panne simulée");
			}, "valeur de repli");
			assertEquals("valeur de repli", result);
		} finally {
			Platform.removeLogListener(listener);
			closeDialogs();
		}
		assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR
				&& s.getMessage().startsWith("Le service « essai » du langage .referentiel a échoué ; l'éditeur reste utilisable.")),
				logged.toString());
		// the editor still types and proposes
		IDocument document = document(editor);
		int offset = SMALL.indexOf("        numéro 1\n        critères");
		document.replace(offset, 0, "        \n");
		ICompletionProposal[] proposals = new ReferentielContentAssist().computeCompletionProposals(viewer(editor), offset + 8);
		List<String> shown = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(shown.contains("description"), shown.toString());
		assertFalse(shown.contains("numéro"), "numéro is already written in CP1: " + shown);
	}

	/** Closes the error dialog the status manager may have opened. */
	private static void closeDialogs() {
		settle(500);
		Shell main = page().getWorkbenchWindow().getShell();
		for (Shell shell : main.getDisplay().getShells()) {
			if (shell != main && !shell.isDisposed()) {
				shell.close();
			}
		}
	}
}
