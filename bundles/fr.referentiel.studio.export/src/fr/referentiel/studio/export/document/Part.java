/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

import java.util.List;

/**
 * A part of the document: the identity block, a sheet (fiche)… A part whose role is
 * {@value #SHEET} starts a new page when printed, as the sheets of a REAC do.
 */
public record Part(String role, List<Content> blocks) implements Content {

	public static final String SHEET = "fiche";

	public Part {
		blocks = List.copyOf(blocks);
	}
}
