/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.html;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * A French HTML5 page built as a jsoup tree. jsoup rather than a hand-written writer: texts go
 * in through {@link Element#text(String)} and {@link Element#attr(String, String)}, so every
 * text of the model is escaped by one well-tested serializer, and the output (pretty printed
 * with fixed settings) is the same for the same tree, which the golden files need.
 */
final class HtmlPage {

	private final Document document;

	HtmlPage(String title, String css) {
		document = Document.createShell("");
		document.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
				.prettyPrint(true).indentAmount(1).outline(false);
		document.prependChild(new DocumentType("html", "", ""));
		document.selectFirst("html").attr("lang", "fr");
		Element head = document.head();
		head.appendElement("meta").attr("charset", "utf-8");
		head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
		head.appendElement("meta").attr("name", "generator").attr("content", "Référentiel Studio");
		head.appendElement("title").text(title);
		head.appendElement("style").appendChild(new DataNode(css));
	}

	/** The {@code <main>} element holding the content. */
	Element main() {
		Element main = document.body().selectFirst("main");
		return main != null ? main : document.body().appendElement("main");
	}

	byte[] toBytes() {
		return (ControlCharacters.blank(document.outerHtml()) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** Appends the text, its line breaks as {@code <br>}: a multi-line cell stays one cell. */
	static Element appendLines(Element parent, String text) {
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				parent.appendElement("br");
			}
			parent.appendText(lines[i]);
		}
		return parent;
	}
}
