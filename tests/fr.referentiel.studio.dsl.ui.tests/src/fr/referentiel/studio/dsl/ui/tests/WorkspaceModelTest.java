/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static fr.referentiel.studio.dsl.ui.tests.Workbench.NEXT;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.SMALL;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.closeEditorsAndDeleteProjects;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.document;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.file;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.injector;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.open;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.project;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.twoVersions;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.waitForMarkers;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.dsl.ui.builder.ReferentielBuilder;
import fr.referentiel.studio.dsl.ui.builder.ReferentielNature;
import fr.referentiel.studio.dsl.ui.markers.ProblemMarkers;
import fr.referentiel.studio.dsl.validation.IssueCodes;

/**
 * The editor's one workspace model: what a file sees (its project), the Problems view following
 * the typing in every file it affects, and the project builder (saved files, Project > Clean).
 */
class WorkspaceModelTest {

	@AfterEach
	void cleanUp() throws Exception {
		closeEditorsAndDeleteProjects();
	}

	@Test
	void aReferentialOfAnotherProjectIsNotSeen() throws Exception {
		// Review found R1.CP1 resolved from another project, which the language server would not do.
		IProject first = project("visibility-first");
		file(first, "a.referentiel", SMALL);
		IProject second = project("visibility-second");
		IFile b = file(second, "b.referentiel", NEXT);
		injector();
		waitUntil(() -> linkingErrorLines(b).equals(List.of(5)), 30_000, "« R1.CP1 » unknown in the other project");
		IMarker marker = linkingErrors(b).get(0);
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("R1.CP1"), marker.getAttribute(IMarker.MESSAGE, ""));

		// The same referential in the file's own project: seen.
		file(second, "a.referentiel", SMALL);
		waitUntil(() -> linkingErrors(b).isEmpty(), 30_000, "« R1.CP1 » found in its own project");
	}

	@Test
	void renamingAReferentialWhileTypingShowsTheOtherFilesErrorWithoutSaving() throws Exception {
		// Review found the other file without its error until it was saved again.
		Workbench.TwoVersions files = twoVersions("typing-across-files");
		IDocument document = document(files.editor());
		assertEquals(List.of(), linkingErrors(files.b()));
		document.replace(SMALL.indexOf("R1"), 2, "R9");
		waitUntil(() -> linkingErrorLines(files.b()).equals(List.of(5)), 30_000, "b.referentiel's error while a is typed");
		assertTrue(files.editor().isDirty(), "nothing saved");

		document.replace(SMALL.indexOf("R1"), 2, "R1");
		waitUntil(() -> linkingErrors(files.b()).isEmpty(), 30_000, "b.referentiel repaired while a is typed");

		// Closed without saving: the files are what is on disk, and so are the problems.
		document.replace(SMALL.indexOf("R1"), 2, "R9");
		waitUntil(() -> !linkingErrors(files.b()).isEmpty(), 30_000, "b.referentiel's error again");
		Workbench.page().closeAllEditors(false);
		waitUntil(() -> linkingErrors(files.b()).isEmpty(), 30_000, "the saved text's problems once the editor is closed");
	}

	@Test
	void aProblemTypedInAnOpenEditorIsInTheProblemsViewBeforeSaving() throws Exception {
		IFile file = file(project("typing-markers"), "r.referentiel", SMALL);
		ITextEditor editor = open(file);
		waitForMarkers();
		assertEquals(List.of(), linkingErrors(file));
		IDocument document = document(editor);
		document.replace(document.get().indexOf("compétences CP1"), "compétences CP1".length(), "compétences CP9");
		waitUntil(() -> linkingErrorLines(file).equals(List.of(4)), 30_000, "the marker of the typed problem");
		assertTrue(editor.isDirty());
	}

	@Test
	void aFileChangedOnDiskIsCheckedAgainByTheBuilder() throws Exception {
		IProject project = project("builder-disk");
		IFile file = file(project, "r.referentiel", SMALL);
		injector();
		waitUntil(() -> hasNatureAndBuilder(project), 30_000, "the referential nature");
		waitForMarkers();
		assertEquals(List.of(), linkingErrors(file));
		String broken = SMALL.replace("compétences CP1", "compétences CP9");
		file.setContents(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, false, null);
		waitUntil(() -> linkingErrorLines(file).equals(List.of(4)), 30_000, "the marker of the saved problem");

		file.setContents(new ByteArrayInputStream(SMALL.getBytes(StandardCharsets.UTF_8)), true, false, null);
		waitUntil(() -> linkingErrors(file).isEmpty(), 30_000, "no marker once repaired on disk");
	}

	@Test
	void projectCleanRemovesTheMarkersAndTheNextBuildWritesThemAgain() throws Exception {
		IProject project = project("builder-clean");
		IFile file = file(project, "r.referentiel", SMALL.replace("compétences CP1", "compétences CP9"));
		injector();
		waitUntil(() -> hasNatureAndBuilder(project), 30_000, "the referential nature");
		waitUntil(() -> linkingErrorLines(file).equals(List.of(4)), 30_000, "the marker");
		waitForMarkers();

		project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
		assertEquals(List.of(), linkingErrors(file), "Project > Clean removes the markers");
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertEquals(List.of(4), linkingErrorLines(file), "the build that follows writes them again");
	}

	@Test
	void aProjectWithoutReferentialKeepsItsNatures() throws Exception {
		IProject project = project("no-referential");
		project.getFile("notes.txt").create(new ByteArrayInputStream("notes".getBytes(StandardCharsets.UTF_8)), true, null);
		injector();
		waitForMarkers();
		assertFalse(project.hasNature(ReferentielNature.ID), "only projects holding a .referentiel file get the nature");
		file(project, "r.referentiel", SMALL);
		waitUntil(() -> hasNatureAndBuilder(project), 30_000, "the nature once a referential is added");
	}

	private static boolean hasNatureAndBuilder(IProject project) {
		try {
			return project.hasNature(ReferentielNature.ID) && Arrays.stream(project.getDescription().getBuildSpec())
					.anyMatch(c -> ReferentielBuilder.ID.equals(c.getBuilderName()));
		} catch (Exception e) {
			return false;
		}
	}

	private static List<IMarker> linkingErrors(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO))
					.filter(m -> IssueCodes.LINKING.equals(m.getAttribute(ProblemMarkers.ISSUE_CODE, ""))).toList();
		} catch (Exception e) {
			return List.of();
		}
	}

	private static List<Integer> linkingErrorLines(IFile file) {
		return linkingErrors(file).stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1)).toList();
	}
}
