/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.imports;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import fr.referentiel.studio.dsl.ui.ReferentielUi;
import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.rncp.RncpImporter;
import fr.referentiel.studio.interchange.rncp.RncpImporter.FicheSummary;

/**
 * The fiche to import from an RNCP export: as soon as the file is chosen its fiches are listed (the
 * number and title of each, read as a stream: the daily export is 570 MB, hence the progress bar and
 * « Annuler »), and the user picks one in a list; a file of one fiche has it chosen already.
 */
final class RncpFicheChoice implements ImportChoices {

	/** The longest title shown in the list: the real ones go up to 250 characters. */
	private static final int TITLE_SHOWN = 90;

	private final RncpImporter importer;
	private Combo combo;
	private Label count;
	private volatile List<FicheSummary> fiches = List.of();
	private volatile String error;
	private volatile boolean listed;

	RncpFicheChoice(RncpImporter importer) {
		this.importer = importer;
	}

	@Override
	public void createControls(Composite grid, int columns, Runnable changed) {
		new Label(grid, SWT.NONE).setText("Fiche :");
		combo = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, columns - 1, 1);
		data.widthHint = 420; // long titles must not widen the whole dialog
		combo.setLayoutData(data);
		combo.addListener(SWT.Selection, e -> changed.run());
		new Label(grid, SWT.NONE);
		count = new Label(grid, SWT.WRAP);
		count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns - 1, 1));
		count.setText("Les fiches du fichier s'affichent ici une fois le fichier choisi.");
	}

	@Override
	public void sourceChosen(Path source, IRunnableContext context) {
		fiches = List.of();
		error = null;
		listed = false;
		try {
			context.run(true, true, monitor -> {
				monitor.beginTask("Liste des fiches de « " + source.getFileName() + " »…", org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
				try {
					fiches = Abandonable.run("Fiches de " + source.getFileName(), monitor, () -> importer.list(source));
					listed = true;
				} catch (ImportException e) {
					error = e.getMessage();
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			ReferentielUi.log("Liste des fiches de " + source, e.getCause());
			error = "Les fiches de « " + source.getFileName() + " » n'ont pas pu être lues à cause d'une erreur du programme ("
					+ e.getCause().getMessage() + ").";
		} catch (InterruptedException e) {
			error = "Lecture des fiches annulée : choisissez le fichier à nouveau pour les lister.";
		}
		show();
	}

	private void show() {
		combo.removeAll();
		for (FicheSummary fiche : fiches) {
			combo.add(label(fiche));
		}
		if (fiches.size() == 1) {
			combo.select(0);
		}
		if (error != null) {
			count.setText("");
		} else if (listed) {
			count.setText(fiches.size() == 1 ? "Le fichier contient une fiche." : "Le fichier contient " + fiches.size()
					+ " fiches : choisissez celle à importer.");
		}
		count.getParent().layout(true, true);
	}

	private static String label(FicheSummary fiche) {
		String title = fiche.title().length() > TITLE_SHOWN ? fiche.title().substring(0, TITLE_SHOWN - 1) + "…" : fiche.title();
		return (fiche.number() == null ? "(sans numéro)" : fiche.number()) + " – " + title;
	}

	private FicheSummary selected() {
		int index = combo == null || combo.isDisposed() ? -1 : combo.getSelectionIndex();
		return index < 0 || index >= fiches.size() ? null : fiches.get(index);
	}

	@Override
	public Map<String, String> options() {
		FicheSummary fiche = selected();
		return fiche == null || fiche.number() == null ? Map.of() : Map.of(RncpImporter.FICHE, fiche.number());
	}

	@Override
	public String missing() {
		if (!listed) {
			return "Choisissez le fichier de l'export RNCP : ses fiches s'afficheront.";
		}
		return selected() == null ? "Choisissez la fiche à importer." : null;
	}

	@Override
	public String error() {
		if (error != null) {
			return error;
		}
		if (listed && fiches.isEmpty()) {
			return "Ce fichier ne contient aucune fiche RNCP (élément FICHE) : rien à importer.";
		}
		FicheSummary fiche = selected();
		return fiche != null && fiche.number() == null ? "Cette fiche n'a pas de numéro RNCP : elle ne peut pas être importée." : null;
	}

	/**
	 * The name the importer gives the fiche (its number in lower case): known from the list, so that
	 * choosing a fiche does not read a 570 MB file once more only to learn it.
	 */
	@Override
	public String proposedName() {
		FicheSummary fiche = selected();
		return fiche == null || fiche.number() == null ? null : fiche.number().toLowerCase(Locale.ROOT) + ".referentiel";
	}

	/** For tests: the fiches as listed. */
	List<String> shownFiches() {
		return List.of(combo.getItems());
	}

	/** For tests: chooses the fiche of that number. */
	void choose(String number) {
		for (int i = 0; i < fiches.size(); i++) {
			if (number.equals(fiches.get(i).number())) {
				combo.select(i);
				combo.notifyListeners(SWT.Selection, null);
			}
		}
	}
}
