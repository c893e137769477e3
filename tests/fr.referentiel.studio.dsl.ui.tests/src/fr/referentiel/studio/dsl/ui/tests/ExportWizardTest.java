/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static fr.referentiel.studio.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.dsl.ui.export.ExportWizard;

/**
 * File › Export… with a referential open, as a new user met it: it said « Aucun fichier
 * .referentiel sélectionné » with no way out. Now the open file is taken, the folder can be
 * chosen, existing files are not replaced without asking, and the result is said and shown.
 */
class ExportWizardTest {

	/** The answers a user would give, and what the wizard said and opened. */
	private static final class User implements ExportWizard.Prompts {
		boolean replace;
		final List<String> questions = new ArrayList<>();
		final List<String> told = new ArrayList<>();
		final List<IFile> browsed = new ArrayList<>();

		@Override
		public boolean replace(String question) {
			questions.add(question);
			return replace;
		}

		@Override
		public void tell(String title, String message) {
			told.add(message);
		}

		@Override
		public void browse(IFile html) {
			browsed.add(html);
		}
	}

	@AfterEach
	void cleanUp() throws Exception {
		closeEditorsAndDeleteProjects();
	}

	@Test
	void fileExportWithAReferentialOpenExportsItAsksBeforeReplacingAndOpensTheHtml() throws Exception {
		IProject project = project("export-wizard");
		IFile file = file(project, "tai-2023.referentiel", example("tai-2023.referentiel"));
		open(file);
		ExportWizard wizard = new ExportWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		assertEquals(List.of(file), wizard.initialFiles(), "the open editor's file");
		User user = new User();
		wizard.setPrompts(user);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			assertTrue(wizard.canFinish(), "Finish is enabled");
			wizard.setFolder("/export-wizard/publication");
			assertTrue(wizard.performFinish());
			// Every format the application has, the Word and PDF documents, CASE and Moodle included.
			assertEquals(List.of("tai-2023.case.json", "tai-2023.csv", "tai-2023.docx", "tai-2023.html", "tai-2023.md",
					"tai-2023.moodle.csv", "tai-2023.pdf"),
					wizard.operation().written().stream().map(IFile::getName).sorted().toList());
			assertTrue(project.getFile("publication/tai-2023.pdf").getLocation().toFile().length() > 50_000, "a PDF of the whole REAC");
			assertTrue(user.told.get(0).startsWith("7 fichiers écrits dans « /export-wizard/publication » :"), user.told.toString());
			for (String name : List.of("tai-2023.html", "tai-2023.pdf", "tai-2023.docx", "tai-2023.csv")) {
				assertTrue(user.told.get(0).contains("\n  " + name), "the message names " + name + ": " + user.told);
			}
			assertEquals(List.of(project.getFile("publication/tai-2023.html")), user.browsed, "the HTML in a browser, not as source");
			assertTrue(user.questions.isEmpty(), "nothing to replace the first time");

			// A second export into the same folder asks first; « No » keeps the files and the wizard open.
			long before = project.getFile("publication/tai-2023.html").getLocalTimeStamp();
			user.replace = false;
			assertFalse(wizard.performFinish());
			assertEquals(1, user.questions.size());
			assertTrue(user.questions.get(0).contains("tai-2023.html") && user.questions.get(0).contains("tai-2023.csv"),
					user.questions.toString());
			assertEquals(before, project.getFile("publication/tai-2023.html").getLocalTimeStamp());
			assertEquals(1, user.told.size(), "no second « Export terminé » after « No »");
		} finally {
			dialog.close();
		}
	}

	@Test
	void aSelectedProjectBringsItsReferentials() throws Exception {
		IProject project = project("export-project");
		IFile first = file(project, "a.referentiel", SMALL);
		project.getFolder("versions").create(true, true, null);
		IFile second = file(project, "versions/b.referentiel", NEXT);
		ExportWizard wizard = new ExportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		assertEquals(List.of(first, second), wizard.initialFiles());
	}
}
