/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange;

import java.util.List;

import fr.referentiel.studio.model.Referential;

/**
 * What an importer read: the referential, the comment lines to write at the top of its file (where
 * it came from, what the format holds that the language cannot), the warnings the user must read
 * (in French), and the file name it proposes ({@code rncp40792.referentiel}).
 */
public record Imported(Referential referential, List<String> header, List<String> warnings, String fileName) {

	public Imported {
		header = List.copyOf(header);
		warnings = List.copyOf(warnings);
	}
}
