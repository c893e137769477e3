/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word-level diff of two texts: the longest common subsequence of their words, so that a
 * reworded sentence shows the few words that changed rather than two whole paragraphs. Line breaks
 * are words of their own ("\n"), so the paragraphs of a description stay apart.
 */
public final class WordDiff {

	/** What a piece of the diff is. */
	public enum Op {
		EQUAL, DELETE, INSERT
	}

	/** Consecutive words with the same fate, joined by single spaces ("\n" alone for a line break). */
	public record Segment(Op op, String text) {
	}

	/** Beyond this many cells the table would cost too much: the middle is shown as deleted then inserted. */
	private static final long MAX_CELLS = 4_000_000;

	private WordDiff() {
	}

	public static List<Segment> of(String oldText, String newText) {
		String[] a = words(oldText);
		String[] b = words(newText);
		// The common start and end cost nothing, and are most of a reworded text.
		int start = 0;
		while (start < a.length && start < b.length && a[start].equals(b[start])) {
			start++;
		}
		int endA = a.length;
		int endB = b.length;
		while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
			endA--;
			endB--;
		}
		List<Op> ops = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < start; i++) {
			ops.add(Op.EQUAL);
			texts.add(a[i]);
		}
		middle(Arrays.copyOfRange(a, start, endA), Arrays.copyOfRange(b, start, endB), ops, texts);
		for (int i = endA; i < a.length; i++) {
			ops.add(Op.EQUAL);
			texts.add(a[i]);
		}
		return join(ops, texts);
	}

	private static void middle(String[] a, String[] b, List<Op> ops, List<String> texts) {
		if ((long) a.length * b.length > MAX_CELLS) {
			for (String w : a) {
				ops.add(Op.DELETE);
				texts.add(w);
			}
			for (String w : b) {
				ops.add(Op.INSERT);
				texts.add(w);
			}
			return;
		}
		// lcs[i][j]: length of the LCS of a[i..] and b[j..].
		int[][] lcs = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				ops.add(Op.EQUAL);
				texts.add(a[i]);
				i++;
				j++;
			} else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				ops.add(Op.DELETE);
				texts.add(a[i++]);
			} else {
				ops.add(Op.INSERT);
				texts.add(b[j++]);
			}
		}
		while (i < a.length) {
			ops.add(Op.DELETE);
			texts.add(a[i++]);
		}
		while (j < b.length) {
			ops.add(Op.INSERT);
			texts.add(b[j++]);
		}
	}

	/** Words of a line separated by blanks; each line break a word "\n". */
	private static String[] words(String text) {
		List<String> words = new ArrayList<>();
		String[] lines = text.split("\\R", -1);
		for (int l = 0; l < lines.length; l++) {
			if (l > 0) {
				words.add("\n");
			}
			for (String w : lines[l].strip().split("\\s+")) {
				if (!w.isEmpty()) {
					words.add(w);
				}
			}
		}
		return words.toArray(String[]::new);
	}

	private static List<Segment> join(List<Op> ops, List<String> texts) {
		List<Segment> segments = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		Op current = null;
		for (int k = 0; k < ops.size(); k++) {
			Op op = ops.get(k);
			String w = texts.get(k);
			boolean lineBreak = w.equals("\n");
			if (op != current || lineBreak || (!text.isEmpty() && text.toString().equals("\n"))) {
				if (current != null) {
					segments.add(new Segment(current, text.toString()));
				}
				text.setLength(0);
				current = op;
			} else {
				text.append(' ');
			}
			text.append(w);
		}
		if (current != null) {
			segments.add(new Segment(current, text.toString()));
		}
		return List.copyOf(segments);
	}
}
