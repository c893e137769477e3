/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.imports;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.caseframework.CaseImporter;
import fr.referentiel.studio.interchange.moodle.MoodleImporter;

/**
 * What the elements of another system's framework become, when the user wants to say it: for
 * CASE, by item type (« Standard=compétence;Component=critère »), for Moodle, by level
 * (« activité type,compétence,critère »), as the command line's --types and --niveaux. Left
 * empty, the importer places them from the shape of the tree, and its remarks say how.
 */
final class RoleChoice implements ImportChoices {

	private final boolean byType;
	private Text field;
	private String error;

	private RoleChoice(boolean byType) {
		this.byType = byType;
	}

	static RoleChoice byType() {
		return new RoleChoice(true);
	}

	static RoleChoice byLevel() {
		return new RoleChoice(false);
	}

	@Override
	public void createControls(Composite grid, int columns, Runnable changed) {
		new Label(grid, SWT.NONE).setText(byType ? "Types d'éléments :" : "Niveaux :");
		field = new Text(grid, SWT.BORDER);
		field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns - 1, 1));
		field.setMessage(byType ? "Standard=compétence;Component=critère (facultatif)" : "activité type,compétence,critère (facultatif)");
		field.addListener(SWT.Modify, e -> {
			check();
			changed.run();
		});
		new Label(grid, SWT.NONE);
		Label hint = new Label(grid, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, columns - 1, 1);
		data.widthHint = 420;
		hint.setLayoutData(data);
		hint.setText(byType ? "Ce que devient chaque type d'élément du cadre. Laissé vide, l'arbre le dit, et l'import l'explique."
				: "Ce que devient chaque niveau de l'arbre, du haut vers le bas. Laissé vide, l'arbre le dit, et l'import l'explique.");
	}

	private void check() {
		error = null;
		try {
			if (byType) {
				CaseImporter.mapping(text());
			} else {
				MoodleImporter.levels(text());
			}
		} catch (ImportException e) {
			error = e.getMessage();
		}
	}

	void setText(String roles) {
		field.setText(roles); // fires Modify: checked, and the page with it
	}

	private String text() {
		return field == null || field.isDisposed() ? "" : field.getText().strip();
	}

	@Override
	public Map<String, String> options() {
		String value = text();
		return value.isEmpty() ? Map.of() : Map.of(byType ? CaseImporter.TYPES : MoodleImporter.LEVELS, value);
	}

	@Override
	public String error() {
		return error;
	}
}
