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
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.EditorWorkspace;
import fr.referentiel.studio.dsl.ui.editor.IssueAnnotation;
import fr.referentiel.studio.dsl.ui.editor.ReferentielContentAssist;
import fr.referentiel.studio.dsl.ui.export.ExportOperation;
import fr.referentiel.studio.dsl.ide.quickfix.ReferentielCodeActionService;
import fr.referentiel.studio.dsl.ui.markers.FixNow;
import fr.referentiel.studio.dsl.ui.markers.ProblemMarkers;
import fr.referentiel.studio.dsl.ui.outline.ReferentielOutlinePage;
import fr.referentiel.studio.dsl.ui.refactoring.EditorTarget;
import fr.referentiel.studio.dsl.ui.refactoring.RenameIdentifierRefactoring;
import fr.referentiel.studio.dsl.validation.IssueCodes;
import fr.referentiel.studio.export.Exporters;

/** The editor in a real workbench: what a designer sees and does. */
class EditorTest {

	@AfterEach
	void cleanUp() throws Exception {
		closeEditorsAndDeleteProjects();
	}

	@Test
	void contentAssistOffersTheCompetenceSheetTemplate() throws Exception {
		IProject project = project("assist");
		String text = SMALL.replace("    compétence CP1", "    comp\n\n    compétence CP1");
		IFile file = file(project, "r.referentiel", text);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		int offset = text.indexOf("    comp\n") + "    comp".length();
		var viewer = (org.eclipse.jface.text.ITextViewer) editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class);
		ICompletionProposal[] proposals = new ReferentielContentAssist().computeCompletionProposals(viewer, offset);
		ICompletionProposal sheet = Arrays.stream(proposals)
				.filter(p -> p instanceof org.eclipse.jface.text.templates.TemplateProposal && p.getDisplayString().startsWith("compétence"))
				.findFirst().orElseThrow(() -> new AssertionError(Arrays.toString(proposals)));
		((org.eclipse.jface.text.contentassist.ICompletionProposalExtension2) sheet).apply(viewer, '\0', 0, offset);
		// Review found « numéro numéro » and « savoir_faire_technique »: each field now reads as what to write.
		assertTrue(document.get().contains("""
				    compétence CP2 "Intitulé de la compétence" {
				        numéro 2
				        description
				            | Décrivez ce que le professionnel fait.
				"""), document.get());
		assertTrue(document.get().contains("        savoir-faire techniques\n            - Premier savoir-faire technique.\n"),
				document.get());
	}

	@Test
	void markerAfterSavingABrokenFile() throws Exception {
		IProject project = project("markers");
		IFile file = file(project, "r.referentiel", SMALL);
		ITextEditor editor = open(file);
		waitForMarkers();
		IDocument document = document(editor);
		document.replace(document.get().indexOf("compétences CP1"), "compétences CP1".length(), "compétences CP9");
		editor.doSave(new NullProgressMonitor());
		waitUntil(() -> markers(file).stream().anyMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR),
				30_000, "an error marker");
		IMarker error = markers(file).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.findFirst().orElseThrow();
		assertEquals(IssueCodes.LINKING, error.getAttribute(ProblemMarkers.ISSUE_CODE, ""));
		assertEquals(4, error.getAttribute(IMarker.LINE_NUMBER, -1));
	}

	@Test
	void aSavedProblemFoundAgainWhileTypingIsDrawnOnce() throws Exception {
		IFile file = file(project("once"), "r.referentiel", SMALL.replace("compétences CP1", "compétences CP9"));
		ITextEditor editor = open(file);
		waitUntil(() -> !markers(file).isEmpty(), 30_000, "the marker");
		IAnnotationModel model = ((ISourceViewer) editor.getAdapter(ITextOperationTarget.class)).getAnnotationModel();
		int offset = SMALL.indexOf("CP1");
		waitUntil(() -> drawnAt(model, offset).stream().anyMatch(IssueAnnotation.class::isInstance), 30_000, "the typing check");
		waitUntil(() -> drawnAt(model, offset).size() == 1, 30_000, "one annotation only");
		assertInstanceOf(IssueAnnotation.class, drawnAt(model, offset).get(0));
		assertTrue(drawnAt(model, offset).get(0).getText().contains("« CP9 »"), drawnAt(model, offset).get(0).getText());

		// Fixed while typing: not drawn any more, and gone from the Problems view without saving.
		IDocument document = document(editor);
		document.replace(offset, 3, "CP1");
		waitUntil(() -> drawnAt(model, offset).isEmpty(), 30_000, "no annotation once fixed");
		waitUntil(() -> markers(file).isEmpty(), 30_000, "the Problems view following the typing");
		assertTrue(editor.isDirty());
	}

	/** The annotations the editor draws (not marked deleted) that start at {@code offset}. */
	private static List<Annotation> drawnAt(IAnnotationModel model, int offset) {
		List<Annotation> drawn = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (!annotation.isMarkedDeleted() && position != null && position.offset == offset
					&& (annotation instanceof IssueAnnotation || annotation instanceof MarkerAnnotation)) {
				drawn.add(annotation);
			}
		}
		return drawn;
	}

	private static final String WITH_REPEATED_CRITERION = SMALL.replace("            - La demande est prise en compte.\n",
			"            - La demande est prise en compte.\n            - La demande est prise en compte.\n");

	/** The marker of the repeated criterion, once the check has put it. */
	private static IMarker duplicateEntryMarker(IFile file) throws Exception {
		waitUntil(() -> markers(file).stream()
				.anyMatch(m -> IssueCodes.DUPLICATE_ENTRY.equals(m.getAttribute(ProblemMarkers.ISSUE_CODE, ""))), 30_000,
				"the duplicate entry marker");
		return markers(file).stream()
				.filter(m -> IssueCodes.DUPLICATE_ENTRY.equals(m.getAttribute(ProblemMarkers.ISSUE_CODE, ""))).findFirst()
				.orElseThrow();
	}

	@Test
	void quickFixOfAMarkerRemovesARepeatedCriterion() throws Exception {
		IProject project = project("quickfix");
		String text = WITH_REPEATED_CRITERION;
		IFile file = file(project, "r.referentiel", text);
		injector();
		IMarker marker = duplicateEntryMarker(file);
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length, Arrays.toString(resolutions));
		assertEquals("Supprimer la répétition", resolutions[0].getLabel());
		resolutions[0].run(marker);
		assertEquals(SMALL, read(file));
	}

	@Test
	void aCompetenceLikeOneOfTheReplacedVersionIsOfferedItsCorrespondenceLine() throws Exception {
		IProject project = project("propositions");
		file(project, "paie-2019.referentiel", """
				référentiel PAIE_2019 "Gestionnaire de paie" {
				    compétence CP1 "Assurer la tenue du dossier social des salariés de l'entreprise" {
				    }
				    compétence CP2 "Établir les déclarations sociales mensuelles et annuelles" {
				    }
				}
				""");
		String text = """
				référentiel PAIE_2024 "Gestionnaire de paie" {
				    remplace PAIE_2019
				    compétence CP1 "Établir les déclarations sociales mensuelles et annuelles de l'entreprise" {
				        numéro 1
				    }
				}
				""";
		IFile file = file(project, "paie-2024.referentiel", text);
		injector();
		String code = IssueCodes.CORRESPONDENCE_PROPOSAL;
		waitUntil(() -> markers(file).stream().anyMatch(m -> code.equals(m.getAttribute(ProblemMarkers.ISSUE_CODE, ""))), 30_000,
				"the proposal's marker");
		IMarker marker = markers(file).stream().filter(m -> code.equals(m.getAttribute(ProblemMarkers.ISSUE_CODE, ""))).findFirst()
				.orElseThrow();
		assertEquals(IMarker.SEVERITY_INFO, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(3, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length, Arrays.toString(resolutions));
		assertEquals("Ajouter « correspond à PAIE_2019.CP2 »", resolutions[0].getLabel());
		resolutions[0].run(marker);
		assertEquals(text.replace("        numéro 1\n", "        numéro 1\n        correspond à PAIE_2019.CP2\n"), read(file));
	}

	@Test
	void quickFixAfterTypingAboveInTheOpenEditorFixesTheRightPlace() throws Exception {
		// The marker's fix was computed on the saved text; the author then typed a line above, unsaved.
		IProject project = project("quickfix-typed");
		String text = WITH_REPEATED_CRITERION;
		IFile file = file(project, "r.referentiel", text);
		ITextEditor editor = open(file);
		IMarker marker = duplicateEntryMarker(file);
		document(editor).replace(0, 0, "// Une note tapée avant de corriger.\n");
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length, Arrays.toString(resolutions));
		List<String> refused = new ArrayList<>();
		Runnable stopWatching = closeRefusalWhenShown(refused); // a refusal would wait for a click: the test fails instead of hanging
		resolutions[0].run(marker);
		stopWatching.run();
		assertEquals(List.of(), refused);
		assertEquals("// Une note tapée avant de corriger.\n" + SMALL, document(editor).get());
	}

	@Test
	void aFixListedBeforeTypingAboveRemovesTheRepetitionAndNothingElse() throws Exception {
		// Review found « numéro 1 » turned into « numé   - La demande… » and the duplicate left.
		IProject project = project("quickfix-listed");
		IFile file = file(project, "r.referentiel", WITH_REPEATED_CRITERION);
		ITextEditor editor = open(file);
		IMarker marker = duplicateEntryMarker(file);
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals("Supprimer la répétition", resolutions[0].getLabel());
		// The list was open on the saved text; the author types a line above before choosing.
		document(editor).replace(0, 0, "// Une note tapée avant de corriger.\n");
		List<String> refused = new ArrayList<>();
		Runnable stopWatching = closeRefusalWhenShown(refused); // a refusal would wait for a click: the test fails instead of hanging
		resolutions[0].run(marker);
		stopWatching.run();
		assertEquals(List.of(), refused);
		assertEquals("// Une note tapée avant de corriger.\n" + SMALL, document(editor).get());
		assertTrue(editor.isDirty(), "still unsaved: the fix is in the editor's text");
	}

	@Test
	void aFixWhoseRepetitionTheAuthorAlreadyChangedChangesNothingAndSaysWhy() throws Exception {
		IProject project = project("quickfix-refused");
		IFile file = file(project, "r.referentiel", WITH_REPEATED_CRITERION);
		ITextEditor editor = open(file);
		IMarker marker = duplicateEntryMarker(file);
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		String edited = WITH_REPEATED_CRITERION.replaceFirst("La demande est prise en compte", "La demande urgente est prise en compte");
		document(editor).set(edited);
		List<String> said = new ArrayList<>();
		closeRefusalWhenShown(said);
		resolutions[0].run(marker);
		assertEquals(List.of(ReferentielCodeActionService.TEXT_CHANGED), said);
		assertEquals(edited, document(editor).get(), "nothing changed");
	}

	/** Reads and closes the window that says why a fix was not applied, once it opens; returns what stops the watch. */
	private static Runnable closeRefusalWhenShown(List<String> said) {
		Display display = Display.getCurrent();
		long giveUp = System.currentTimeMillis() + 30_000; // the test then fails on what was said
		boolean[] stopped = { false };
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				if (stopped[0] || System.currentTimeMillis() > giveUp) {
					return;
				}
				for (Shell shell : display.getShells()) {
					if (FixNow.REFUSAL_TITLE.equals(shell.getText()) && !shell.isDisposed()) {
						collectLabels(shell, said);
						shell.close();
						return;
					}
				}
				display.timerExec(100, this);
			}
		});
		return () -> stopped[0] = true;
	}

	private static void collectLabels(org.eclipse.swt.widgets.Composite parent, List<String> said) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label && !label.getText().isEmpty()) {
				said.add(label.getText());
			} else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				collectLabels(composite, said);
			}
		}
	}

	@Test
	void renameRefusesANameAnotherElementHasOrThatIsNoIdentifier() throws Exception {
		// Review found two CP2 written by a rename to a name already taken.
		IProject project = project("rename-refused");
		IFile file = file(project, "r.referentiel", SMALL);
		open(file);
		EditorWorkspace index = LanguageServices.workspace();
		String cp1 = index.withFile(file, resource -> org.eclipse.emf.ecore.util.EcoreUtil
				.getURI(((fr.referentiel.studio.model.Referential) resource.getContents().get(0)).getCompetences().get(0)).toString());
		RenameIdentifierRefactoring rename = new RenameIdentifierRefactoring(index, cp1, "CP1");
		rename.setNewName("AT1");
		var taken = rename.checkFinalConditions(new org.eclipse.core.runtime.NullProgressMonitor());
		assertTrue(taken.hasFatalError(), taken.toString());
		assertTrue(taken.getMessageMatchingSeverity(org.eclipse.ltk.core.refactoring.RefactoringStatus.FATAL)
				.startsWith("L'identifiant « AT1 » est déjà celui d'un autre élément de ce référentiel"), taken.toString());
		rename.setNewName("2 CP");
		var notAnIdentifier = rename.checkFinalConditions(new org.eclipse.core.runtime.NullProgressMonitor());
		assertTrue(notAnIdentifier.getMessageMatchingSeverity(org.eclipse.ltk.core.refactoring.RefactoringStatus.FATAL)
				.startsWith("« 2 CP » n'est pas un identifiant"), notAnIdentifier.toString());
		rename.setNewName("type");
		var keyword = rename.checkFinalConditions(new org.eclipse.core.runtime.NullProgressMonitor());
		assertEquals("« type » est un mot du langage : comme identifiant, écrivez-le « ^type », ou choisissez-en un autre.",
				keyword.getMessageMatchingSeverity(org.eclipse.ltk.core.refactoring.RefactoringStatus.FATAL));
		rename.setNewName("CP7");
		assertTrue(rename.checkFinalConditions(new org.eclipse.core.runtime.NullProgressMonitor()).isOK());
		assertEquals(SMALL, read(file), "nothing written by the refused names");
	}

	@Test
	void renameRefusesTheNameOfAReferentialOfAnotherFile() throws Exception {
		TwoVersions files = twoVersions("rename-referential-refused");
		EditorTarget target = EditorTarget.at(document(files.editor()), SMALL.indexOf("R1"));
		RenameIdentifierRefactoring rename = new RenameIdentifierRefactoring(LanguageServices.workspaceNow(), target.uri(), "R1");
		String other = "R2"; // the referential of b.referentiel
		rename.setNewName(other);
		var taken = rename.checkAllConditions(new NullProgressMonitor());
		assertTrue(taken.hasFatalError(), taken.toString());
		assertEquals("L'identifiant « " + other + " » est déjà celui d'un élément du fichier « b.referentiel » : choisissez-en un autre, "
				+ "sans quoi chaque « " + other + " » serait ambigu.",
				taken.getMessageMatchingSeverity(org.eclipse.ltk.core.refactoring.RefactoringStatus.FATAL));
		assertEquals(SMALL, document(files.editor()).get());
	}

	@Test
	void outlineListsActivityTypesCompetencesAndCriteriaInDocumentOrder() throws Exception {
		IProject project = project("outline");
		IFile file = file(project, "tai-2023.referentiel", example("tai-2023.referentiel"));
		ITextEditor editor = open(file);
		assertInstanceOf(ReferentielOutlinePage.class, editor.getAdapter(IContentOutlinePage.class));

		List<DocumentSymbol> symbols = ReferentielOutlinePage.symbols(document(editor), injector(), CancelIndicator.NullImpl);
		assertEquals(1, symbols.size());
		DocumentSymbol root = symbols.get(0);
		assertTrue(root.getName().startsWith("TAI_2023 — Technicien d'assistance en informatique"), root.getName());
		List<String> names = root.getChildren().stream().map(DocumentSymbol::getName).toList();
		int at1 = index(names, "AT1 — ");
		int at3 = index(names, "AT3 — ");
		int cp1 = index(names, "CP1 — ");
		int cp9 = index(names, "CP9 — ");
		assertTrue(at1 < at3 && at3 < cp1 && cp1 < cp9, names.toString());
		DocumentSymbol competence = root.getChildren().get(cp1);
		List<String> inside = competence.getChildren().stream().map(DocumentSymbol::getName).toList();
		assertTrue(inside.get(0).startsWith("Critère : "), inside.toString());
		assertTrue(inside.contains("Savoir-faire techniques, savoir-faire organisationnels, savoir-faire relationnels, savoirs"),
				inside.toString()); // the REAC's one mixed list, under its own heading

		// The Outline view shows the same entries.
		page().showView(IPageLayout.ID_OUTLINE);
		page().activate(editor);
		ReferentielOutlinePage page = outlinePage(editor);
		waitUntil(() -> !page.entries().isEmpty(), 30_000, "the outline view");
		assertEquals(root.getName(), page.entries().get(0).getName());
	}

	@Test
	void renameUpdatesEveryFile() throws Exception {
		TwoVersions files = twoVersions("rename");
		IFile a = files.a(), b = files.b();
		ITextEditor editor = files.editor();
		IDocument document = document(editor);
		Change change = renameChange(editor, SMALL.indexOf("compétence CP1") + "compétence ".length(), "CP1", "CP10");
		assertEquals(2, ((org.eclipse.ltk.core.refactoring.CompositeChange) change).getChildren().length, "one change, both files");
		change.initializeValidationData(new NullProgressMonitor());
		Change undo = change.perform(new NullProgressMonitor());
		editor.doSave(new NullProgressMonitor());

		assertEquals(SMALL.replace("CP1", "CP10"), read(a));
		assertTrue(read(b).contains("correspond à R1.CP10"), read(b));
		assertTrue(read(b).contains("compétence CP1 \"Traiter"), read(b));

		// one undo restores both files
		undo.initializeValidationData(new NullProgressMonitor());
		undo.perform(new NullProgressMonitor());
		assertEquals(SMALL, document.get());
		assertTrue(read(b).contains("correspond à R1.CP1\n"), read(b));
	}

	/** The change the rename refactoring proposes for the identifier at {@code offset}, checked first. */
	private static Change renameChange(ITextEditor editor, int offset, String oldName, String newName) throws Exception {
		EditorTarget target = EditorTarget.at(document(editor), offset);
		assertNotNull(target);
		assertEquals(oldName, target.name());
		RenameIdentifierRefactoring refactoring = new RenameIdentifierRefactoring(LanguageServices.workspaceNow(), target.uri(),
				target.name());
		refactoring.setNewName(newName);
		assertFalse(refactoring.checkAllConditions(new NullProgressMonitor()).hasError());
		return refactoring.createChange(new NullProgressMonitor());
	}

	@Test
	void renamingAReferentialUpdatesTheQualifiedReferencesToIt() throws Exception {
		TwoVersions files = twoVersions("renameReferential");
		IFile a = files.a(), b = files.b();
		ITextEditor editor = files.editor();
		Change change = renameChange(editor, SMALL.indexOf("R1"), "R1", "TAI_2023");
		change.initializeValidationData(new NullProgressMonitor());
		change.perform(new NullProgressMonitor());
		editor.doSave(new NullProgressMonitor());

		assertEquals(SMALL.replace("référentiel R1", "référentiel TAI_2023"), read(a));
		assertEquals(NEXT.replace("R1.CP1", "TAI_2023.CP1"), read(b));
	}

	@Test
	void exportWritesTheFilesOfEveryFormat() throws Exception {
		IProject project = project("export");
		IFile file = file(project, "tai-2023.referentiel", example("tai-2023.referentiel"));
		injector();
		IFolder folder = project.getFolder("export");
		folder.create(true, true, null);
		ExportOperation operation = new ExportOperation(List.of(file), Exporters.available(), folder);
		operation.run(new NullProgressMonitor());
		assertEquals(List.of(), operation.refused());
		List<String> names = new ArrayList<>();
		for (IResource r : folder.members()) {
			names.add(r.getName());
		}
		assertTrue(names.containsAll(List.of("tai-2023.html", "tai-2023.csv", "tai-2023.md")), names.toString());
		assertTrue(folder.getFile("tai-2023.html").getLocation().toFile().length() > 10_000);
	}

	private static ReferentielOutlinePage outlinePage(ITextEditor editor) {
		var view = (org.eclipse.ui.views.contentoutline.ContentOutline) page().findView(IPageLayout.ID_OUTLINE);
		return (ReferentielOutlinePage) view.getCurrentPage();
	}

	private static int index(List<String> names, String prefix) {
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).startsWith(prefix)) {
				return i;
			}
		}
		throw new AssertionError("no " + prefix + " in " + names);
	}

	private static List<IMarker> markers(IFile file) {
		try {
			return List.of(file.findMarkers(ProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO));
		} catch (Exception e) {
			return List.of();
		}
	}
}
