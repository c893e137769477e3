/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

/** Exit codes of the command line, as documented in its help. */
public final class ExitCode {

	/** Every referential is valid and every file was written. */
	public static final int OK = 0;
	/** A referential has errors: nothing was exported (unless --force). */
	public static final int INVALID = 1;
	/** Bad usage, or an input or output that cannot be read or written. */
	public static final int USAGE = 2;
	/** An internal error: a defect of Référentiel Studio, shown in full with --debug. */
	public static final int INTERNAL = 3;

	private ExitCode() {
	}
}
