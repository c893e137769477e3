/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

import java.util.List;

/**
 * A part of the document: the identity block, a sheet (fiche)… A part whose role is
 * {@value #SHEET} starts a new page when printed, as the sheets of a REAC do.
 *
 * @param anchor the {@link fr.referentiel.studio.export.Anchors anchor} of the element the part presents, or {@code null}
 */
public record Part(String role, List<Content> blocks, String anchor) implements Content {

	public static final String SHEET = "fiche";

	public Part {
		blocks = List.copyOf(blocks);
	}

	public Part(String role, List<Content> blocks) {
		this(role, blocks, null);
	}
}
