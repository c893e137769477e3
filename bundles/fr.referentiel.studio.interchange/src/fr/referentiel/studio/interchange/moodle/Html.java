/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.moodle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Moodle description (HTML written by its editor or by Référentiel Studio's export)
 * as paragraphs: one a {@code <p>}, {@code <li>} or {@code <br>}, tags left out, character
 * references decoded, spaces folded. It is a reader of text, not a browser: no script or style is
 * ever run or kept.
 */
final class Html {

	private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</?(p|div|li|ul|ol|h[1-6]|tr|table)(\\s[^>]*)?>");
	private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
	private static final Pattern LIST_ITEM = Pattern.compile("(?is)<li(?:\\s[^>]*)?>(.*?)</li>");
	private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
	private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
			Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
			Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"), Map.entry("hellip", "…"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
			Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("ecirc", "ê"), Map.entry("agrave", "à"), Map.entry("acirc", "â"),
			Map.entry("ccedil", "ç"), Map.entry("ocirc", "ô"), Map.entry("ucirc", "û"), Map.entry("ugrave", "ù"), Map.entry("icirc", "î"),
			Map.entry("iuml", "ï"), Map.entry("euml", "ë"), Map.entry("oelig", "œ"), Map.entry("Eacute", "É"), Map.entry("bull", "•"));

	private Html() {
	}

	static List<String> paragraphs(String html) {
		List<String> out = new ArrayList<>();
		// A line break of the source is a space of HTML: only tags break paragraphs.
		String flat = html.replaceAll("[\r\n]+", " ");
		String text = BREAK.matcher(HIDDEN.matcher(flat).replaceAll(" ")).replaceAll("\n");
		for (String line : text.split("\n")) {
			String p = fold(decode(TAG.matcher(line).replaceAll("")));
			if (!p.isEmpty()) {
				out.add(p);
			}
		}
		return out;
	}

	/** The texts of the {@code <li>} of the description (the identity list of the framework row). */
	static List<String> listItems(String html) {
		List<String> out = new ArrayList<>();
		Matcher m = LIST_ITEM.matcher(html);
		while (m.find()) {
			String p = fold(decode(TAG.matcher(m.group(1)).replaceAll("")));
			if (!p.isEmpty()) {
				out.add(p);
			}
		}
		return out;
	}

	private static String decode(String text) {
		Matcher m = REFERENCE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String ref = m.group(1);
			String value;
			if (ref.startsWith("#")) {
				int code;
				try {
					code = ref.startsWith("#x") || ref.startsWith("#X") ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
				} catch (NumberFormatException e) {
					code = -1;
				}
				// A NUL, a lone surrogate or a code out of Unicode is no character: the reference stays as written.
				boolean character = Character.isValidCodePoint(code) && code > 0 && (code < 0xD800 || code > 0xDFFF);
				value = character ? new String(Character.toChars(code)) : m.group();
			} else {
				value = NAMED.getOrDefault(ref, m.group());
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** Runs of white space (line breaks inside a paragraph) as one space; non-breaking spaces kept. */
	private static String fold(String text) {
		return text.replaceAll("[ \\t\\r\\n\\f]+", " ").strip();
	}
}
