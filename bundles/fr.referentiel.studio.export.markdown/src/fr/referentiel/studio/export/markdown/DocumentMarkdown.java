/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.markdown;

import java.util.Collections;
import java.util.List;

import fr.referentiel.studio.export.document.Content;
import fr.referentiel.studio.export.document.DefinitionList;
import fr.referentiel.studio.export.document.Heading;
import fr.referentiel.studio.export.document.ItemList;
import fr.referentiel.studio.export.document.Paragraph;
import fr.referentiel.studio.export.document.Part;
import fr.referentiel.studio.export.document.RichTable;
import fr.referentiel.studio.export.document.Table;

/** The format-neutral document (the whole referential) as GitHub-flavoured Markdown. */
final class DocumentMarkdown {

	private final MarkdownWriter md = new MarkdownWriter();

	String render(List<Content> contents) {
		contents.forEach(this::append);
		return md.toString();
	}

	private void append(Content content) {
		switch (content) {
			case Heading h -> md.heading(Math.min(h.level(), 6), MarkdownText.escape(h.text()));
			case Paragraph p -> {
				String text = MarkdownText.escape(p.text());
				md.block().line(p.label() == null ? text
						: "**" + MarkdownText.escape(p.label()) + "**" + (text.isEmpty() ? "" : " " + text)).block();
			}
			case ItemList list -> {
				md.block();
				list.items().forEach(item -> md.line("- " + MarkdownText.escape(item)));
				md.block();
			}
			case Table t -> table(t);
			case RichTable t -> richTable(t);
			case DefinitionList d -> {
				for (DefinitionList.Definition entry : d.entries()) {
					md.block().line("**" + MarkdownText.escape(entry.term()) + "**").block();
					entry.paragraphs().forEach(p -> md.line(MarkdownText.escape(p)).block());
				}
			}
			case Part part -> part.blocks().forEach(this::append);
		}
	}

	/**
	 * GFM cells hold one line: the paragraphs of a cell are joined by line breaks, a bold label
	 * stays bold and list items are led by a bullet, so the row still reads as the official table.
	 */
	private void richTable(RichTable t) {
		head(t.caption(), t.header());
		for (List<List<Content>> row : t.rows()) {
			List<String> cells = new java.util.ArrayList<>();
			for (List<Content> cell : row) {
				List<String> lines = new java.util.ArrayList<>();
				for (Content c : cell) {
					if (c instanceof Paragraph p) {
						String text = MarkdownText.escape(p.text());
						lines.add(p.label() == null ? text
								: "**" + MarkdownText.escape(p.label()) + "**" + (text.isEmpty() ? "" : " " + text));
					} else if (c instanceof ItemList list) {
						list.items().forEach(item -> lines.add("• " + MarkdownText.escape(item)));
					}
				}
				cells.add(String.join("<br>", lines));
			}
			md.tableRow(cells);
		}
		md.block();
	}

	/** A table's caption (in bold: GFM has none), header row and alignment row. */
	private void head(String caption, List<String> header) {
		md.block();
		if (caption != null) {
			md.line("**" + MarkdownText.escape(caption) + "**").block();
		}
		md.tableRow(header.stream().map(MarkdownText::escape).toList());
		md.line("|" + String.join("|", Collections.nCopies(header.size(), " --- ")) + "|");
	}

	private void table(Table t) {
		head(t.caption(), t.header());
		for (List<String> row : t.rows()) {
			List<String> cells = new java.util.ArrayList<>();
			for (int i = 0; i < row.size(); i++) {
				String cell = MarkdownText.escape(row.get(i));
				// GFM has no row headers: the first cell is set in bold instead.
				cells.add(t.rowHeaders() && i == 0 && !cell.isEmpty() ? "**" + cell + "**" : cell);
			}
			md.tableRow(cells);
		}
		md.block();
	}
}
