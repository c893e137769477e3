/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

/**
 * A paragraph, optionally led by a label shown in bold (« Durée : »).
 *
 * @param label may be {@code null}
 * @param anchor the {@link fr.referentiel.studio.export.Anchors anchor} of the element it names, or {@code null}
 */
public record Paragraph(String label, String text, String anchor) implements Content {

	public Paragraph(String label, String text) {
		this(label, text, null);
	}

	public static Paragraph of(String text) {
		return new Paragraph(null, text);
	}
}
