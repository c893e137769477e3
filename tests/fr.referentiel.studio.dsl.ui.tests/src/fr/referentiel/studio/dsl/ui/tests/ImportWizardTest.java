/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static fr.referentiel.studio.dsl.ui.tests.Workbench.closeEditorsAndDeleteProjects;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.document;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.page;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.project;
import static fr.referentiel.studio.dsl.ui.tests.Workbench.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.dsl.ui.imports.ImportWizard;
import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.Importer;
import fr.referentiel.studio.interchange.Importers;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentielFactory;

/**
 * File › Import… › Référentiel Studio › « Référentiel d'un autre système » on an RNCP export of two
 * fiches written for the tests (resources/rncp/designer.xml): the fiches are listed, the one chosen
 * becomes a file of the project that opens in the editor; a second import to the same name asks
 * first; a cut file gets the importer's French message and nothing is written. The wizard also works
 * for an importer it knows nothing about.
 */
class ImportWizardTest {

	private static final String WIZARD_ID = "fr.referentiel.studio.dsl.ui.importWizard";

	/** The answers a user would give, and what the wizard said. */
	private static final class User implements ImportWizard.Prompts {
		boolean replace;
		final List<String> questions = new ArrayList<>();
		final List<String> told = new ArrayList<>();
		final List<String> errors = new ArrayList<>();

		@Override
		public boolean replace(String question) {
			questions.add(question);
			return replace;
		}

		@Override
		public void tell(String title, String message) {
			told.add(title + " | " + message);
		}

		@Override
		public void error(String title, String message) {
			errors.add(title + " | " + message);
		}
	}

	@AfterEach
	void cleanUp() throws Exception {
		closeEditorsAndDeleteProjects();
	}

	private static Path fixture(String name) {
		return Path.of("resources", "rncp", name).toAbsolutePath();
	}

	/** The wizard as File › Import… opens it with {@code project} selected, on screen. */
	private static WizardDialog open(ImportWizard wizard, IProject project, User user) {
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		wizard.setPrompts(user);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	@Test
	void theWizardIsUnderFileImportInFrench() {
		IWizardDescriptor wizard = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(WIZARD_ID);
		assertNotNull(wizard, "registered as an import wizard");
		assertEquals("Référentiel d'un autre système", wizard.getLabel());
		IWizardCategory category = wizard.getCategory();
		assertEquals("Référentiel Studio", category.getLabel());
	}

	@Test
	void aFicheChosenInTheExportBecomesAFileOfTheProjectOpenInTheEditorAndReplacingAsksFirst(@TempDir Path downloads) throws Exception {
		IProject project = project("import-wizard");
		// Where a designer's download would be, under the name data.gouv.fr gives it (and short in the picture).
		Path export = Files.copy(fixture("designer.xml"), downloads.resolve("export-fiches.xml"));
		User user = new User();
		ImportWizard wizard = new ImportWizard();
		WizardDialog dialog = open(wizard, project, user);
		IFile file = project.getFile("referentiels/rncp77702.referentiel");
		try {
			assertEquals(Importers.all().stream().map(Importer::label).toList(), wizard.formats(), "every importer, by its French label");
			wizard.setFormat("rncp"); // the wizard remembers the format of the last import
			assertEquals("Choisissez le fichier à importer (« Parcourir… »).", wizard.pageMessage());
			assertFalse(wizard.canFinish());

			wizard.setSource(export.toString());
			assertEquals(List.of("RNCP77701 – Designer graphique", "RNCP77702 – Designer graphique et numérique"), wizard.fiches());
			assertEquals("Choisissez la fiche à importer.", wizard.pageMessage(), "two fiches: none taken for the user");
			assertFalse(wizard.canFinish());
			wizard.chooseFiche("RNCP77702");
			assertEquals("rncp77702.referentiel", wizard.fileName(), "the importer's name for the fiche");
			wizard.setFolder("/import-wizard/referentiels");
			assertTrue(wizard.canFinish(), wizard.pageMessage());
			Screenshots.take(dialog.getShell(), "referentiel.importScreenshot");

			assertTrue(wizard.performFinish());
			assertTrue(file.exists(), "written in the folder chosen, created for it");
			assertEquals(file, wizard.imported());
			String text = read(file);
			assertTrue(text.contains("référentiel RNCP77702 \"Designer graphique et numérique\""), text);
			assertTrue(text.contains("RNCP77702BC01") && text.contains("RNCP77702BC02"), "the bloc codes, the bare one completed:\n" + text);
			assertTrue(text.contains("remplace \"RNCP77701\""), text);
			assertEquals(List.of(), user.errors);
			assertEquals(1, user.told.size(), user.told.toString());
			String told = user.told.get(0);
			assertTrue(told.startsWith("Import terminé | « /import-wizard/referentiels/rncp77702.referentiel » créé à partir de "
					+ "« export-fiches.xml » : 2 blocs, 5 compétences.\n\nVérification : aucune erreur, "), told);
			assertTrue(told.contains("\n\nRemarques de l'import :\n  – ") && told.contains("RNCP77702BC01"),
					"the importer's remark on the bare bloc code: " + told);
			IEditorPart editor = page().getActiveEditor();
			assertEquals(file, editor.getEditorInput().getAdapter(IFile.class), "the new file open in the editor");
			assertTrue(document((ITextEditor) editor).get().contains("RNCP77702BC02"));
		} finally {
			dialog.close();
		}

		// The designer has worked on the file; importing the fiche again to the same name asks first.
		String worked = "// Revu par l'équipe pédagogique\n" + read(file);
		file.setContents(new ByteArrayInputStream(worked.getBytes(StandardCharsets.UTF_8)), true, true, null);
		user.replace = false;
		ImportWizard again = new ImportWizard();
		dialog = open(again, project, user);
		try {
			again.setSource(export.toString());
			again.chooseFiche("RNCP77702");
			again.setFolder("/import-wizard/referentiels");
			assertFalse(again.performFinish(), "« Non »: the wizard stays open");
			assertEquals(1, user.questions.size());
			assertEquals("« /import-wizard/referentiels/rncp77702.referentiel » existe déjà.\n\nLe remplacer par le référentiel importé "
					+ "de « export-fiches.xml » ? Son contenu actuel sera remplacé (il reste dans l'historique local du fichier).",
					user.questions.get(0));
			assertEquals(worked, read(file), "the designer's file unchanged");
			user.replace = true;
			assertTrue(again.performFinish());
			assertFalse(read(file).contains("Revu par l'équipe pédagogique"), "replaced once the user said yes");
		} finally {
			dialog.close();
		}
	}

	@Test
	void aCutExportGetsTheImportersFrenchMessageAndNothingIsWritten(@TempDir Path temp) throws Exception {
		IProject project = project("import-cut");
		User user = new User();
		ImportWizard wizard = new ImportWizard();
		WizardDialog dialog = open(wizard, project, user);
		try {
			wizard.setFormat("rncp"); // the wizard remembers the format of the last import
			// Chosen cut: the list of its fiches cannot be read, the page says why, Finish stays off.
			wizard.setSource(fixture("tronque.xml").toString());
			String message = wizard.pageMessage();
			assertTrue(message.startsWith("« tronque.xml », ligne ") && message.contains("il est tronqué"), message);
			assertFalse(wizard.canFinish());

			// Cut after the fiches were listed (a download still running, say): the importer's message, in a dialog.
			Path export = Files.copy(fixture("designer.xml"), temp.resolve("export.xml"));
			wizard.setSource(export.toString());
			wizard.chooseFiche("RNCP77701");
			assertTrue(wizard.canFinish(), wizard.pageMessage());
			Files.copy(fixture("tronque.xml"), export, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			assertFalse(wizard.performFinish());
			assertEquals(1, user.errors.size(), user.errors.toString());
			String error = user.errors.get(0);
			assertTrue(error.startsWith("Import impossible | « export.xml », ligne "), error);
			assertTrue(error.contains("il est tronqué") && error.endsWith("Rien n'a été écrit."), error);
			assertFalse(error.contains("Exception") || error.contains("\tat "), "no programmer's words: " + error);
			assertEquals(List.of(), user.told);
			assertFalse(project.getFile("rncp77701.referentiel").exists(), "nothing written");
			assertEquals(List.of(), java.util.Arrays.stream(project.members()).filter(r -> "referentiel".equals(r.getFileExtension()))
					.toList(), "no .referentiel file in the project");
		} finally {
			dialog.close();
		}
	}

	/** An importer of a format the wizard has no special field for, as the CASE and Moodle ones will be. */
	private static final class PlainImporter implements Importer {
		@Override
		public String id() {
			return "essai";
		}

		@Override
		public String label() {
			return "Fichier d'essai (texte)";
		}

		@Override
		public List<String> extensions() {
			return List.of("txt");
		}

		@Override
		public Imported read(Path input, Map<String, String> options) throws ImportException {
			Referential r = ReferentielFactory.eINSTANCE.createReferential();
			r.setName("ESSAI");
			r.setTitle("Référentiel d'essai");
			return new Imported(r, List.of("Importé d'un fichier d'essai."), List.of(), "essai.referentiel");
		}
	}

	@Test
	void aFormatWithoutChoicesImportsWithTheNameItsImporterGives(@TempDir Path temp) throws Exception {
		IProject project = project("import-plain");
		User user = new User();
		ImportWizard wizard = new ImportWizard(List.of(Importers.all().get(0), new PlainImporter()));
		WizardDialog dialog = open(wizard, project, user);
		try {
			wizard.setFormat("essai");
			assertEquals(List.of(), wizard.fiches(), "no fiche to choose");
			wizard.setSource(Files.writeString(temp.resolve("essai.txt"), "rien").toString());
			assertTrue(wizard.canFinish(), "the selected project is the destination: " + wizard.pageMessage());
			assertEquals("", wizard.fileName(), "left to the import");
			assertTrue(wizard.performFinish());
			assertEquals("essai.referentiel", wizard.fileName(), "the name the import gave, shown");
			String text = read(project.getFile("essai.referentiel"));
			assertTrue(text.startsWith("// Importé d'un fichier d'essai.\n"), text);
			assertTrue(text.contains("référentiel ESSAI \"Référentiel d'essai\""), text);
		} finally {
			dialog.close();
		}
	}

	@Test
	void aCaseFrameworkImportsWithTheTypesTheUserGives() throws Exception {
		IProject project = project("import-case");
		User user = new User();
		ImportWizard wizard = new ImportWizard();
		WizardDialog dialog = open(wizard, project, user);
		try {
			wizard.setFormat("case");
			wizard.setSource(Path.of("resources", "case", "cadre-opensalt.json").toAbsolutePath().toString());
			wizard.setRoles("Domain=chapitre");
			String message = wizard.pageMessage();
			assertTrue(message.contains("« chapitre » n'est pas un élément d'un référentiel"), message);
			assertFalse(wizard.canFinish(), "a word that names no role keeps Finish off");
			wizard.setRoles("Domain=bloc;Standard=compétence;Component=critère");
			assertTrue(wizard.canFinish(), wizard.pageMessage());
			assertTrue(wizard.performFinish());
			String text = read(wizard.imported());
			assertTrue(text.contains("    bloc SUP_A \"Assister les utilisateurs\" {"), text);
			assertTrue(text.contains("- La demande est enregistrée."), text);
			assertEquals(List.of(), user.errors);
		} finally {
			dialog.close();
		}
	}
}
