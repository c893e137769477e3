/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

import java.util.List;

/**
 * A table whose cells hold paragraphs and lists (the bloc table of a BTS: a competence with its
 * sub-items, its indicators, its knowledge under headings), with one header row.
 *
 * @param caption may be {@code null}
 * @param rows each row one cell per header; each cell {@link Paragraph}s and {@link ItemList}s
 */
public record RichTable(String caption, List<String> header, List<List<List<Content>>> rows) implements Content {

	public RichTable {
		header = List.copyOf(header);
		rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
		for (List<List<Content>> row : rows) {
			if (row.size() != header.size()) {
				throw new IllegalArgumentException("row of " + row.size() + " cells under " + header.size() + " headers");
			}
			for (List<Content> cell : row) {
				for (Content c : cell) {
					if (!(c instanceof Paragraph || c instanceof ItemList)) {
						throw new IllegalArgumentException("a cell holds paragraphs and lists, not " + c);
					}
				}
			}
		}
	}
}
