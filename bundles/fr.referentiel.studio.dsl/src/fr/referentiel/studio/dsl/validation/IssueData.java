/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

/**
 * The issue data quick fixes read. A fixable issue carries text edits, each written
 * {@code offset:length:replacement}, computed by the check that knows the structure; the quick fix
 * only applies them, whether it runs in the language server or in the editor.
 */
public final class IssueData {

	private IssueData() {
	}

	/** A replacement of {@code length} characters at {@code offset} by {@code text}. */
	public record Edit(int offset, int length, String text) {

		public String encode() {
			return offset + ":" + length + ":" + text;
		}

		/** The edit written in {@code data}, or null when {@code data} is not an edit. */
		public static Edit decode(String data) {
			if (data == null) {
				return null;
			}
			int first = data.indexOf(':');
			int second = first < 0 ? -1 : data.indexOf(':', first + 1);
			if (second < 0) {
				return null;
			}
			try {
				return new Edit(Integer.parseInt(data.substring(0, first)), Integer.parseInt(data.substring(first + 1, second)),
						data.substring(second + 1));
			} catch (NumberFormatException e) {
				return null;
			}
		}
	}
}
