/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

/**
 * A heading; levels go down one at a time (1 is the document title).
 *
 * @param anchor the {@link fr.referentiel.studio.export.Anchors anchor} of the element it titles, or {@code null}
 */
public record Heading(int level, String text, String anchor) implements Content {

	public Heading(int level, String text) {
		this(level, text, null);
	}
}
