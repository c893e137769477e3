/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

/** A problem the user can fix (missing file, bad option...): one line, no stack trace. */
public class UserError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public UserError(String message) {
		this(message, ExitCode.USAGE);
	}

	public UserError(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return exitCode;
	}
}
