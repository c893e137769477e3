/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

import java.util.List;

/**
 * A table with one header row. A cell may hold several lines (one per paragraph).
 *
 * @param caption may be {@code null}
 * @param rowHeaders whether the first cell of each row heads its row
 */
public record Table(String caption, List<String> header, List<List<String>> rows, boolean rowHeaders) implements Content {

	public Table {
		header = List.copyOf(header);
		rows = rows.stream().map(List::copyOf).toList();
		for (List<String> row : rows) {
			if (row.size() != header.size()) {
				throw new IllegalArgumentException("row of " + row.size() + " cells under " + header.size() + " headers");
			}
		}
	}
}
