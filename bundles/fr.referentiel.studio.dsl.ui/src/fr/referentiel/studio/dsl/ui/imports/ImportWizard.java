/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.imports;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.FrameworkUtil;

import fr.referentiel.studio.dsl.ui.ReferentielUi;
import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.Importer;
import fr.referentiel.studio.interchange.Importers;
import fr.referentiel.studio.model.Referential;

/**
 * File › Import… › Référentiel Studio › « Référentiel d'un autre système »: reads a file of another
 * system with one of the importers ({@link Importers#all()}: the RNCP export of France Compétences
 * first) and writes the referential it holds into a {@code .referentiel} file of the workspace. An
 * existing file is replaced only when the user says so; a file the importer refuses gets its French
 * message and nothing is written. At the end the user is told what the importer noticed and how many
 * errors and warnings the new file has, and it is opened in the editor.
 */
public class ImportWizard extends Wizard implements IImportWizard {

	/** What the wizard asks and tells the user; tests answer in place of the dialogs. */
	public interface Prompts {
		boolean replace(String question);

		void tell(String title, String message);

		void error(String title, String message);
	}

	/** The platform's dialogs. */
	static final Prompts DIALOGS = new Prompts() {
		@Override
		public boolean replace(String question) {
			return MessageDialog.openQuestion(activeShell(), "Remplacer le fichier ?", question);
		}

		@Override
		public void tell(String title, String message) {
			MessageDialog.openInformation(activeShell(), title, message);
		}

		@Override
		public void error(String title, String message) {
			MessageDialog.openError(activeShell(), title, message);
		}

		private Shell activeShell() {
			return PlatformUI.getWorkbench().getDisplay().getActiveShell();
		}
	};

	private final List<Importer> importers;
	private ImportPage page;
	private Prompts prompts = DIALOGS;
	private String initialFolder = "";
	private ImportRead lastRead;
	private ImportWrite done;

	public ImportWizard() {
		this(Importers.all());
	}

	/** For tests: the importers to offer. */
	public ImportWizard(List<Importer> importers) {
		this.importers = List.copyOf(importers);
		setWindowTitle("Importer un référentiel");
		setNeedsProgressMonitor(true);
		setDialogSettings(DialogSettings.getOrCreateSection(
				PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ImportWizard.class)).getDialogSettings(), "ImportWizard"));
	}

	/** For tests: answers instead of dialogs. */
	public void setPrompts(Prompts prompts) {
		this.prompts = prompts;
	}

	/** The destination offered first: the selected folder or project, the selected file's folder, or the only project. */
	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		IContainer container = null;
		if (selection != null && !selection.isEmpty()) {
			IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
			if (resource instanceof IFile file) {
				container = file.getParent();
			} else if (resource instanceof IContainer c && resource.getType() != IResource.ROOT) {
				container = c;
			}
		}
		if (container == null) {
			List<IProject> open = java.util.Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
					.filter(IProject::isOpen).toList();
			container = open.size() == 1 ? open.get(0) : null;
		}
		initialFolder = container == null || !container.isAccessible() ? "" : container.getFullPath().toString();
	}

	@Override
	public void addPages() {
		page = new ImportPage(importers, initialFolder);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Importer importer = page.importer();
		Path source = page.source();
		Map<String, String> options = page.options();
		IContainer folder = page.folder();
		page.remember();
		ImportRead read = lastRead != null && lastRead.isFor(importer, source, options) && lastRead.result() != null ? lastRead
				: new ImportRead(importer, source, options);
		if (read.result() == null) {
			try {
				getContainer().run(true, true, read);
			} catch (InvocationTargetException e) {
				ReferentielUi.log("Import de " + source, e.getCause());
				prompts.error("Import impossible", "L'import de « " + source.getFileName() + " » a échoué à cause d'une erreur du "
						+ "programme, pas du fichier (" + reason(e.getCause()) + "). Rien n'a été écrit. Signalez-la avec le fichier en cause.");
				return false;
			} catch (InterruptedException e) {
				page.setMessage("Import annulé : rien n'a été écrit.");
				return false;
			}
			if (read.refusal() != null) {
				prompts.error("Import impossible", read.refusal().getMessage());
				return false;
			}
			lastRead = read;
		}
		Imported imported = read.result().imported();
		IFile target = folder.getFile(new org.eclipse.core.runtime.Path(page.fileName(imported.fileName())));
		if (target.exists() && !prompts.replace("« " + target.getFullPath() + " » existe déjà.\n\nLe remplacer par le référentiel "
				+ "importé de « " + source.getFileName() + " » ? Son contenu actuel sera remplacé (il reste dans l'historique local "
				+ "du fichier).")) {
			return false;
		}
		ImportWrite write = new ImportWrite(target, read.result().text());
		try {
			getContainer().run(true, false, write);
		} catch (InvocationTargetException e) {
			ReferentielUi.log("Écriture de " + target.getFullPath(), e.getCause());
			prompts.error("Import impossible", "« " + target.getFullPath() + " » n'a pas pu être écrit : "
					+ reason(e.getCause() == null ? e : e.getCause()) + ". Rien d'autre n'a été modifié.");
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		done = write;
		prompts.tell("Import terminé", report(source, imported, write));
		open(target);
		return true;
	}

	/** A failure's own words for the user: its message, or its kind when it has none (never a stack trace). */
	private static String reason(Throwable e) {
		return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
	}

	private static void open(IFile file) {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		try {
			IDE.openEditor(window.getActivePage(), file);
		} catch (PartInitException e) {
			ReferentielUi.log("Ouverture de " + file.getFullPath(), e);
		}
	}

	/**
	 * « « /Paie/rncp12345.referentiel » créé à partir de « export.xml » : 3 blocs, 9 compétences.
	 * Vérification : aucune erreur, 2 avertissements (vue Problèmes). », then the importer's remarks.
	 */
	static String report(Path source, Imported imported, ImportWrite write) {
		Referential r = imported.referential();
		StringBuilder text = new StringBuilder("« " + write.target().getFullPath() + " » créé à partir de « " + source.getFileName()
				+ " » : " + count(r.getBlocks().size(), "bloc", "blocs") + ", "
				+ count(r.getCompetences().size(), "compétence", "compétences") + ".");
		if (write.checked()) {
			text.append("\n\nVérification : ").append(write.errors() == 0 ? "aucune erreur" : count(write.errors(), "erreur", "erreurs"))
					.append(", ").append(write.warnings() == 0 ? "aucun avertissement"
							: count(write.warnings(), "avertissement", "avertissements"))
					.append(write.errors() + write.warnings() == 0 ? "." : " (vue Problèmes).");
			if (write.errors() > 0) {
				text.append(" Les erreurs viennent de l'import et non de votre travail : corrigez-les dans l'éditeur, et signalez-les "
						+ "avec le fichier d'origine.");
			}
		}
		if (!imported.warnings().isEmpty()) {
			text.append("\n\nRemarques de l'import :\n  – ").append(String.join("\n  – ", imported.warnings()));
		}
		return text.toString();
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	/** The last file written, null before a successful Finish. */
	public IFile imported() {
		return done == null ? null : done.target();
	}

	/** For tests: the user's moves on the page. */
	public void setFormat(String importerId) {
		page.setFormat(importerId);
	}

	public void setSource(String path) {
		page.setSource(path);
	}

	public void setFolder(String path) {
		page.setFolder(path);
	}

	public void setFileName(String name) {
		page.setFileName(name);
	}

	public String fileName() {
		return page.shownFileName();
	}

	public List<String> formats() {
		return page.formats();
	}

	/** The fiches listed for an RNCP export, as shown; empty for other formats. */
	public List<String> fiches() {
		return page.choices() instanceof RncpFicheChoice rncp ? rncp.shownFiches() : List.of();
	}

	public void chooseFiche(String number) {
		if (page.choices() instanceof RncpFicheChoice rncp) {
			rncp.choose(number);
		}
	}

	/** What the elements become (CASE types, Moodle levels), as typed in its field. */
	public void setRoles(String roles) {
		if (page.choices() instanceof RoleChoice choice) {
			choice.setText(roles);
		}
	}

	/** The page's error, or else its prompt, as the user reads it at the top of the wizard. */
	public String pageMessage() {
		return page.getErrorMessage() != null ? page.getErrorMessage() : page.getMessage();
	}
}
