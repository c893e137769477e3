/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.export;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementTreeSelectionDialog;
import org.eclipse.ui.model.WorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;

import fr.referentiel.studio.dsl.ui.EditorWorkspace;

/**
 * The export wizard's « Parcourir… » for files: the projects and folders as in the explorer, with
 * only the .referentiel files in them, several chosen at once.
 */
final class ReferentialChooser {

	private final Shell shell;

	ReferentialChooser(Shell shell) {
		this.shell = shell;
	}

	/** The files chosen, null when the user cancelled; {@code initial} are shown chosen. */
	List<IFile> open(List<IFile> initial) {
		ElementTreeSelectionDialog dialog = new ElementTreeSelectionDialog(shell, new WorkbenchLabelProvider(),
				new WorkbenchContentProvider());
		dialog.setTitle("Référentiels à exporter");
		dialog.setMessage("Choisissez un ou plusieurs référentiels (Ctrl+clic pour en choisir plusieurs) :");
		dialog.setInput(ResourcesPlugin.getWorkspace().getRoot());
		dialog.setAllowMultiple(true);
		dialog.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				// Folders stay when they lead to a referential; other files are hidden.
				return element instanceof IContainer container ? container.isAccessible()
						&& !ExportWizard.referentialsIn(container).isEmpty() : EditorWorkspace.isReferentiel((IResource) element);
			}
		});
		dialog.setValidator(selection -> {
			for (Object o : selection) {
				if (!(o instanceof IFile)) {
					return new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.ERROR, "fr.referentiel.studio.dsl.ui",
							"Choisissez des fichiers .referentiel, pas des dossiers.");
				}
			}
			return org.eclipse.core.runtime.Status.OK_STATUS;
		});
		dialog.setInitialSelections(initial.toArray());
		dialog.setComparator(new org.eclipse.jface.viewers.ViewerComparator()); // by name, as the explorer
		if (dialog.open() != Window.OK) {
			return null;
		}
		List<IFile> chosen = new ArrayList<>();
		for (Object o : dialog.getResult()) {
			if (o instanceof IFile file) {
				chosen.add(file);
			}
		}
		return chosen;
	}
}
