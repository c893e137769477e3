/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.markdown;

import java.util.List;

/**
 * A small writer of Markdown blocks: it separates blocks with exactly one empty line and
 * writes table rows, so renderers only say what comes next. Texts given to it are already
 * escaped ({@link MarkdownText#escape}).
 */
final class MarkdownWriter {

	private final StringBuilder out = new StringBuilder();
	/** Lines were written since the last block boundary. */
	private boolean inBlock;
	/** An empty line is owed before the next line: written lazily, so the text never ends with one. */
	private boolean separationPending;

	/** Ends the current block: the next line starts a new one, after one empty line. */
	MarkdownWriter block() {
		separationPending |= inBlock;
		inBlock = false;
		return this;
	}

	MarkdownWriter line(String line) {
		if (separationPending) {
			out.append('\n');
			separationPending = false;
		}
		out.append(line).append('\n');
		inBlock = true;
		return this;
	}

	MarkdownWriter heading(int level, String escapedText) {
		return block().line("#".repeat(level) + " " + escapedText).block();
	}

	/** {@code | a | b |}; an empty cell is written {@code | |}. */
	MarkdownWriter tableRow(List<String> escapedCells) {
		StringBuilder row = new StringBuilder("|");
		for (String cell : escapedCells) {
			row.append(cell.isEmpty() ? " |" : " " + cell + " |");
		}
		return line(row.toString());
	}

	/** Raw text (front matter) written as is. */
	MarkdownWriter raw(String text) {
		out.append(text);
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
