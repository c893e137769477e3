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
		out.write(ControlCharacters.escapeKeepingLines(String.valueOf((char) c)));
	}

	@Override
	public void write(char[] buffer, int offset, int length) throws IOException {
		write(new String(buffer, offset, length), 0, length);
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		out.write(ControlCharacters.escapeKeepingLines(text.substring(offset, offset + length)));
	}
}
