/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange;

import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a file of another system (the RNCP open-data export…) into a referential. An importer
 * never writes anything: {@link ReferentialText} turns what it read into the text of a
 * {@code .referentiel} file, and the caller decides where (and whether) to write it.
 */
public interface Importer {

	/** The name of the format on the command line: {@code referentiel import <id> FILE}. */
	String id();

	/** What the format is, in French, as the editor's File › Import… lists it. */
	String label();

	/** The extensions of its files, without the dot ({@code xml}), for the file choosers. */
	java.util.List<String> extensions();

	/**
	 * Reads {@code input}.
	 *
	 * @param options what the format lets the user choose (for RNCP: {@code fiche}), never null
	 * @throws ImportException with a French message (and the line and column when the input is at fault)
	 */
	Imported read(Path input, Map<String, String> options) throws ImportException;
}
