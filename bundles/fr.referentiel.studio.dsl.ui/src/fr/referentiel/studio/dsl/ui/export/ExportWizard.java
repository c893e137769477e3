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
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

import fr.referentiel.studio.dsl.ui.ReferentielUi;
import fr.referentiel.studio.dsl.ui.EditorWorkspace;
import fr.referentiel.studio.export.ExportFiles;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.Exporters;

/**
 * « Exporter des référentiels » (File › Export, and the context menu of a .referentiel file or
 * editor): the files (those selected, or the open editor's, and any other of the workspace to
 * tick), the formats (with CASE's base address and Moodle's scale: {@link FormatOptionFields}) and
 * the folder (typed or chosen with « Parcourir… »); it asks before
 * replacing files, says what was written where, and opens the HTML document in the system's
 * browser, as the author will read it, not as source.
 */
public class ExportWizard extends Wizard implements IExportWizard {

	/** What the wizard asks and tells the user; tests answer in place of the dialogs. */
	public interface Prompts {
		boolean replace(String question);

		void tell(String title, String message);

		void browse(IFile html);
	}

	/** The dialogs of the platform and the system's browser. */
	static final Prompts DIALOGS = new Prompts() {
		@Override
		public boolean replace(String question) {
			return MessageDialog.openQuestion(activeShell(), "Remplacer des fichiers ?", question);
		}

		@Override
		public void tell(String title, String message) {
			MessageDialog.openInformation(activeShell(), title, message);
		}

		@Override
		public void browse(IFile html) {
			try {
				PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(html.getLocationURI().toURL());
			} catch (PartInitException | java.net.MalformedURLException e) {
				ReferentielUi.log("Ouverture de " + html.getFullPath() + " dans le navigateur", e);
			}
		}

		private Shell activeShell() {
			return PlatformUI.getWorkbench().getDisplay().getActiveShell();
		}
	};

	private final List<IFile> files = new ArrayList<>();
	private ExportPage page;
	private Prompts prompts = DIALOGS;
	private ExportOperation done;

	public ExportWizard() {
		setWindowTitle("Exporter des référentiels");
		setNeedsProgressMonitor(true);
		// The CASE address and the Moodle scale are kept from one export to the next.
		setDialogSettings(org.eclipse.jface.dialogs.DialogSettings.getOrCreateSection(PlatformUI.getDialogSettingsProvider(
				org.osgi.framework.FrameworkUtil.getBundle(ExportWizard.class)).getDialogSettings(), "ExportWizard"));
	}

	/** For tests: answers instead of dialogs. */
	public void setPrompts(Prompts prompts) {
		this.prompts = prompts;
	}

	/** The files ticked at the start: the selected ones, else the active editor's. */
	public List<IFile> initialFiles() {
		return List.copyOf(files);
	}

	/** The last export run, null before Finish. */
	public ExportOperation operation() {
		return done;
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		files.clear();
		if (selection != null) {
			for (Object o : selection.toList()) {
				IResource r = o instanceof IResource res ? res : org.eclipse.core.runtime.Adapters.adapt(o, IResource.class);
				if (EditorWorkspace.isReferentiel(r)) {
					files.add((IFile) r);
				} else if (r instanceof IContainer container && container.isAccessible()) {
					// A project or a folder selected: the referentials it holds.
					files.addAll(referentialsIn(container).stream().filter(f -> !files.contains(f)).toList());
				}
			}
		}
		if (files.isEmpty() && workbench != null && workbench.getActiveWorkbenchWindow() != null
				&& workbench.getActiveWorkbenchWindow().getActivePage() != null) {
			// File › Export… with a referential open: that one, as the author expects.
			IEditorPart editor = workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
			IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
			if (EditorWorkspace.isReferentiel(file)) {
				if (editor.isDirty()) {
					editor.doSave(null); // the export reads what is saved, as the command line does
				}
				files.add(file);
			}
		}
	}

	/** The .referentiel files in a container and its folders, by path. */
	static List<IFile> referentialsIn(IContainer container) {
		List<IFile> found = new ArrayList<>();
		try {
			container.accept(resource -> {
				if (EditorWorkspace.isReferentiel(resource)) {
					found.add((IFile) resource);
				}
				return true;
			});
		} catch (org.eclipse.core.runtime.CoreException e) {
			ReferentielUi.log("Liste des référentiels de " + container.getFullPath(), e);
		}
		found.sort(java.util.Comparator.comparing(f -> f.getFullPath().toString()));
		return found;
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
		List<IFile> chosen = page.selectedFiles();
		List<String> existing = new ArrayList<>();
		for (IFile file : chosen) {
			String base = file.getFullPath().removeFileExtension().lastSegment();
			for (Exporter exporter : exporters) {
				IFile target = folder.getFile(new Path(ExportFiles.fileName(base, exporter, null)));
				if (target.exists()) {
					existing.add(target.getName());
				}
			}
		}
		if (!existing.isEmpty() && !prompts.replace("Ces fichiers existent déjà dans « " + folder.getFullPath() + " » :\n  "
				+ String.join("\n  ", existing) + "\n\nLes remplacer par le nouvel export ?")) {
			return false;
		}
		page.optionFields.remember(getDialogSettings());
		ExportOperation operation = new ExportOperation(chosen, exporters, folder, page.optionFields.options(exporters));
		try {
			if (folder instanceof org.eclipse.core.resources.IFolder f && !f.exists()) {
				f.create(true, true, null);
			}
			getContainer().run(true, true, operation);
		} catch (InvocationTargetException e) {
			page.setErrorMessage("L'export a échoué : " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage())
					+ " Rien n'a été remplacé pour ce fichier.");
			return false;
		} catch (InterruptedException e) {
			return false;
		} catch (org.eclipse.core.runtime.CoreException e) {
			page.setErrorMessage("Dossier impossible à créer : " + e.getMessage());
			return false;
		}
		done = operation;
		prompts.tell("Export terminé", report(operation, folder));
		operation.written().stream().filter(f -> "html".equals(f.getFileExtension())).findFirst().ifPresent(prompts::browse);
		return true;
	}

	/** « 3 fichiers écrits dans « /Exemples/export » : … », and the files refused for their errors. */
	static String report(ExportOperation operation, IContainer folder) {
		StringBuilder text = new StringBuilder();
		int count = operation.written().size();
		text.append(count == 0 ? "Aucun fichier écrit." : count + (count == 1 ? " fichier écrit" : " fichiers écrits")
				+ " dans « " + folder.getFullPath() + " » :\n  " + String.join("\n  ",
						operation.written().stream().map(IFile::getName).toList()));
		if (!operation.refused().isEmpty()) {
			text.append("\n\nNon exportés car ils contiennent des erreurs :\n  ").append(String.join("\n  ", operation.refused()));
		}
		return text.toString();
	}

	final class ExportPage extends WizardPage {
		private final List<Button> formatButtons = new ArrayList<>();
		private final List<Exporter> exporters = Exporters.available();
		private final FormatOptionFields optionFields = new FormatOptionFields();
		private Table fileTable;
		private Text folderText;

		ExportPage() {
			super("export");
			setTitle("Exporter des référentiels");
			setDescription("Cochez les référentiels et les formats, puis choisissez le dossier de destination.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(3, false));
			Label referentials = new Label(composite, SWT.NONE);
			referentials.setText("Référentiels :");
			referentials.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
			fileTable = new Table(composite, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
			GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
			tableData.heightHint = 120;
			fileTable.setLayoutData(tableData);
			for (IFile file : workspaceReferentials()) {
				TableItem item = new TableItem(fileTable, SWT.NONE);
				item.setText(file.getFullPath().toString());
				item.setData(file);
				item.setChecked(files.contains(file));
			}
			fileTable.addListener(SWT.Selection, e -> validate());
			new Label(composite, SWT.NONE);
			Button browseFiles = new Button(composite, SWT.PUSH);
			browseFiles.setText("Parcourir…");
			browseFiles.setToolTipText("Choisir les référentiels à exporter dans l'arborescence des projets");
			browseFiles.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
			browseFiles.addListener(SWT.Selection, e -> chooseFiles());
			Label formats = new Label(composite, SWT.NONE);
			formats.setText("Formats :");
			formats.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
			Composite boxes = new Composite(composite, SWT.NONE);
			boxes.setLayout(new GridLayout(1, false));
			boxes.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			for (Exporter exporter : exporters) {
				Button box = new Button(boxes, SWT.CHECK);
				box.setText(exporter.displayName() + " (." + exporter.fileExtension() + ")");
				box.setSelection(true);
				box.setData(exporter);
				box.addListener(SWT.Selection, e -> validate());
				formatButtons.add(box);
			}
			optionFields.create(composite, 3, exporters, getDialogSettings(), this::validate);
			new Label(composite, SWT.NONE).setText("Dossier de destination :");
			folderText = new Text(composite, SWT.BORDER);
			folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			folderText.setText(files.isEmpty() ? "" : files.get(0).getProject().getFullPath().append("export").toString());
			folderText.addModifyListener(e -> validate());
			Button browse = new Button(composite, SWT.PUSH);
			browse.setText("Parcourir…");
			browse.addListener(SWT.Selection, e -> chooseFolder());
			setControl(composite);
			validate();
		}

		private void chooseFolder() {
			ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), folder(), true,
					"Dossier où écrire les fichiers exportés :");
			dialog.setTitle("Dossier de destination");
			if (dialog.open() == Window.OK && dialog.getResult() != null && dialog.getResult().length > 0) {
				folderText.setText(dialog.getResult()[0].toString());
			}
		}

		private List<IFile> workspaceReferentials() {
			List<IFile> all = new ArrayList<>(referentialsIn(ResourcesPlugin.getWorkspace().getRoot()));
			files.stream().filter(f -> !all.contains(f)).forEach(all::add);
			all.sort(java.util.Comparator.comparing(f -> f.getFullPath().toString()));
			return all;
		}

		/** « Parcourir… » beside the list: the projects' tree, to find and tick referentials among many. */
		private void chooseFiles() {
			ReferentialChooser chooser = new ReferentialChooser(getShell());
			List<IFile> picked = chooser.open(selectedFiles());
			if (picked == null) {
				return;
			}
			for (TableItem item : fileTable.getItems()) {
				if (picked.contains(item.getData())) {
					item.setChecked(true);
					fileTable.showItem(item);
				}
			}
			validate();
		}

		private void validate() {
			String error = null;
			optionFields.enableFor(selectedExporters());
			if (selectedFiles().isEmpty()) {
				error = "Cochez au moins un référentiel.";
			} else if (selectedExporters().isEmpty()) {
				error = "Choisissez au moins un format.";
			} else if (optionFields.error(selectedExporters()) != null) {
				error = optionFields.error(selectedExporters());
			} else if (folder() == null) {
				error = "Le dossier doit être dans un projet ouvert, par exemple /MonProjet/export (« Parcourir… » le choisit).";
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}

		List<IFile> selectedFiles() {
			List<IFile> chosen = new ArrayList<>();
			for (TableItem item : fileTable.getItems()) {
				if (item.getChecked()) {
					chosen.add((IFile) item.getData());
				}
			}
			return chosen;
		}

		List<Exporter> selectedExporters() {
			return formatButtons.stream().filter(Button::getSelection).map(b -> (Exporter) b.getData()).toList();
		}

		/** For tests: the destination as typed. */
		void setFolder(String path) {
			folderText.setText(path);
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

	/** For tests: the destination folder, as the user would type it. */
	public void setFolder(String path) {
		page.setFolder(path);
	}

	/** For tests: ticks these formats (by id) and no other. */
	public void setFormats(String... formatIds) {
		List<String> wanted = List.of(formatIds);
		for (Button box : page.formatButtons) {
			box.setSelection(wanted.contains(((Exporter) box.getData()).formatId()));
			box.notifyListeners(SWT.Selection, null);
		}
	}

	/** For tests: types « Adresse de base CASE ». */
	public void setCaseBaseUri(String value) {
		page.optionFields.set(FormatOptionFields.CASE, value);
	}

	/** For tests: types « Échelle Moodle ». */
	public void setMoodleScale(String value) {
		page.optionFields.set(FormatOptionFields.MOODLE, value);
	}

	/** For tests: « Adresse de base CASE » as shown. */
	public String caseBaseUri() {
		return page.optionFields.get(FormatOptionFields.CASE);
	}

	/** For tests: « Échelle Moodle » as shown. */
	public String moodleScale() {
		return page.optionFields.get(FormatOptionFields.MOODLE);
	}

	/** For tests: the error at the top of the page, null when there is none. */
	public String pageError() {
		return page.getErrorMessage();
	}
}
