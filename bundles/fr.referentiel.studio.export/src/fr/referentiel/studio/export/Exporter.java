/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.util.List;
import java.util.Map;

import fr.referentiel.studio.model.Referential;

/**
 * Writes a referential in one output format. Implementations are stateless and contributed
 * through the extension point {@value Exporters#EXTENSION_POINT} in OSGi and through
 * {@code META-INF/services/fr.referentiel.studio.export.Exporter} elsewhere; see {@link Exporters}.
 * Writing the bytes to a file is not their business: {@link ExportFiles} does it for all formats.
 */
public interface Exporter {

	/** Short identifier used on the command line and in file names, e.g. {@code html}. */
	String formatId();

	/** French name shown to users, e.g. « Document HTML ». */
	String displayName();

	/** Extension of the files written, without the dot. */
	String fileExtension();

	/** The layouts offered; the first one is the default. Never empty. */
	List<Layout> layouts();

	/** The options understood by {@link #render}, with their defaults. */
	List<ExportOption> options();

	/**
	 * Renders the referential: a pure function of its arguments, the same bytes for the same
	 * model. The exporter decides the encoding (and byte-order mark) of its format.
	 *
	 * @param layoutId one of {@link #layouts()}, or {@code null} for the default
	 * @param options values by option name; missing options take their default
	 * @throws ExportException for an unknown layout or option or a refused value, with a French
	 *         message for the user
	 */
	byte[] render(Referential referential, String layoutId, Map<String, String> options) throws ExportException;
}
