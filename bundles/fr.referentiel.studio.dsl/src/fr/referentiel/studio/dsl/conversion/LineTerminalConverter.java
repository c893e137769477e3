/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts a line token — a marker character followed by free text up to the end of the line —
 * to its text and back. Authors write prose as {@code | text} and list entries as {@code - text}
 * so that French punctuation never needs escaping; the value is the text, trimmed.
 */
public class LineTerminalConverter implements IValueConverter<String> {

	private final char marker;
	private final String what;

	public LineTerminalConverter(char marker, String what) {
		this.marker = marker;
		this.what = what;
	}

	@Override
	public String toValue(String string, INode node) {
		if (string == null || string.isEmpty() || string.charAt(0) != marker) {
			throw new ValueConverterException(what + " doit commencer par « " + marker + " ».", node, null);
		}
		return string.substring(1).strip();
	}

	@Override
	public String toString(String value) {
		if (value == null) {
			throw new ValueConverterException(what + " sans texte.", null, null);
		}
		if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
			throw new ValueConverterException(what + " doit tenir sur une ligne : « " + value + " ».", null, null);
		}
		String text = value.strip();
		return text.isEmpty() ? String.valueOf(marker) : marker + " " + text;
	}
}
