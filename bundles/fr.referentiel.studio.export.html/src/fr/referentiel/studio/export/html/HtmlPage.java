/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.html;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * with fixed settings) is the same for the same tree, which the golden files need. Public for the
 * other pages built the same way (the comparison's reports).
 */
public final class HtmlPage {

	private final Document document;

	public HtmlPage(String title, String css) {
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
	public Element main() {
		Element main = document.body().selectFirst("main");
		return main != null ? main : document.body().appendElement("main");
	}

	public byte[] toBytes() {
		return (withoutControls(document.outerHtml()) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static final Pattern CONTROL_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

	/**
	 * The page with each control character a space ({@link ControlCharacters#blank}): written raw, and
	 * also where jsoup wrote it as a character reference (« &amp;#x1b; » in the title), which a
	 * browser would decode back.
	 */
	static String withoutControls(String html) {
		Matcher reference = CONTROL_REFERENCE.matcher(html);
		StringBuilder out = new StringBuilder(html.length());
		while (reference.find()) {
			int c = reference.group(1) != null ? Integer.parseInt(reference.group(1), 16) : Integer.parseInt(reference.group(2));
			reference.appendReplacement(out, ControlCharacters.isControl(c) ? " " : Matcher.quoteReplacement(reference.group()));
		}
		reference.appendTail(out);
		return ControlCharacters.blank(out.toString());
	}

	/** Appends the text, its line breaks as {@code <br>}: a multi-line cell stays one cell. */
	public static Element appendLines(Element parent, String text) {
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
