/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.check;

import java.nio.file.Path;
import java.util.Comparator;

import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * One problem found in a file, located by 1-based line and column.
 *
 * @param file     the file as the caller named it
 * @param line     1-based line
 * @param column   1-based column
 * @param length   number of characters concerned (0 when unknown)
 * @param severity how serious it is
 * @param message  what is wrong and how to fix it, in French
 * @param code     the stable issue code (see docs/validation.md)
 */
public record Problem(Path file, int line, int column, int length, ProblemSeverity severity, String message, String code) {

	/** Order of reports: by file, then position, then code. */
	public static final Comparator<Problem> ORDER = Comparator.comparing((Problem p) -> p.file().toString())
			.thenComparingInt(Problem::line).thenComparingInt(Problem::column)
			.thenComparing(Problem::code, Comparator.nullsFirst(Comparator.naturalOrder()));

	/**
	 * {@code file:line:column: severity: message [code]}, the one format of every text report: one
	 * line whatever the texts hold, since a file name with a line break is quoted and a message
	 * quoting the referential has its control characters escaped ({@link ControlCharacters}).
	 */
	public String toText() {
		return ControlCharacters.quoteName(file.toString()) + ":" + line + ":" + column + ": " + severity.word() + ": "
				+ ControlCharacters.escape(message) + " [" + code + "]";
	}
}
