/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.html;

import java.util.List;

import org.jsoup.nodes.Element;

import fr.referentiel.studio.export.document.Content;
import fr.referentiel.studio.export.document.DefinitionList;
import fr.referentiel.studio.export.document.Heading;
import fr.referentiel.studio.export.document.ItemList;
import fr.referentiel.studio.export.document.Paragraph;
import fr.referentiel.studio.export.document.Part;
import fr.referentiel.studio.export.document.RichTable;
import fr.referentiel.studio.export.document.Table;

/** The format-neutral document as HTML: real {@code <th>} with scope, headings in order. */
final class DocumentHtml {

	private final String title;

	DocumentHtml(String title) {
		this.title = title;
	}

	byte[] render(List<Content> contents) {
		HtmlPage page = new HtmlPage(title, Stylesheet.portrait());
		Element main = page.main();
		boolean first = true;
		for (Content content : contents) {
			// The first heading is the document title: the page title option may replace it.
			if (first && content instanceof Heading h && h.level() == 1) {
				main.appendElement("h1").text(title);
			} else {
				append(main, content);
			}
			first = false;
		}
		return page.toBytes();
	}

	static void append(Element parent, Content content) {
		switch (content) {
			case Heading h -> anchor(parent.appendElement("h" + Math.min(h.level(), 6)).text(h.text()), h.anchor());
			case Paragraph p -> paragraph(parent, p);
			case ItemList list -> {
				Element ul = parent.appendElement("ul");
				list.items().forEach(item -> HtmlPage.appendLines(ul.appendElement("li"), item));
			}
			case Table t -> table(parent, t);
			case RichTable t -> richTable(parent, t);
			case DefinitionList d -> {
				Element dl = parent.appendElement("dl");
				for (DefinitionList.Definition entry : d.entries()) {
					dl.appendElement("dt").text(entry.term());
					Element dd = dl.appendElement("dd");
					entry.paragraphs().forEach(text -> HtmlPage.appendLines(dd.appendElement("p"), text));
				}
			}
			case Part part -> {
				Element section = anchor(parent.appendElement("section").addClass(part.role()), part.anchor());
				part.blocks().forEach(child -> append(section, child));
			}
		}
	}

	private static void paragraph(Element parent, Paragraph p) {
		Element element = anchor(parent.appendElement("p"), p.anchor());
		if (p.label() != null) {
			element.appendElement("strong").text(p.label());
			if (!p.text().isEmpty()) {
				element.appendText(" ");
			}
		}
		HtmlPage.appendLines(element, p.text());
	}

	/**
	 * Marks the element with the anchor of what it presents (an id), by which the editor's preview
	 * scrolls to an element and finds the element clicked.
	 */
	static Element anchor(Element element, String anchor) {
		return anchor == null ? element : element.id(anchor);
	}

	private static void richTable(Element parent, RichTable t) {
		Element table = parent.appendElement("table").addClass("blocs");
		Element body = head(table, t.caption(), t.header());
		for (List<List<Content>> row : t.rows()) {
			Element tr = body.appendElement("tr");
			for (List<Content> cell : row) {
				Element td = tr.appendElement("td");
				cell.forEach(content -> append(td, content));
			}
		}
	}

	/** The caption and header row of a table; returns its body. */
	private static Element head(Element table, String caption, List<String> header) {
		if (caption != null) {
			table.appendElement("caption").text(caption);
		}
		Element headRow = table.appendElement("thead").appendElement("tr");
		for (String column : header) {
			headRow.appendElement("th").attr("scope", "col").text(column);
		}
		return table.appendElement("tbody");
	}

	private static void table(Element parent, Table t) {
		Element table = parent.appendElement("table");
		Element body = head(table, t.caption(), t.header());
		for (List<String> row : t.rows()) {
			Element tr = body.appendElement("tr");
			for (int i = 0; i < row.size(); i++) {
				Element cell = t.rowHeaders() && i == 0 ? tr.appendElement("th").attr("scope", "row")
						: tr.appendElement("td");
				HtmlPage.appendLines(cell, row.get(i));
			}
		}
	}
}
