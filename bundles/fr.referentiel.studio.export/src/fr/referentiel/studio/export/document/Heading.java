/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

/** A heading; levels go down one at a time (1 is the document title). */
public record Heading(int level, String text) implements Content {
}
