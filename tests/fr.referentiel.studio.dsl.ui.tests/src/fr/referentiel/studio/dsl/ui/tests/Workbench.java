/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.EditorWorkspace;
import fr.referentiel.studio.dsl.ui.markers.ProblemMarkers;

/** Projects, files and editors for the UI tests, and waiting without blocking the UI thread. */
final class Workbench {

	/** A small referential: one activity type, one competence with a criterion and a knowledge item. */
	static final String SMALL = """
			référentiel R1 "Référentiel de test" {
			    activité type AT1 "Assister les utilisateurs" {
			        numéro 1
			        compétences CP1
			    }

			    compétence CP1 "Traiter un incident" {
			        numéro 1
			        critères de performance
			            - La demande est prise en compte.
			        savoirs
			            - Connaissance de la démarche ITIL.
			    }
			}
			""";

	/** The next version of {@link #SMALL}, whose competence refers to it across files. */
	static final String NEXT = """
			référentiel R2 "Version suivante" {
			    compétence CP1 "Traiter un incident" {
			        critères de performance
			            - Le ticket est créé.
			        correspond à R1.CP1
			    }
			}
			""";

	private Workbench() {
	}

	static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		return project;
	}

	static IFile file(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		file.setCharset("UTF-8", null);
		return file;
	}

	/** {@link #SMALL} in a.referentiel and {@link #NEXT} in b.referentiel, the first open in an editor. */
	record TwoVersions(IFile a, IFile b, ITextEditor editor) {
	}

	/** A project with the two versions, both checked (their markers written). */
	static TwoVersions twoVersions(String projectName) throws Exception {
		IProject project = project(projectName);
		IFile a = file(project, "a.referentiel", SMALL);
		IFile b = file(project, "b.referentiel", NEXT);
		ITextEditor editor = open(a);
		waitForMarkers();
		return new TwoVersions(a, b, editor);
	}

	static String example(String name) throws Exception {
		return Files.readString(Path.of(System.getProperty("referentiel.examples", "examples"), name));
	}

	static String read(IFile file) throws Exception {
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return EditorWorkspace.diskText(file);
	}

	/** After each test: no editor left open, no project left, no check still running. */
	static void closeEditorsAndDeleteProjects() throws CoreException {
		page().closeAllEditors(false);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, null);
		}
		waitForMarkers();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static ITextEditor open(IFile file) throws Exception {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), file);
		injector();
		return editor;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static Injector injector() {
		waitUntil(() -> LanguageServices.workspaceNow() != null, 60_000, "language services");
		return LanguageServices.now();
	}

	/**
	 * Waits for the workspace model, the builder and the marker writing to have done all they were
	 * asked (each may ask the others: twice quiet in a row).
	 */
	static void waitForMarkers() {
		int[] quiet = { 0 };
		waitUntil(() -> {
			quiet[0] = isQuiet() ? quiet[0] + 1 : 0;
			return quiet[0] >= 2;
		}, 60_000, "problem markers");
	}

	private static boolean isQuiet() {
		EditorWorkspace workspace = LanguageServices.workspaceNow();
		if (workspace != null) {
			var idle = workspace.idle();
			waitUntil(idle::isDone, 60_000, "the workspace model");
		}
		return Job.getJobManager().find(ProblemMarkers.FAMILY).length == 0
				&& Job.getJobManager().find(org.eclipse.core.resources.ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& Job.getJobManager().find(org.eclipse.core.resources.ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0;
	}

	/** Runs the UI event loop until {@code condition} holds. */
	static void waitUntil(BooleanSupplier condition, long timeoutMs, String what) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out waiting for " + what);
			}
			if (display == null || !display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Lets the UI process pending events for a while (reconcilers run after a delay). */
	static void settle(long ms) {
		long end = System.currentTimeMillis() + ms;
		waitUntil(() -> System.currentTimeMillis() >= end, ms + 1000, "settle");
	}
}
