/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.branding;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The question of the first start: « Où ranger vos référentiels ? », the user's own folder
 * proposed, « Parcourir… » to choose another, and a folder inside the installation refused with
 * the reason, before the workbench exists (so in the words of a designer, not the platform's
 * English « Select a directory as workspace »).
 */
public class WorkFolderDialog extends TitleAreaDialog {

	static final String TITLE = "Où ranger vos référentiels ?";

	private final WorkFolder rules;
	private Text folderText;
	private Path chosen;

	public WorkFolderDialog(Shell parent, WorkFolder rules) {
		super(parent);
		this.rules = rules;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Référentiel Studio");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(TITLE);
		setMessage("Vos référentiels, le projet d'exemple et les exports seront rangés dans ce dossier. "
				+ "Il est hors du dossier de l'application, pour qu'une mise à jour ne les efface pas.");
		Composite composite = new Composite(area, SWT.NONE);
		composite.setLayout(new GridLayout(3, false));
		composite.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(composite, SWT.NONE).setText("Dossier :");
		folderText = new Text(composite, SWT.BORDER);
		GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		textData.widthHint = 420;
		folderText.setLayoutData(textData);
		folderText.setText(rules.defaultFolder().toString());
		folderText.addModifyListener(e -> validate());
		Button browse = new Button(composite, SWT.PUSH);
		browse.setText("Parcourir…");
		browse.addListener(SWT.Selection, e -> browse());
		Label note = new Label(composite, SWT.WRAP);
		note.setText("Cette question ne sera plus posée : Référentiel Studio s'en souviendra à chaque démarrage, "
				+ "même après une mise à jour.");
		GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		noteData.widthHint = 500;
		note.setLayoutData(noteData);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Commencer", true);
		createButton(parent, IDialogConstants.CANCEL_ID, "Quitter", false);
		validate();
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Dossier de vos référentiels");
		dialog.setMessage("Choisissez le dossier où ranger vos référentiels :");
		dialog.setFilterPath(folderText.getText());
		String path = dialog.open();
		if (path != null) {
			folderText.setText(path);
		}
	}

	private void validate() {
		if (folderText == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String problem = rules.problem(folderText.getText());
		setErrorMessage(problem);
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	@Override
	protected void okPressed() {
		chosen = Path.of(folderText.getText().strip()).toAbsolutePath().normalize();
		super.okPressed();
	}

	/** The folder chosen with « Commencer », null when the user left with « Quitter ». */
	public Path chosen() {
		return chosen;
	}

	/** For tests: the question at the top. */
	public String title() {
		return TITLE;
	}

	/** For tests: the folder as shown. */
	public String folderShown() {
		return folderText.getText();
	}

	/** For tests: types a folder, as the user would. */
	public void type(String folder) {
		folderText.setText(folder);
	}

	/** For tests: whether « Commencer » can be pressed. */
	public boolean canStart() {
		return getButton(IDialogConstants.OK_ID).isEnabled();
	}

	/** For tests: the error shown above the field, null when there is none. */
	public String problemShown() {
		return getErrorMessage();
	}
}
