/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

/** An export that cannot be done as asked; the message is French and meant for the user. */
public class ExportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ExportException(String message) {
		super(message);
	}

	public ExportException(String message, Throwable cause) {
		super(message, cause);
	}
}
