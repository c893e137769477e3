/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

import java.util.List;

/** Terms and their definitions (the glossary). */
public record DefinitionList(List<Definition> entries) implements Content {

	public DefinitionList {
		entries = List.copyOf(entries);
	}

	public record Definition(String term, List<String> paragraphs) {

		public Definition {
			paragraphs = List.copyOf(paragraphs);
		}
	}
}
