/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.server;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * The server's log of a failure, on standard error (the editor keeps it): the Java stack trace a
 * maintainer needs, but never the user's text. Xtext writes the whole document into some of its
 * exceptions (a position past the end of a line: « Position … text was : » and every line of the
 * file), and other messages may quote the text: each message is cut there, kept to one line and to
 * {@value #MAX_MESSAGE} characters.
 */
final class ServerLog {

	static final int MAX_MESSAGE = 200;
	/** Frames per exception: where it was thrown is at the top; the rest is lsp4j's and the JDK's. */
	private static final int MAX_FRAMES = 40;
	/** How Xtext's Document begins the copy of the text it appends to its messages. */
	private static final String XTEXT_SOURCE = " text was :";

	private ServerLog() {
	}

	/** « referentiel lsp : {@code what} : », then the chain of exceptions, one line per message. */
	static void failure(String what, Throwable failure) {
		StringBuilder log = new StringBuilder("referentiel lsp : ").append(what).append(" :\n");
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
			log.append(t == failure ? "" : "Caused by: ").append(t.getClass().getName());
			String message = message(t);
			if (message != null) {
				log.append(": ").append(message);
			}
			log.append('\n');
			StackTraceElement[] frames = t.getStackTrace();
			for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
				log.append("\tat ").append(frames[i]).append('\n');
			}
			if (frames.length > MAX_FRAMES) {
				log.append("\t... ").append(frames.length - MAX_FRAMES).append(" more\n");
			}
		}
		System.err.print(log);
		System.err.flush();
	}

	/** The message of {@code t} without the user's text: cut before Xtext's copy of it, one line, short. */
	static String message(Throwable t) {
		String message = t.getMessage();
		if (message == null) {
			return null;
		}
		int source = message.indexOf(XTEXT_SOURCE);
		if (source >= 0) {
			message = message.substring(0, source) + " (texte du document omis)";
		}
		message = ControlCharacters.escape(message.replaceAll("\\s*\\R\\s*", " ").strip());
		return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
	}
}
