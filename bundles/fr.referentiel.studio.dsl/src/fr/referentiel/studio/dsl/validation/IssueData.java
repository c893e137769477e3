/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

/**
 * The issue data quick fixes read. A fixable issue carries text edits, each written
 * {@code offset:length:replacement} with the text around it, computed by the check that knows the
 * structure. Those offsets are only valid for the text the check read: at fix time the quick fix
 * validates the current text again and applies the edits of the same issue found there
 * ({@code fr.referentiel.studio.dsl.ide.quickfix.IssueMatch}), never these offsets as they are.
 */
public final class IssueData {

	private IssueData() {
	}

	/**
	 * A replacement of {@code length} characters at {@code offset} by {@code text}. {@code context}
	 * is the text of the file around the replaced part when the check ran ({@code before} characters
	 * of it precede the offset), so that a fix applied later, after the author typed elsewhere, finds
	 * where its text went, and refuses when that text itself changed, instead of editing the wrong place.
	 */
	public record Edit(int offset, int length, String text, int before, String context) {

		/** Characters of context kept on each side of the replaced part. */
		static final int CONTEXT = 24;

		public Edit(int offset, int length, String text) {
			this(offset, length, text, 0, null);
		}

		/** The same edit, with the context it has in {@code source} (the text the check read). */
		public Edit anchoredIn(String source) {
			if (source == null || offset < 0 || offset + length > source.length()) {
				return this;
			}
			int from = Math.max(0, offset - CONTEXT);
			int to = Math.min(source.length(), offset + length + CONTEXT);
			return new Edit(offset, length, text, offset - from, source.substring(from, to));
		}

		/** The text this edit replaces, as the check read it; null when the edit was not anchored. */
		public String replaced() {
			return context == null ? null : context.substring(before, before + length);
		}

		/** The text just before the replaced part when the check ran ("" when not anchored). */
		public String textBefore() {
			return context == null ? "" : context.substring(0, before);
		}

		/** The text just after the replaced part when the check ran ("" when not anchored). */
		public String textAfter() {
			return context == null ? "" : context.substring(before + length);
		}

		/** {@code offset:length:replacement}, or {@code @offset:length:before:contextLength:<context><replacement>}. */
		public String encode() {
			return context == null ? offset + ":" + length + ":" + text
					: "@" + offset + ":" + length + ":" + before + ":" + context.length() + ":" + context + text;
		}

		/** The edit written in {@code data}, or null when {@code data} is not an edit. */
		public static Edit decode(String data) {
			if (data == null) {
				return null;
			}
			boolean anchored = data.startsWith("@");
			int[] numbers = new int[anchored ? 4 : 2];
			int at = anchored ? 1 : 0;
			try {
				for (int i = 0; i < numbers.length; i++) {
					int colon = data.indexOf(':', at);
					if (colon < 0) {
						return null;
					}
					numbers[i] = Integer.parseInt(data.substring(at, colon));
					at = colon + 1;
				}
			} catch (NumberFormatException e) {
				return null;
			}
			if (!anchored) {
				return new Edit(numbers[0], numbers[1], data.substring(at));
			}
			if (numbers[3] < 0 || at + numbers[3] > data.length() || numbers[2] < 0 || numbers[2] > numbers[3]) {
				return null;
			}
			return new Edit(numbers[0], numbers[1], data.substring(at + numbers[3]), numbers[2],
					data.substring(at, at + numbers[3]));
		}
	}
}
