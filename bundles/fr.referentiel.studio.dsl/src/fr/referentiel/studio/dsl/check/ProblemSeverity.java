/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.check;

import java.util.Locale;

/** How serious a problem is, named as compilers print it. */
public enum ProblemSeverity {
	ERROR, WARNING, INFO;

	/** "error", "warning" or "info". */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}
}
