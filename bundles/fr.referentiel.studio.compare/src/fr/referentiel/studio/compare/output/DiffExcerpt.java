/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.output;

import java.util.ArrayList;
import java.util.List;

import fr.referentiel.studio.compare.WordDiff.Op;
import fr.referentiel.studio.compare.WordDiff.Segment;

/**
 * The part of a word diff a reader of the report needs: the changed words with a few words of
 * context on each side, the long unchanged stretches between them cut to « … ». A sheet of five
 * paragraphs with one word changed reads as one line. (The JSON keeps the whole diff.)
 */
final class DiffExcerpt {

	/** Unchanged words kept before and after each change. */
	static final int CONTEXT = 10;

	/** The mark of the words left out, as an unchanged segment. */
	static final String ELLIPSIS = "…";

	private DiffExcerpt() {
	}

	static List<Segment> of(List<Segment> diff) {
		List<Op> ops = new ArrayList<>();
		List<String> words = new ArrayList<>();
		for (Segment s : diff) {
			for (String w : s.text().equals("\n") ? new String[] { "\n" } : s.text().split(" ")) {
				ops.add(s.op());
				words.add(w);
			}
		}
		// Keep each word within CONTEXT words (line breaks not counted) of a changed one.
		boolean[] kept = new boolean[words.size()];
		mark(ops, words, kept, true);
		mark(ops, words, kept, false);
		List<Segment> excerpt = new ArrayList<>();
		Op op = null;
		StringBuilder text = new StringBuilder();
		boolean cut = false;
		for (int i = 0; i < words.size(); i++) {
			if (!kept[i]) {
				cut = true;
				continue;
			}
			if (cut) {
				op = flush(excerpt, op, text);
				excerpt.add(new Segment(Op.EQUAL, ELLIPSIS));
				cut = false;
			}
			String w = words.get(i);
			if (w.equals("\n") || ops.get(i) != op || text.toString().equals("\n")) {
				op = flush(excerpt, op, text);
				op = ops.get(i);
			} else {
				text.append(' ');
			}
			text.append(w);
		}
		flush(excerpt, op, text);
		if (cut) {
			excerpt.add(new Segment(Op.EQUAL, ELLIPSIS));
		}
		return excerpt;
	}

	/** Marks the changed words and the unchanged ones within reach, reading forwards or backwards. */
	private static void mark(List<Op> ops, List<String> words, boolean[] kept, boolean forwards) {
		int reach = -1;
		for (int k = 0; k < words.size(); k++) {
			int i = forwards ? k : words.size() - 1 - k;
			if (ops.get(i) != Op.EQUAL) {
				kept[i] = true;
				reach = CONTEXT;
			} else if (reach > 0) {
				kept[i] = true;
				if (!words.get(i).equals("\n")) {
					reach--;
				}
			}
		}
	}

	private static Op flush(List<Segment> excerpt, Op op, StringBuilder text) {
		if (op != null && !text.isEmpty()) {
			excerpt.add(new Segment(op, text.toString()));
		}
		text.setLength(0);
		return null;
	}
}
