/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.branding;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.osgi.service.prefs.BackingStoreException;

/**
 * On the first start in a workspace, offers to create the « Exemples » project with the shipped
 * referentials, and remembers the answer in the workspace's preferences so it is asked once.
 * <p>
 * {@code -Dreferentiel.studio.examples=create} creates it without asking and {@code =skip} never
 * asks: the product's smoke test and the screenshot script run without anyone to answer.
 * {@code -Dreferentiel.studio.capture=<file.png>} then takes a picture of the window (see {@link Capture}).
 */
public class FirstStart implements IStartup {

	static final String BUNDLE = "fr.referentiel.studio.branding";
	static final String OFFERED = "examplesOffered";

	@Override
	public void earlyStartup() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null) {
				return;
			}
			IFile opened = shouldCreate(window) ? createAndOpen(window) : null;
			String capture = System.getProperty("referentiel.studio.capture");
			if (capture != null) {
				new Capture(window, opened, capture).whenReady();
			}
		});
	}

	private static boolean shouldCreate(IWorkbenchWindow window) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(BUNDLE);
		boolean create = switch (System.getProperty("referentiel.studio.examples", "ask")) {
			case "create" -> true;
			case "skip" -> false;
			default -> !preferences.getBoolean(OFFERED, false) && ask(window);
		};
		// Asked or created: either way the question is not for this workspace any more.
		preferences.putBoolean(OFFERED, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// Not fatal: the question comes back at the next start.
			ILog.of(FirstStart.class).warn("Préférence non enregistrée : " + e.getMessage());
		}
		return create;
	}

	private static boolean ask(IWorkbenchWindow window) {
		MessageDialog dialog = new MessageDialog(window.getShell(), "Bienvenue dans Référentiel Studio", null,
				"Voulez-vous créer le projet « " + ExampleProject.NAME + " » ?\n\n"
						+ "Il contient deux référentiels complets à explorer ou à copier : le REAC du titre "
						+ "professionnel Technicien d'assistance en informatique (2023) et les référentiels d'une "
						+ "certification RNCP en systèmes et réseaux.\n\n"
						+ "Cette question ne sera plus posée ; un nouveau référentiel se crée aussi par le "
						+ "menu File > New > Project…, rubrique Référentiel Studio.",
				MessageDialog.QUESTION, 0, "Créer le projet d'exemple", "Non merci");
		return dialog.open() == 0;
	}

	private static IFile createAndOpen(IWorkbenchWindow window) {
		try {
			IFile tai = ExampleProject.create(ResourcesPlugin.getWorkspace());
			IWorkbenchPage page = window.getActivePage();
			if (page != null) {
				// Shown in the Project Explorer too, so the user sees where the examples are.
				if (page.findView(IPageLayout.ID_PROJECT_EXPLORER) instanceof ISetSelectionTarget explorer) {
					explorer.selectReveal(new StructuredSelection(tai));
				}
				IDE.openEditor(page, tai);
			}
			return tai;
		} catch (PartInitException e) {
			ILog.of(FirstStart.class).error("Ouverture de l'exemple impossible", e);
			MessageDialog.openError(window.getShell(), "Référentiel Studio",
					"Le projet d'exemple a été créé mais le référentiel n'a pas pu être ouvert : " + e.getMessage());
		} catch (CoreException e) {
			ILog.of(FirstStart.class).error("Création du projet d'exemple impossible", e);
			MessageDialog.openError(window.getShell(), "Référentiel Studio",
					"Le projet d'exemple n'a pas pu être créé : " + e.getMessage());
		}
		return null;
	}
}
