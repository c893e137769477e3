/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.util.List;

import fr.referentiel.studio.model.KnowledgeCategory;

/** The knowledge items of a competence under one heading (« Savoir-faire techniques », « Savoirs »…). */
public record KnowledgeSection(KnowledgeCategory category, String heading, List<String> items) {

	public KnowledgeSection {
		items = List.copyOf(items);
	}
}
