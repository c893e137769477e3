/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

/**
 * A paragraph, optionally led by a label shown in bold (« Durée : »).
 *
 * @param label may be {@code null}
 */
public record Paragraph(String label, String text) implements Content {

	public static Paragraph of(String text) {
		return new Paragraph(null, text);
	}
}
