/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.wizard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * « Nouveau référentiel »: a project with a starter file that already has the structure of a
 * REAC (identity, one activity type, one competence sheet, one block), valid from the start.
 */
public class NewReferentielWizard extends Wizard implements INewWizard {

	private WizardNewProjectCreationPage page;
	private IFile created;

	public NewReferentielWizard() {
		setWindowTitle("Nouveau référentiel");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("nouveauReferentiel");
		page.setTitle("Nouveau référentiel");
		page.setDescription("Crée un projet avec un premier fichier .referentiel à compléter.");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			created = create(page.getProjectHandle(), page.useDefaults() ? null : page.getLocationURI(), null);
		} catch (CoreException e) {
			page.setErrorMessage("Création impossible : " + e.getMessage());
			return false;
		}
		try {
			IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), created);
		} catch (PartInitException e) {
			page.setErrorMessage(e.getMessage());
		}
		return true;
	}

	/** Creates the project (at {@code location}, or in the workspace when null) and its starter file. */
	public static IFile create(IProject project, java.net.URI location, IProgressMonitor monitor) throws CoreException {
		var description = project.getWorkspace().newProjectDescription(project.getName());
		description.setLocationURI(location);
		description.setNatureIds(new String[] { fr.referentiel.studio.dsl.ui.builder.ReferentielNature.ID });
		if (!project.exists()) {
			project.create(description, monitor);
		}
		project.open(monitor);
		String id = identifier(project.getName());
		IFile file = project.getFile(id + ".referentiel");
		if (!file.exists()) {
			file.create(new ByteArrayInputStream(starter(id, project.getName()).getBytes(StandardCharsets.UTF_8)), true, monitor);
			file.setCharset("UTF-8", monitor);
		}
		return file;
	}

	/** A valid identifier from a project name: accents dropped, other characters as "_". */
	static String identifier(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String id = plain.replaceAll("[^A-Za-z0-9_]", "_");
		return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "R_" + id : id;
	}

	static String starter(String id, String title) {
		return """
				// Référentiel créé par Référentiel Studio. Ctrl+Espace propose les mots-clés et les modèles
				// (« compétence » donne une fiche compétence complète).
				référentiel %s "%s" {
				    type REAC
				    code "TP-00000"
				    niveau 4

				    activité type AT1 "Intitulé de la première activité type" {
				        numéro 1
				        description
				            | Décrivez ici l'activité type.
				        compétences CP1
				    }

				    compétence CP1 "Intitulé de la première compétence" {
				        numéro 1
				        description
				            | Décrivez ici la compétence.
				        critères de performance
				            - Premier critère de performance.
				        savoirs
				            - Premier savoir.
				    }

				    bloc BC01 "Intitulé de la première activité type" {
				        activité type AT1
				        modalité situation "Mise en situation professionnelle" {
				            évalue CP1
				        }
				    }
				}
				""".formatted(id, title.replace("\"", "'"));
	}

	/** The file created by the last finish. */
	public IFile created() {
		return created;
	}
}
