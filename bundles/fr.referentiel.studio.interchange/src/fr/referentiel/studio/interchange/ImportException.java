/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange;

/**
 * An input that cannot be imported: a French message for the user, which names the file and,
 * when the input is at fault, the line and column (also given as numbers, 0 when unknown).
 */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;
	private final int column;

	public ImportException(String message) {
		this(message, 0, 0);
	}

	public ImportException(String message, int line, int column) {
		super(message);
		this.line = line;
		this.column = column;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}
}
