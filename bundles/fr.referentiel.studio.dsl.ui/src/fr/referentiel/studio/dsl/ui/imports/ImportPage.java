/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.imports;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

import fr.referentiel.studio.dsl.ui.EditorWorkspace;
import fr.referentiel.studio.interchange.Importer;

/**
 * The import page: the format (one per importer of {@code Importers.all()}), the file to read
 * (typed, or chosen with « Parcourir… » among the format's files), what the format asks besides
 * ({@link ImportChoices}: the fiche of an RNCP export), the workspace folder to write into and the
 * name of the new file. The format and the folder of the last file chosen are remembered.
 */
final class ImportPage extends WizardPage {

	private static final int COLUMNS = 3;
	private static final String FORMAT_SETTING = "format";
	private static final String SOURCE_FOLDER_SETTING = "sourceFolder";

	private final List<Importer> importers;
	private final String initialFolder;
	private Composite grid;
	private Combo formatCombo;
	private Text sourceText;
	private Label folderLabel;
	private Text folderText;
	private Text nameText;
	private ImportChoices choices = ImportChoices.NONE;
	private final List<Control> choiceControls = new ArrayList<>();
	/** The source whose choices were last read, so that leaving the field unchanged reads nothing again. */
	private String chosenSource = "";
	/** The name as last proposed: the user's own name is never replaced by a proposal. */
	private String proposedName = "";

	ImportPage(List<Importer> importers, String initialFolder) {
		super("import");
		this.importers = List.copyOf(importers);
		this.initialFolder = initialFolder == null ? "" : initialFolder;
		setTitle("Importer un référentiel d'un autre système");
		setDescription("Choisissez le format et le fichier à lire : le référentiel qu'il contient est écrit dans un fichier "
				+ ".referentiel du projet, puis ouvert.");
	}

	@Override
	public void createControl(Composite parent) {
		grid = new Composite(parent, SWT.NONE);
		grid.setLayout(new GridLayout(COLUMNS, false));

		new Label(grid, SWT.NONE).setText("Format :");
		formatCombo = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
		formatCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, COLUMNS - 1, 1));
		for (Importer importer : importers) {
			formatCombo.add(importer.label());
		}
		formatCombo.select(Math.max(0, indexOf(settings(FORMAT_SETTING))));
		formatCombo.addListener(SWT.Selection, e -> formatChanged());

		new Label(grid, SWT.NONE).setText("Fichier à importer :");
		sourceText = new Text(grid, SWT.BORDER);
		sourceText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		sourceText.addModifyListener(e -> validate());
		// Its choices are read when the typing is over: on leaving the field or on Entrée, not at each key.
		sourceText.addListener(SWT.FocusOut, e -> sourceChosen());
		sourceText.addListener(SWT.DefaultSelection, e -> sourceChosen());
		Button browseSource = new Button(grid, SWT.PUSH);
		browseSource.setText("Parcourir…");
		browseSource.addListener(SWT.Selection, e -> chooseSource());

		folderLabel = new Label(grid, SWT.NONE);
		folderLabel.setText("Dossier de destination :");
		folderText = new Text(grid, SWT.BORDER);
		folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folderText.setText(initialFolder);
		folderText.addModifyListener(e -> validate());
		Button browseFolder = new Button(grid, SWT.PUSH);
		browseFolder.setText("Parcourir…");
		browseFolder.addListener(SWT.Selection, e -> chooseFolder());

		new Label(grid, SWT.NONE).setText("Nom du fichier :");
		nameText = new Text(grid, SWT.BORDER);
		nameText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, COLUMNS - 1, 1));
		nameText.setMessage("proposé par l'import");
		nameText.addModifyListener(e -> validate());

		createChoices();
		setControl(grid);
		validate();
	}

	private int indexOf(String importerId) {
		for (int i = 0; i < importers.size(); i++) {
			if (importers.get(i).id().equals(importerId)) {
				return i;
			}
		}
		return -1;
	}

	private String settings(String key) {
		IDialogSettings settings = getDialogSettings();
		return settings == null ? null : settings.get(key);
	}

	/** The chosen format's own rows, between the file and the destination. */
	private void createChoices() {
		choiceControls.forEach(Control::dispose);
		choiceControls.clear();
		choices = ImportChoices.of(importer());
		List<Control> before = Arrays.asList(grid.getChildren());
		choices.createControls(grid, COLUMNS, this::choicesChanged);
		for (Control control : grid.getChildren()) {
			if (!before.contains(control)) {
				control.moveAbove(folderLabel);
				choiceControls.add(control);
			}
		}
		grid.layout(true, true);
	}

	private void formatChanged() {
		createChoices();
		chosenSource = "";
		if (getContainer() != null && getContainer().getCurrentPage() == this) {
			sourceChosen();
		}
		validate();
		grid.getShell().layout(true, true);
	}

	private void chooseSource() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Fichier à importer");
		Importer importer = importer();
		if (!importer.extensions().isEmpty()) {
			String patterns = String.join(";", importer.extensions().stream().map(e -> "*." + e).toList());
			dialog.setFilterExtensions(new String[] { patterns, "*" });
			dialog.setFilterNames(new String[] { importer.label() + " (" + patterns + ")", "Tous les fichiers" });
		}
		String folder = settings(SOURCE_FOLDER_SETTING);
		if (folder != null) {
			dialog.setFilterPath(folder);
		}
		String file = dialog.open();
		if (file != null) {
			setSource(file);
		}
	}

	/** The file to read, as typed or chosen; its choices (the fiches) are read at once. */
	void setSource(String path) {
		sourceText.setText(path);
		sourceChosen();
	}

	private void sourceChosen() {
		String typed = sourceText.getText().strip();
		if (typed.equals(chosenSource)) {
			return;
		}
		chosenSource = typed;
		java.nio.file.Path source = source();
		if (source != null && Files.isRegularFile(source)) {
			if (getDialogSettings() != null && source.toAbsolutePath().getParent() != null) {
				getDialogSettings().put(SOURCE_FOLDER_SETTING, source.toAbsolutePath().getParent().toString());
			}
			choices.sourceChosen(source, getContainer());
			choicesChanged();
		}
		validate();
	}

	private void choicesChanged() {
		String proposal = choices.proposedName();
		if (proposal != null && (nameText.getText().isBlank() || nameText.getText().equals(proposedName))) {
			proposedName = proposal;
			nameText.setText(proposal);
		}
		validate();
	}

	private void chooseFolder() {
		ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), folder(), true,
				"Dossier où écrire le fichier .referentiel :");
		dialog.setTitle("Dossier de destination");
		if (dialog.open() == Window.OK && dialog.getResult() != null && dialog.getResult().length > 0) {
			folderText.setText(dialog.getResult()[0].toString());
		}
	}

	/** Prompts for what is missing (not an error: the page has just opened), errors for what is wrong. */
	private void validate() {
		String missing = null;
		String error = null;
		java.nio.file.Path source = source();
		String name = nameText.getText().strip();
		if (sourceText.getText().isBlank()) {
			missing = "Choisissez le fichier à importer (« Parcourir… »).";
		} else if (source == null || !Files.isRegularFile(source)) {
			error = "Le fichier « " + sourceText.getText().strip() + " » n'existe pas : vérifiez le chemin, ou choisissez-le avec "
					+ "« Parcourir… ».";
		} else if (choices.error() != null) {
			error = choices.error();
		} else if (choices.missing() != null) {
			missing = choices.missing();
		}
		if (missing == null && error == null) {
			if (folderText.getText().isBlank()) {
				missing = "Choisissez le dossier du projet où écrire le fichier (« Parcourir… »).";
			} else if (folder() == null) {
				error = "Le dossier doit être dans un projet ouvert, par exemple /MonProjet/referentiels (« Parcourir… » le choisit).";
			} else if (!name.isEmpty()) {
				error = nameError(name);
			}
		}
		setErrorMessage(error);
		setMessage(missing);
		setPageComplete(missing == null && error == null);
	}

	private static String nameError(String name) {
		if (name.contains("/") || name.contains("\\")) {
			return "Le nom du fichier ne peut pas contenir « / » ni « \\ » : choisissez le dossier à la ligne au-dessus.";
		}
		IStatus status = ResourcesPlugin.getWorkspace().validateName(withExtension(name), IResource.FILE);
		return status.isOK() ? null : "Ce nom de fichier n'est pas possible : " + status.getMessage();
	}

	private static String withExtension(String name) {
		return name.endsWith("." + EditorWorkspace.EXTENSION) ? name : name + "." + EditorWorkspace.EXTENSION;
	}

	Importer importer() {
		return importers.get(Math.max(0, formatCombo.getSelectionIndex()));
	}

	java.nio.file.Path source() {
		try {
			String typed = sourceText.getText().strip();
			return typed.isEmpty() ? null : java.nio.file.Path.of(typed);
		} catch (InvalidPathException e) {
			return null;
		}
	}

	Map<String, String> options() {
		return choices.options();
	}

	ImportChoices choices() {
		return choices;
	}

	IContainer folder() {
		Path path = new Path(folderText.getText().strip());
		if (path.segmentCount() == 0) {
			return null;
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		var project = workspace.getRoot().getProject(path.segment(0));
		if (!workspace.validatePath(path.makeAbsolute().toString(), IResource.PROJECT | IResource.FOLDER).isOK() || !project.isOpen()) {
			return null;
		}
		return path.segmentCount() == 1 ? project : workspace.getRoot().getFolder(path.makeAbsolute());
	}

	/** The new file's name: the user's, with « .referentiel » added if left out, else the importer's (then shown). */
	String fileName(String proposedByImport) {
		String name = nameText.getText().strip();
		if (name.isEmpty()) {
			proposedName = proposedByImport;
			nameText.setText(proposedByImport);
			return proposedByImport;
		}
		return withExtension(name);
	}

	/** Remembers the format for the next import. */
	void remember() {
		if (getDialogSettings() != null) {
			getDialogSettings().put(FORMAT_SETTING, importer().id());
		}
	}

	/** For tests: what the user would select or type. */
	void setFormat(String importerId) {
		formatCombo.select(indexOf(importerId));
		formatChanged();
	}

	void setFolder(String path) {
		folderText.setText(path);
	}

	void setFileName(String name) {
		nameText.setText(name);
	}

	String shownFileName() {
		return nameText.getText();
	}

	List<String> formats() {
		return List.of(formatCombo.getItems());
	}
}
