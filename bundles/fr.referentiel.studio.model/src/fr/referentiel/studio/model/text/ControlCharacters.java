/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.model.text;

/**
 * The characters an author never means to write, and what each output does with them: the
 * validator warns on them, exporters never write the control ones into a file, and everything
 * printed to a terminal shows both kinds escaped, so that a criterion holding {@code ESC[2J} or a
 * right-to-left override cannot clear a reviewer's screen or disguise a line.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * C0 controls but tab and line breaks, DEL, C1 controls, and the Unicode line and paragraph
	 * separators (U+2028, U+2029) that some readers take for line breaks and others do not.
	 */
	public static boolean isControl(int c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029;
	}

	/** The invisible marks that change the direction of the text around them (« Trojan Source »). */
	public static boolean isBidiControl(int c) {
		return c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
	}

	/**
	 * The text to write into a file: each control character a space, which is what the ones pasted
	 * from PDFs and Word stood for (a form feed between pages, a vertical tab for a line break).
	 */
	public static String blank(String text) {
		// A plain loop: every text of every export passes here, and most hold no control character.
		int first = -1;
		for (int i = 0; text != null && i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				first = i;
				break;
			}
		}
		if (first < 0) {
			return text;
		}
		char[] kept = text.toCharArray();
		for (int i = first; i < kept.length; i++) {
			if (isControl(kept[i])) {
				kept[i] = ' ';
			}
		}
		return new String(kept);
	}

	/**
	 * The text to print on one line of a terminal: control and direction characters, line breaks
	 * included, shown as {@code \u001B}-style escapes (the notation a JSON string decodes back).
	 */
	public static String escape(String text) {
		return escape(text, false);
	}

	/**
	 * The text as the name of one entry of a list (a symbol in an editor's outline or search): its
	 * runs of blanks — line breaks, line and paragraph separators, tabs — one space, as the author
	 * wrapping a long title meant, the ends stripped, then its other control and direction
	 * characters escaped as {@link #escape} does.
	 */
	public static String oneLine(String text) {
		if (text == null) {
			return null;
		}
		return escape(BLANKS.matcher(text).replaceAll(" ").strip());
	}

	private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");

	/** {@link #escape} for a text of several lines: its line breaks are kept. */
	public static String escapeKeepingLines(String text) {
		return escape(text, true);
	}

	private static String escape(String text, boolean keepLines) {
		if (text == null || text.chars().noneMatch(c -> mustEscape(c, keepLines))) {
			return text;
		}
		StringBuilder shown = new StringBuilder(text.length() + 16);
		text.chars().forEach(c -> {
			if (mustEscape(c, keepLines)) {
				shown.append(String.format("\\u%04X", c));
			} else {
				shown.append((char) c);
			}
		});
		return shown.toString();
	}

	private static boolean mustEscape(int c, boolean keepLines) {
		return isControl(c) || isBidiControl(c) || !keepLines && (c == '\n' || c == '\r');
	}

	/**
	 * A file name as the user wrote it, or, when it holds a character that would forge or hide a
	 * line (a line break, a control), between double quotes with those characters escaped, as git does.
	 */
	public static String quoteName(String name) {
		if (name == null || name.chars().noneMatch(c -> mustEscape(c, false) || c == '\t')) {
			return name;
		}
		return "\"" + escape(name.replace("\\", "\\\\").replace("\"", "\\\"")).replace("\t", "\\t") + "\"";
	}
}
