/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one escape function of the Markdown exporter: a text of the referential, written into a
 * table cell, a heading, a list item or a paragraph, reads as that text and nothing else.
 * Public for the comparison's Markdown reports.
 */
public final class MarkdownText {

	/** Always special inline, or inside a table: code, emphasis, links, raw HTML, strikethrough. */
	private static final String INLINE_SPECIALS = "\\`*_[]<|~#";

	/** An entity reference (&amp;eacute; &amp;#233;) that a reader would decode. */
	private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

	/** Starts a block when at the start of a line: list item, heading, quote, setext underline. */
	private static final Pattern BLOCK_START = Pattern.compile("^(?:[-+=>]|\\d{1,9}(?=[.)]))");

	private MarkdownText() {
	}

	/**
	 * Escapes the characters that Markdown would read as syntax, with backslashes, and turns
	 * line breaks into {@code <br>} so that a multi-line text stays in its table cell or
	 * paragraph. Leading and trailing spaces are dropped (four would make a code block).
	 */
	public static String escape(String text) {
		String[] lines = text.strip().split("\\R");
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append("<br>");
			}
			out.append(escapeLine(lines[i].strip()));
		}
		return out.toString();
	}

	private static String escapeLine(String line) {
		StringBuilder out = new StringBuilder(line.length() + 8);
		Matcher start = BLOCK_START.matcher(line);
		int from = 0;
		if (start.find()) {
			if (Character.isDigit(line.charAt(0))) {
				// "1. text" would start an ordered list: escape the dot, not the number.
				out.append(start.group()).append('\\');
			} else {
				out.append('\\').append(line.charAt(0));
			}
			from = start.end();
		}
		for (int i = from; i < line.length(); i++) {
			char c = line.charAt(i);
			if (INLINE_SPECIALS.indexOf(c) >= 0 || (c == '&' && ENTITY.matcher(line).region(i, line.length()).lookingAt())) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

	/** A YAML double-quoted scalar, for the front matter. */
	static String yamlString(String text) {
		return "\"" + text.replaceAll("\\R", " ").replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
