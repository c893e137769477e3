/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.refactoring;

import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The rename dialog: the new identifier, then the preview of every file changed. */
public class RenameWizard extends RefactoringWizard {

	public RenameWizard(RenameIdentifierRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		setDefaultPageTitle("Renommer un identifiant");
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NamePage((RenameIdentifierRefactoring) getRefactoring()));
	}

	private static final class NamePage extends UserInputWizardPage {
		private final RenameIdentifierRefactoring refactoring;

		NamePage(RenameIdentifierRefactoring refactoring) {
			super("nouvelIdentifiant");
			this.refactoring = refactoring;
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(2, false));
			new Label(composite, SWT.NONE).setText("Nouvel identifiant :");
			Text text = new Text(composite, SWT.BORDER);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			text.setText(refactoring.getOldName());
			text.selectAll();
			text.addModifyListener(e -> {
				refactoring.setNewName(text.getText());
				var status = refactoring.checkNewName();
				setPageComplete(!status.hasFatalError());
				setErrorMessage(status.hasFatalError() ? status.getMessageMatchingSeverity(status.getSeverity()) : null);
			});
			setDescription("Renomme « " + refactoring.getOldName()
					+ " » dans sa déclaration et dans tous les fichiers qui y font référence.");
			setPageComplete(false);
			setControl(composite);
			text.setFocus();
		}
	}
}
