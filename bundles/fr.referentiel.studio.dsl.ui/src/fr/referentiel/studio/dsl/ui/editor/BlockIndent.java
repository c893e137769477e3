/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Auto-indent: a new line keeps the indentation of the previous one, one level more after an
 * opening brace or a heading that starts a list (« critères de performance », « description »…),
 * and a closing brace typed on an empty line goes back to the level of its block.
 */
public class BlockIndent implements IAutoEditStrategy {

	static final String INDENT = "    ";

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		try {
			if (command.length == 0 && command.text != null
					&& TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) != -1) {
				newLine(document, command);
			} else if ("}".equals(command.text)) {
				closingBrace(document, command);
			}
		} catch (BadLocationException e) {
			// leave the command as typed
		}
	}

	private static void newLine(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		String indent = leadingWhitespace(before);
		String trimmed = before.strip();
		if (trimmed.endsWith("{") || opensList(trimmed)) {
			indent += INDENT;
		}
		command.text = command.text + indent;
	}

	/** Headings after which entries follow on the next lines, one level deeper. */
	private static boolean opensList(String line) {
		return line.equals("description") || line.equals("contexte") || line.equals("réglementation")
				|| line.equals("critères de performance") || line.equals("critères d'évaluation")
				|| line.equals("livrables") || line.matches("savoir-faire (techniques|organisationnels|relationnels)( \".*\")?")
				|| line.equals("savoirs");
	}

	private static void closingBrace(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		if (!before.isBlank()) {
			return;
		}
		String target = indentOfOpening(document, command.offset);
		if (target != null) {
			command.offset = line.getOffset();
			command.length = before.length();
			command.text = target + "}";
		}
	}

	/** Indentation of the line holding the brace that the new one closes, by counting braces backwards. */
	private static String indentOfOpening(IDocument document, int offset) throws BadLocationException {
		String text = document.get(0, offset);
		int depth = 0;
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == '}') {
				depth++;
			} else if (c == '{') {
				if (depth == 0) {
					IRegion line = document.getLineInformationOfOffset(i);
					return leadingWhitespace(document.get(line.getOffset(), line.getLength()));
				}
				depth--;
			}
		}
		return null;
	}

	private static String leadingWhitespace(String s) {
		int i = 0;
		while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
			i++;
		}
		return s.substring(0, i);
	}
}
