/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.Console;
import java.io.PrintWriter;

/**
 * Shows how far an export is: a bar redrawn in place on an interactive terminal, one plain
 * line per step otherwise (logs, CI, pipes).
 */
abstract class Progress {

	protected final PrintWriter err;
	protected final int total;
	protected int done;

	private Progress(PrintWriter err, int total) {
		this.err = err;
		this.total = total;
	}

	static Progress create(PrintWriter err, int total, boolean interactive) {
		return interactive ? new Bar(err, total) : new Lines(err, total);
	}

	/** Whether the caller's terminal is interactive, for a call run by the resident process (null: this process's). */
	static volatile Boolean interactiveOverride;

	/** Whether the command runs in a terminal a person watches. */
	static boolean interactiveTerminal() {
		Boolean override = interactiveOverride;
		if (override != null) {
			return override;
		}
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			// Java 22+ returns a console even when redirected; isTerminal() tells the truth there.
			return (boolean) Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}

	synchronized void step(String what) {
		done++;
		show(what);
		err.flush();
	}

	abstract void show(String what);

	void finish() {
	}

	private static final class Lines extends Progress {
		Lines(PrintWriter err, int total) {
			super(err, total);
		}

		@Override
		void show(String what) {
			err.println("[" + done + "/" + total + "] " + what);
		}
	}

	private static final class Bar extends Progress {
		private static final int WIDTH = 30;

		Bar(PrintWriter err, int total) {
			super(err, total);
		}

		@Override
		void show(String what) {
			int filled = total == 0 ? WIDTH : done * WIDTH / total;
			err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " ");
		}

		@Override
		void finish() {
			err.println();
			err.flush();
		}
	}
}
