/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.output;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
import fr.referentiel.studio.export.markdown.MarkdownText;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * The Markdown pages of a comparison, for a merge request: texts escaped by the Markdown exporter's
 * {@link MarkdownText}; removed words ~~struck through~~, added words in **bold**.
 */
public final class ComparisonMarkdown {

	private ComparisonMarkdown() {
	}

	public static byte[] correspondence(Comparison comparison) {
		StringBuilder out = new StringBuilder();
		render(CorrespondenceTable.document(comparison), out);
		return bytes(out);
	}

	public static byte[] changes(Comparison comparison) {
		StringBuilder out = new StringBuilder();
		render(ChangeReport.summary(comparison), out);
		for (ElementKind kind : ElementKind.values()) {
			List<Pairing> changed = ChangeReport.changed(comparison, kind);
			if (changed.isEmpty()) {
				continue;
			}
			out.append("## ").append(MarkdownText.escape(kind.plural())).append("\n\n");
			for (Pairing pairing : changed) {
				out.append("### ").append(MarkdownText.escape(Texts.heading(pairing))).append("\n\n");
				out.append('*').append(MarkdownText.escape(Texts.why(pairing))).append("*\n\n");
				if (pairing.has(Change.MOVED)) {
					out.append(MarkdownText.escape(Texts.move(pairing))).append("\n\n");
				}
				out.append(diff(pairing)).append("\n\n");
			}
		}
		return bytes(out);
	}

	private static String diff(Pairing pairing) {
		if (pairing.has(Change.ADDED)) {
			return marked("**", ChangeReport.text(pairing.news()));
		}
		if (pairing.has(Change.REMOVED)) {
			return marked("~~", ChangeReport.text(pairing.olds()));
		}
		if (pairing.diff().isEmpty()) {
			return MarkdownText.escape(ChangeReport.unchangedText(pairing));
		}
		StringBuilder out = new StringBuilder();
		WordDiff.Segment previous = null;
		for (WordDiff.Segment segment : DiffExcerpt.of(pairing.diff())) {
			if (segment.text().equals("\n")) {
				out.append("<br>");
			} else {
				if (previous != null && !previous.text().equals("\n")) {
					out.append(' ');
				}
				switch (segment.op()) {
					case EQUAL -> out.append(MarkdownText.escape(segment.text()));
					case DELETE -> out.append(marked("~~", segment.text()));
					case INSERT -> out.append(marked("**", segment.text()));
				}
			}
			previous = segment;
		}
		return out.toString();
	}

	/** Each line marked on its own: emphasis cannot span a {@code <br>}. */
	private static String marked(String mark, String text) {
		StringBuilder out = new StringBuilder();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append("<br>");
			}
			String escaped = MarkdownText.escape(lines[i]);
			if (!escaped.isEmpty()) {
				out.append(mark).append(escaped).append(mark);
			}
		}
		return out.toString();
	}

	static void render(List<Content> content, StringBuilder out) {
		for (Content piece : content) {
			switch (piece) {
				case Heading h -> out.append("#".repeat(Math.min(6, h.level()))).append(' ').append(MarkdownText.escape(h.text()))
						.append("\n\n");
				case Paragraph p -> {
					if (p.label() != null) {
						out.append("**").append(MarkdownText.escape(p.label())).append(" :** ");
					}
					out.append(MarkdownText.escape(p.text())).append("\n\n");
				}
				case ItemList list -> {
					list.items().forEach(item -> out.append("- ").append(MarkdownText.escape(item)).append('\n'));
					out.append('\n');
				}
				case Table t -> table(t, out);
				default -> throw new IllegalArgumentException("not used by comparisons: " + piece);
			}
		}
	}

	private static void table(Table t, StringBuilder out) {
		if (t.caption() != null) {
			out.append("**").append(MarkdownText.escape(t.caption())).append("**\n\n");
		}
		row(t.header(), out);
		out.append('|');
		t.header().forEach(h -> out.append(" --- |"));
		out.append('\n');
		t.rows().forEach(r -> row(r, out));
		out.append('\n');
	}

	private static void row(List<String> cells, StringBuilder out) {
		out.append('|');
		for (String cell : cells) {
			String text = MarkdownText.escape(cell);
			out.append(' ').append(text.isEmpty() ? " " : text).append(" |");
		}
		out.append('\n');
	}

	private static byte[] bytes(StringBuilder out) {
		String text = out.toString().stripTrailing() + "\n";
		return ControlCharacters.blank(text).getBytes(StandardCharsets.UTF_8);
	}
}
