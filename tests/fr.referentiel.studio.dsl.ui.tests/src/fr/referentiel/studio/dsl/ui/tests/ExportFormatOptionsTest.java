/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static fr.referentiel.studio.dsl.ui.tests.Workbench.closeEditorsAndDeleteProjects;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.example;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.file;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.project;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.dsl.ui.export.ExportWizard;

/**
 * The export page's « Adresse de base CASE » and « Échelle Moodle »: a value the exporter would
 * refuse keeps « Terminer » off with a French sentence (only while its format is ticked), a right
 * one reaches the file, and both are there again at the next export.
 */
class ExportFormatOptionsTest {

	private static final String BASE = "https://case.example.fr/ims/case/v1p1/";
	private static final Pattern URI = Pattern.compile("\"uri\": \"([^\"]*)\"");

	/** Says yes to everything and keeps what it was told. */
	private static final class User implements ExportWizard.Prompts {
		final List<String> told = new ArrayList<>();

		@Override
		public boolean replace(String question) {
			return true;
		}

		@Override
		public void tell(String title, String message) {
			told.add(message);
		}

		@Override
		public void browse(IFile html) {
		}
	}

	@AfterEach
	void cleanUp() throws Exception {
		closeEditorsAndDeleteProjects();
	}

	private static WizardDialog open(ExportWizard wizard, IFile file) {
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
		wizard.setPrompts(new User());
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	@Test
	void theCaseAddressAndTheMoodleScaleAreCheckedReachTheFilesAndAreRemembered() throws Exception {
		IProject project = project("export-options");
		IFile tai = file(project, "tai-2023.referentiel", example("tai-2023.referentiel"));
		ExportWizard wizard = new ExportWizard();
		WizardDialog dialog = open(wizard, tai);
		try {
			wizard.setFolder("/export-options/lms");
			wizard.setFormats("case");
			for (String wrong : List.of("case.example.fr/ims/case/v1p1/", "ftp://case.example.fr/", "https://case.example.fr/?v=1", "")) {
				wizard.setCaseBaseUri(wrong);
				assertFalse(wizard.canFinish(), "refused: " + wrong);
				assertEquals("L'adresse de base CASE doit être une adresse web complète, commençant par https:// ou http://, sans « ? » "
						+ "ni « # » (par exemple https://case.example.fr/ims/case/v1p1/).", wizard.pageError());
			}
			// The Moodle field matters only when Moodle is ticked.
			wizard.setMoodleScale("Acquis");
			wizard.setCaseBaseUri(BASE);
			assertTrue(wizard.canFinish(), wizard.pageError());
			assertNull(wizard.pageError());

			assertTrue(wizard.performFinish());
			String json = read(project.getFile("lms/tai-2023.case.json"));
			Matcher uris = URI.matcher(json);
			int count = 0;
			while (uris.find()) {
				assertTrue(uris.group(1).startsWith(BASE), uris.group(1));
				count++;
			}
			assertTrue(count > 50, "a uri for the document, each item and association: " + count);

			wizard.setFormats("moodle");
			assertFalse(wizard.canFinish());
			assertEquals("L'échelle Moodle doit avoir au moins deux valeurs séparées par des virgules, de la plus basse à la plus haute "
					+ "(par exemple « Non acquis,Acquis »), sans valeur vide.", wizard.pageError());
			wizard.setMoodleScale("Débutant, ,Expert");
			assertFalse(wizard.canFinish(), "an empty value");
			wizard.setMoodleScale("Débutant, Confirmé, Expert");
			assertTrue(wizard.canFinish(), wizard.pageError());
			assertTrue(wizard.performFinish());
			assertTrue(read(project.getFile("lms/tai-2023.moodle.csv")).contains("\"Débutant,Confirmé,Expert\""),
					"the scale in the framework row");
		} finally {
			dialog.close();
		}

		ExportWizard next = new ExportWizard();
		dialog = open(next, tai);
		try {
			assertEquals(BASE, next.caseBaseUri(), "remembered");
			assertEquals("Débutant, Confirmé, Expert", next.moodleScale(), "remembered");
		} finally {
			dialog.close();
		}
	}
}
