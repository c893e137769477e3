/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.rncp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The long texts of an RNCP fiche (LISTE_COMPETENCES, ACTIVITES_VISEES, MODALITES_EVALUATION) are
 * flattened lists: the export lost the line breaks, and what is left of the structure is runs of
 * spaces between the entries and a bullet at the start of some — « * » (or « • ») for the
 * first level, « o » for the second, « - » in older fiches. This class cuts such a text into its
 * entries, each with its bullet (or none).
 */
final class FlatText {

	/** The bullet of an entry; NONE for a heading or a paragraph of prose. */
	enum Bullet {
		NONE, STAR, CIRCLE, DASH
	}

	record Entry(Bullet bullet, String text) {
	}

	/**
	 * Entries are separated by three spaces or more, by a line break, or by two spaces before a
	 * bullet. A single or double space inside a sentence is the sentence's own.
	 */
	private static final Pattern SEPARATOR = Pattern.compile("[ \\t\\u00A0]{3,}|[ \\t\\u00A0]*[\\r\\n]+[ \\t\\u00A0]*"
			+ "|[ \\t\\u00A0]{2}(?=[*•o\\-–] )");

	private FlatText() {
	}

	static List<Entry> entries(String text) {
		List<Entry> entries = new ArrayList<>();
		if (text == null) {
			return entries;
		}
		for (String part : SEPARATOR.split(clean(text))) {
			String segment = part.strip();
			if (segment.isEmpty()) {
				continue;
			}
			Bullet bullet = bullet(segment);
			String rest = bullet == Bullet.NONE ? segment : segment.substring(1).strip();
			rest = rest.replaceAll("[ \\t\\u00A0]{2,}", " ");
			if (!rest.isEmpty()) {
				entries.add(new Entry(bullet, rest));
			}
		}
		return entries;
	}

	/** The bullets of {@code entries} in the order they first appear: the first is the top level of the list. */
	static List<Bullet> levels(List<Entry> entries) {
		List<Bullet> levels = new ArrayList<>();
		for (Entry entry : entries) {
			if (entry.bullet() != Bullet.NONE && !levels.contains(entry.bullet())) {
				levels.add(entry.bullet());
			}
		}
		return levels;
	}

	private static Bullet bullet(String segment) {
		if (segment.length() < 2 || !Character.isWhitespace(segment.charAt(1))) {
			return segment.length() >= 2 && (segment.charAt(0) == '•') ? Bullet.STAR : Bullet.NONE;
		}
		return switch (segment.charAt(0)) {
			case '*', '•' -> Bullet.STAR;
			case 'o', '◦' -> Bullet.CIRCLE;
			case '-', '–' -> Bullet.DASH;
			default -> Bullet.NONE;
		};
	}

	/** Control characters (an XML 1.1 file may hold some) and invisible marks become spaces. */
	static String clean(String text) {
		return text.replaceAll("[\\p{Cc}&&[^\\r\\n\\t]]|[\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]", " ");
	}

	/** One line of text: every run of white space becomes one space. */
	static String oneLine(String text) {
		return text == null ? null : clean(text).replaceAll("[\\s\\u00A0]+", " ").strip();
	}

	/** How an entry is written in a paragraph: its bullet as a typographic mark. */
	static String paragraph(Entry entry) {
		return switch (entry.bullet()) {
			case STAR -> "• " + entry.text();
			case CIRCLE -> "◦ " + entry.text();
			case DASH -> "- " + entry.text();
			case NONE -> entry.text();
		};
	}
}
