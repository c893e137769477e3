/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.html;

import java.util.List;

import org.jsoup.nodes.Element;

import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.document.Content;
import fr.referentiel.studio.export.document.RncpTable;
import fr.referentiel.studio.model.Referential;

/**
 * The « 5 - Référentiels » table of an RNCP application ({@link RncpTable}) as HTML: one table
 * per activity type, its two header rows with real {@code <th>} and scopes, on landscape pages.
 */
final class RncpTableHtml {

	private final Referential referential;
	private final String title;

	RncpTableHtml(Referential referential, String title) {
		this.referential = referential;
		this.title = title;
	}

	byte[] render() throws ExportException {
		List<RncpTable.Sheet> sheets = RncpTable.build(referential);
		HtmlPage page = new HtmlPage(title, Stylesheet.landscape());
		Element main = page.main();
		main.appendElement("h1").text(title);
		main.appendElement("p").text(RncpTable.INTRODUCTION);
		for (RncpTable.Sheet sheet : sheets) {
			table(main, sheet);
		}
		return page.toBytes();
	}

	private static void table(Element parent, RncpTable.Sheet sheet) {
		Element table = DocumentHtml.anchor(parent.appendElement("table").addClass("rncp"), sheet.anchor());
		table.appendElement("caption").text(sheet.caption());
		Element thead = table.appendElement("thead");
		Element first = thead.appendElement("tr");
		Element second = thead.appendElement("tr");
		for (RncpTable.ColumnGroup group : RncpTable.HEADER) {
			Element th = first.appendElement("th");
			th.appendText(group.title());
			th.appendElement("span").addClass("precision").text(group.precision());
			if (group.columns().isEmpty()) {
				th.attr("scope", "col").attr("rowspan", "2");
			} else {
				th.attr("scope", "colgroup").attr("colspan", String.valueOf(group.columns().size()));
				group.columns().forEach(column -> second.appendElement("th").attr("scope", "col").text(column));
			}
		}
		Element tbody = table.appendElement("tbody");
		for (List<List<Content>> row : sheet.rows()) {
			Element tr = tbody.appendElement("tr");
			for (List<Content> cell : row) {
				Element td = tr.appendElement("td");
				cell.forEach(content -> DocumentHtml.append(td, content));
			}
		}
	}
}
