/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

import java.util.List;

/** A bulleted list (criteria, savoir-faire, deliverables). */
public record ItemList(List<String> items) implements Content {

	public ItemList {
		items = List.copyOf(items);
	}
}
