/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

/**
 * A piece of a document, independent of the output format: the whole-referential document is
 * built once ({@link ReacDocument}) and rendered as HTML or Markdown, so both say the same.
 * Texts are plain (never markup): each renderer escapes them for its format.
 */
public sealed interface Content permits Heading, Paragraph, ItemList, Table, RichTable, DefinitionList, Part {
}
