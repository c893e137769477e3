/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * Everything the command prints goes through here: a control or direction character that reached
 * a message (a referential's title in an export refusal, an option's value) is written as an
 * escape such as {@code \u001B}, never to the terminal, which would obey it. Tabs and line breaks
 * stay (the progress bar redraws its line with a carriage return); file names that hold them are
 * quoted where they are named ({@link Messages#name}).
 */
final class TerminalWriter extends FilterWriter {

	TerminalWriter(Writer out) {
		super(out);
	}

	@Override
	public void write(int c) throws IOException {
		if (c != '\n' && c != '\r' && (ControlCharacters.isControl(c) || ControlCharacters.isBidiControl(c))) {
			out.write(String.format("\\u%04X", c));
		} else {
			out.write(c);
		}
	}

	@Override
	public void write(char[] buffer, int offset, int length) throws IOException {
		for (int i = offset; i < offset + length; i++) {
			write(buffer[i]);
		}
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		write(text.toCharArray(), offset, length);
	}
}
