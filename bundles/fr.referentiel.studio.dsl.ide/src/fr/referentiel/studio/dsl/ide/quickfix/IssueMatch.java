/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.xtext.validation.Issue;

import fr.referentiel.studio.dsl.validation.IssueData.Edit;

/**
 * Finds, among the issues of the current text, the one a diagnostic reported on an older text: a
 * client holds diagnostics computed before the author's last keystrokes, and their offsets may
 * point anywhere now. The same issue has the same code and the same edits (same text replaced by
 * the same text); when several have, the one whose surroundings are most like the old ones, and
 * none when that still leaves a tie: no fix is safer than a fix of the wrong place.
 */
final class IssueMatch {

	private IssueMatch() {
	}

	/** The edits of the current issue that {@code code} and {@code then} describe, or null when there is none. */
	static List<Edit> find(String code, List<Edit> then, List<Issue> now) {
		if (then.isEmpty() || then.stream().anyMatch(e -> e.replaced() == null)) {
			return null; // an edit that does not say what it replaces cannot be recognised
		}
		List<Edit> best = null;
		long bestScore = -1;
		boolean tie = false;
		for (Issue issue : now) {
			if (!code.equals(issue.getCode()) || issue.getData() == null) {
				continue;
			}
			List<Edit> edits = edits(issue.getData());
			long score = score(then, edits);
			if (score > bestScore) {
				best = edits;
				bestScore = score;
				tie = false;
			} else if (score == bestScore && score >= 0) {
				tie = true;
			}
		}
		return tie || bestScore < 0 ? null : best;
	}

	/** The quick-fix edits among an issue's data. */
	static List<Edit> edits(String[] data) {
		List<Edit> edits = new ArrayList<>();
		for (String value : data) {
			Edit edit = Edit.decode(value);
			if (edit != null) {
				edits.add(edit);
			}
		}
		return edits;
	}

	/**
	 * How alike two lists of edits are: -1 when they are not the same fix; else the characters of
	 * surroundings they share, and most when they are also at the same offsets (nothing moved).
	 */
	private static long score(List<Edit> then, List<Edit> now) {
		if (then.size() != now.size()) {
			return -1;
		}
		long score = 0;
		boolean unmoved = true;
		for (int i = 0; i < then.size(); i++) {
			Edit a = then.get(i), b = now.get(i);
			if (a.length() != b.length() || !a.text().equals(b.text()) || !Objects.equals(a.replaced(), b.replaced())) {
				return -1;
			}
			score += commonSuffix(a.textBefore(), b.textBefore()) + commonPrefix(a.textAfter(), b.textAfter());
			unmoved &= a.offset() == b.offset() && a.textBefore().equals(b.textBefore()) && a.textAfter().equals(b.textAfter());
		}
		return unmoved ? Long.MAX_VALUE : score;
	}

	private static int commonPrefix(String a, String b) {
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
			n++;
		}
		return n;
	}

	private static int commonSuffix(String a, String b) {
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
			n++;
		}
		return n;
	}
}
