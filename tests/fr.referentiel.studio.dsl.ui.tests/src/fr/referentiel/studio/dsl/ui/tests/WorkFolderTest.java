/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.branding.ExampleProject;
import fr.referentiel.studio.branding.WorkFolder;
import fr.referentiel.studio.branding.WorkFolderDialog;

/**
 * Where the user's referentials live. A new user unpacked the application into their home as the
 * README said, and the work folder was the application's own folder: an upgrade would have
 * deleted their referentials. Now a folder of their own is proposed, asked once and remembered,
 * and the application's folder is refused with the reason.
 */
class WorkFolderTest {

	@TempDir
	Path home;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDeleteProjects();
	}

	private WorkFolder rules(String os) {
		return new WorkFolder(home, os, home.resolve("referentiel-studio"));
	}

	@Test
	void theProposedFolderIsTheUsersOwn() {
		assertEquals(home.resolve("Référentiels"), rules("Linux").defaultFolder());
		assertEquals(home.resolve("Référentiels"), rules("Mac OS X").defaultFolder());
		assertEquals(home.resolve("Documents").resolve("Référentiels"), rules("Windows 11").defaultFolder());
		assertNull(rules("Linux").problem(rules("Linux").defaultFolder()), "the proposed folder is accepted");
	}

	@Test
	void theChoiceIsRememberedOutsideTheInstallationAndReused() throws Exception {
		WorkFolder first = rules("Linux");
		assertEquals(Optional.empty(), first.remembered(), "nothing chosen yet: the question is asked");
		Path chosen = home.resolve("Mes référentiels");
		first.remember(chosen);
		assertFalse(first.memoryFile().startsWith(home.resolve("referentiel-studio")), "kept when the application is replaced");
		// The next start, or the next version unpacked in the same place, finds the choice.
		assertEquals(Optional.of(chosen), rules("Linux").remembered());
	}

	@Test
	void aFolderInsideTheInstallationIsRefusedInFrench() throws Exception {
		WorkFolder rules = rules("Linux");
		String problem = rules.problem(home.resolve("referentiel-studio").toString());
		assertTrue(problem.startsWith("Ce dossier est celui de l'application"), problem);
		assertTrue(problem.contains("une mise à jour") && problem.contains(home.resolve("Référentiels").toString()), problem);
		assertTrue(rules.problem(home.resolve("referentiel-studio/workspace")).startsWith("Ce dossier est celui de l'application"));
		assertEquals("Indiquez le dossier où ranger vos référentiels.", rules.problem(" "));
		// A folder chosen inside the installation before is not reused: asked again.
		Files.createDirectories(rules.memoryFile().getParent());
		Files.writeString(rules.memoryFile(), home.resolve("referentiel-studio").toString());
		assertEquals(Optional.empty(), rules.remembered());
	}

	@Test
	void theFirstStartDialogProposesTheFolderAndRefusesTheApplicationsOwn() {
		WorkFolder rules = rules("Linux");
		WorkFolderDialog dialog = new WorkFolderDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), rules);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertEquals("Où ranger vos référentiels ?", dialog.title());
			assertEquals(home.resolve("Référentiels").toString(), dialog.folderShown());
			assertTrue(dialog.canStart(), "« Commencer » with the proposed folder");
			assertNull(dialog.problemShown());
			dialog.type(home.resolve("referentiel-studio").toString());
			assertFalse(dialog.canStart(), "the application's folder cannot be chosen");
			assertTrue(dialog.problemShown().startsWith("Ce dossier est celui de l'application"), dialog.problemShown());
			dialog.type(home.resolve("Documents/Formations").toString());
			assertTrue(dialog.canStart());
			assertNull(dialog.problemShown());
		} finally {
			dialog.close();
		}
	}

	@Test
	void theExamplesAreCreatedInTheWorkFolder() throws Exception {
		IFile tai = ExampleProject.create(ResourcesPlugin.getWorkspace());
		Path workFolder = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath();
		assertEquals(workFolder.resolve("Exemples").resolve("tai-2023.referentiel"), tai.getLocation().toFile().toPath());
		assertTrue(Files.isRegularFile(workFolder.resolve("Exemples/bts-sio.referentiel")));
	}
}
