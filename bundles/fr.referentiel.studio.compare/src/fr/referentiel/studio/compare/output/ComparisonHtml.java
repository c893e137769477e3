/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.output;

import java.util.List;

import org.jsoup.nodes.Element;

import fr.referentiel.studio.compare.Change;
import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.ElementKind;
import fr.referentiel.studio.compare.Pairing;
import fr.referentiel.studio.compare.WordDiff;
import fr.referentiel.studio.export.document.Content;
import fr.referentiel.studio.export.document.Heading;
import fr.referentiel.studio.export.document.ItemList;
import fr.referentiel.studio.export.document.Paragraph;
import fr.referentiel.studio.export.document.Table;
import fr.referentiel.studio.export.html.HtmlPage;
import fr.referentiel.studio.export.html.Stylesheet;

/**
 * The HTML pages of a comparison, built as jsoup trees by the HTML exporter's {@link HtmlPage}: every
 * text goes in as text, so it is escaped, and the same comparison gives the same bytes.
 */
public final class ComparisonHtml {

	private static final String CSS = Stylesheet.portrait() + """
			ins { background: #d4f4dc; text-decoration: none; }
			del { background: #fbd9d9; }
			.changement { font-weight: 600; }
			.regle { color: #555; font-size: .9em; }
			""";

	private ComparisonHtml() {
	}

	/** The tableau de correspondance. */
	public static byte[] correspondence(Comparison comparison) {
		HtmlPage page = new HtmlPage("Tableau de correspondance – " + comparison.newVersion().name(), CSS);
		render(CorrespondenceTable.document(comparison), page.main());
		return page.toBytes();
	}

	/** The change report: a summary, then per kind of element each change with its words highlighted. */
	public static byte[] changes(Comparison comparison) {
		HtmlPage page = new HtmlPage("Rapport des changements – " + comparison.newVersion().name(), CSS);
		Element main = page.main();
		render(ChangeReport.summary(comparison), main);
		for (ElementKind kind : ElementKind.values()) {
			List<Pairing> changed = ChangeReport.changed(comparison, kind);
			if (changed.isEmpty()) {
				continue;
			}
			main.appendElement("h2").text(kind.plural());
			for (Pairing pairing : changed) {
				Element section = main.appendElement("section").addClass("changement-" + pairing.changes().get(0).id());
				section.appendElement("h3").text(Texts.heading(pairing));
				section.appendElement("p").addClass("regle").text(Texts.why(pairing));
				if (pairing.has(Change.MOVED)) {
					section.appendElement("p").addClass("changement").text(Texts.move(pairing));
				}
				diff(section.appendElement("p"), pairing);
			}
		}
		return page.toBytes();
	}

	private static void diff(Element p, Pairing pairing) {
		if (pairing.has(Change.ADDED)) {
			HtmlPage.appendLines(p.appendElement("ins"), ChangeReport.text(pairing.news()));
		} else if (pairing.has(Change.REMOVED)) {
			HtmlPage.appendLines(p.appendElement("del"), ChangeReport.text(pairing.olds()));
		} else if (pairing.diff().isEmpty()) {
			p.appendText(ChangeReport.unchangedText(pairing));
		} else {
			WordDiff.Segment previous = null;
			for (WordDiff.Segment segment : DiffExcerpt.of(pairing.diff())) {
				if (segment.text().equals("\n")) {
					p.appendElement("br");
				} else {
					if (previous != null && !previous.text().equals("\n")) {
						p.appendText(" ");
					}
					switch (segment.op()) {
						case EQUAL -> p.appendText(segment.text());
						case DELETE -> p.appendElement("del").text(segment.text());
						case INSERT -> p.appendElement("ins").text(segment.text());
					}
				}
				previous = segment;
			}
		}
	}

	/** The format-neutral pieces a comparison uses, in HTML. */
	static void render(List<Content> content, Element parent) {
		for (Content piece : content) {
			switch (piece) {
				case Heading h -> parent.appendElement("h" + Math.min(6, h.level())).text(h.text());
				case Paragraph p -> {
					Element e = parent.appendElement("p");
					if (p.label() != null) {
						e.appendElement("strong").text(p.label() + " :");
						e.appendText(" ");
					}
					HtmlPage.appendLines(e, p.text());
				}
				case ItemList list -> {
					Element ul = parent.appendElement("ul");
					list.items().forEach(item -> HtmlPage.appendLines(ul.appendElement("li"), item));
				}
				case Table t -> table(t, parent);
				default -> throw new IllegalArgumentException("not used by comparisons: " + piece);
			}
		}
	}

	private static void table(Table t, Element parent) {
		Element table = parent.appendElement("table");
		if (t.caption() != null) {
			table.appendElement("caption").text(t.caption());
		}
		Element head = table.appendElement("thead").appendElement("tr");
		t.header().forEach(h -> head.appendElement("th").attr("scope", "col").text(h));
		Element body = table.appendElement("tbody");
		for (List<String> row : t.rows()) {
			Element tr = body.appendElement("tr");
			for (int i = 0; i < row.size(); i++) {
				HtmlPage.appendLines(tr.appendElement(i == 0 && t.rowHeaders() ? "th" : "td"), row.get(i));
			}
		}
	}
}
