/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.export;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import fr.referentiel.studio.dsl.ui.WorkspaceIndex;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.Exporters;

/**
 * « Exporter des référentiels » (File › Export, and the context menu of a .referentiel file or
 * editor): choose the formats and the folder, then the exporters run with a progress bar and
 * the first file written opens.
 */
public class ExportWizard extends Wizard implements IExportWizard {

	private final List<IFile> files = new ArrayList<>();
	private ExportPage page;

	public ExportWizard() {
		setWindowTitle("Exporter des référentiels");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		files.clear();
		if (selection != null) {
			for (Object o : selection.toList()) {
				IResource r = o instanceof IResource res ? res : org.eclipse.core.runtime.Adapters.adapt(o, IResource.class);
				if (WorkspaceIndex.isReferentiel(r)) {
					files.add((IFile) r);
				}
			}
		}
	}

	@Override
	public void addPages() {
		page = new ExportPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IContainer folder = page.folder();
		List<Exporter> exporters = page.selectedExporters();
		ExportOperation operation = new ExportOperation(files, exporters, folder);
		try {
			if (folder instanceof org.eclipse.core.resources.IFolder f && !f.exists()) {
				f.create(true, true, null);
			}
			getContainer().run(true, true, operation);
		} catch (InvocationTargetException e) {
			page.setErrorMessage("L'export a échoué : " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			return false;
		} catch (org.eclipse.core.runtime.CoreException e) {
			page.setErrorMessage("Dossier impossible à créer : " + e.getMessage());
			return false;
		}
		if (!operation.refused().isEmpty()) {
			MessageDialog.openWarning(getShell(), "Export", "Non exportés car ils contiennent des erreurs :\n"
					+ String.join("\n", operation.refused()));
		}
		openFirstResult(operation);
		return true;
	}

	private void openFirstResult(ExportOperation operation) {
		if (operation.written().isEmpty()) {
			return;
		}
		IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IDE.openEditor(workbenchPage, operation.written().get(0));
		} catch (PartInitException e) {
			page.setErrorMessage(e.getMessage());
		}
	}

	final class ExportPage extends WizardPage {
		private final List<Button> formatButtons = new ArrayList<>();
		private final List<Exporter> exporters = Exporters.available();
		private Text folderText;

		ExportPage() {
			super("export");
			setTitle("Exporter des référentiels");
			setDescription(files.isEmpty() ? "Sélectionnez d'abord des fichiers .referentiel."
					: "Fichiers : " + String.join(", ", files.stream().map(IFile::getName).toList()));
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(2, false));
			Label formats = new Label(composite, SWT.NONE);
			formats.setText("Formats :");
			formats.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
			Composite boxes = new Composite(composite, SWT.NONE);
			boxes.setLayout(new GridLayout(1, false));
			for (Exporter exporter : exporters) {
				Button box = new Button(boxes, SWT.CHECK);
				box.setText(exporter.displayName() + " (." + exporter.fileExtension() + ")");
				box.setSelection(true);
				box.setData(exporter);
				box.addListener(SWT.Selection, e -> validate());
				formatButtons.add(box);
			}
			new Label(composite, SWT.NONE).setText("Dossier de destination :");
			folderText = new Text(composite, SWT.BORDER);
			folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			folderText.setText(files.isEmpty() ? "" : files.get(0).getProject().getFullPath().append("export").toString());
			folderText.addModifyListener(e -> validate());
			setControl(composite);
			validate();
		}

		private void validate() {
			String error = null;
			if (files.isEmpty()) {
				error = "Aucun fichier .referentiel sélectionné.";
			} else if (selectedExporters().isEmpty()) {
				error = "Choisissez au moins un format.";
			} else if (folder() == null) {
				error = "Le dossier doit être dans un projet ouvert, par exemple /MonProjet/export.";
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}

		List<Exporter> selectedExporters() {
			return formatButtons.stream().filter(Button::getSelection).map(b -> (Exporter) b.getData()).toList();
		}

		IContainer folder() {
			Path path = new Path(folderText.getText().strip());
			if (path.segmentCount() == 0) {
				return null;
			}
			var root = ResourcesPlugin.getWorkspace().getRoot();
			var project = root.getProject(path.segment(0));
			if (!project.isOpen()) {
				return null;
			}
			return path.segmentCount() == 1 ? project : root.getFolder(path);
		}
	}
}
