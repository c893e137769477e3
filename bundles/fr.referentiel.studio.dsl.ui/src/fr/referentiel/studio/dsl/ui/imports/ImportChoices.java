/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.imports;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.swt.widgets.Composite;

import fr.referentiel.studio.interchange.Importer;
import fr.referentiel.studio.interchange.caseframework.CaseImporter;
import fr.referentiel.studio.interchange.moodle.MoodleImporter;
import fr.referentiel.studio.interchange.rncp.RncpImporter;

/**
 * What a format asks of the user beyond the file, on the import page: for RNCP, which fiche of the
 * export; for CASE and Moodle, what their elements become (optional). The wizard works for every importer of {@code Importers.all()}; a format that needs
 * nothing more has {@link #NONE}, and its importer reads the file with its default options.
 */
interface ImportChoices {

	/** For the formats whose importer needs no choice. */
	ImportChoices NONE = new ImportChoices() {
	};

	/** The choices of {@code importer}'s format. */
	static ImportChoices of(Importer importer) {
		return switch (importer) {
			case RncpImporter rncp -> new RncpFicheChoice(rncp);
			case CaseImporter c -> RoleChoice.byType();
			case MoodleImporter m -> RoleChoice.byLevel();
			default -> NONE;
		};
	}

	/**
	 * Adds its rows to the page's grid of {@code columns} columns (label, field, button).
	 *
	 * @param changed to call when a choice changes, so that the page checks itself again
	 */
	default void createControls(Composite grid, int columns, Runnable changed) {
	}

	/** The user chose a (readable) source file: a format may read what it offers, in {@code context}, with progress. */
	default void sourceChosen(Path source, IRunnableContext context) {
	}

	/** The importer's options for what the user chose. */
	default Map<String, String> options() {
		return Map.of();
	}

	/** What the user still has to choose (a prompt, not an error), or null. */
	default String missing() {
		return null;
	}

	/** What is wrong with the source for this format (a French sentence), or null. */
	default String error() {
		return null;
	}

	/** The file name the import will propose for what is chosen, when it is known before reading; else null. */
	default String proposedName() {
		return null;
	}
}
