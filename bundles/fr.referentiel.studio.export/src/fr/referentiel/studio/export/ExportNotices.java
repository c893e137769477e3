/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.util.List;
import java.util.Map;

import fr.referentiel.studio.model.Referential;

/**
 * An exporter whose format cannot hold everything it is given and says so: what {@link
 * Exporter#render} had to change (a name cut to the format's length, say), as French sentences
 * the command line prints as warnings. Like {@code render}, a pure function of its arguments.
 */
public interface ExportNotices {

	/** What the export of this referential changes, in the order of the file; empty when nothing. */
	List<String> notices(Referential referential, String layoutId, Map<String, String> options) throws ExportException;
}
