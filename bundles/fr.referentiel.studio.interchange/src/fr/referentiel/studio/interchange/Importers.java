/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange;

import java.util.List;

import fr.referentiel.studio.interchange.caseframework.CaseImporter;
import fr.referentiel.studio.interchange.moodle.MoodleImporter;
import fr.referentiel.studio.interchange.rncp.RncpImporter;

/** The importers the command line and the editor offer, in the order they list them. */
public final class Importers {

	private Importers() {
	}

	public static List<Importer> all() {
		return List.of(new RncpImporter(), new CaseImporter(), new MoodleImporter());
	}
}
