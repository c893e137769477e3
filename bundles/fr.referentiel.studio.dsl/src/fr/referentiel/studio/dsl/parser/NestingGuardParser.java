/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.parser;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseResult;

import fr.referentiel.studio.dsl.parser.antlr.ReferentielParser;
import fr.referentiel.studio.dsl.validation.IssueCodes;

/**
 * The language's parser behind one guard shared by the command line, the language server and the
 * editor: a text whose braces nest deeper than {@link #MAX_BRACE_DEPTH} is not parsed below that
 * depth. The parser recurses once per level and everything after it grows with the square of the
 * depth, so 5,000 levels exhausted the server's memory and 500 left its outline unanswered. The
 * content of the first block that goes too deep is read as blank (same length, same lines, so
 * every position stays right) and carries the error {@link IssueCodes#NESTING_TOO_DEEP}.
 */
public class NestingGuardParser extends ReferentielParser {

	/**
	 * Levels of braces: a real referential has under ten (referential, activity type, three or four
	 * levels of activities, competence, conditions); the activities' own limit (twenty levels) fits below.
	 */
	public static final int MAX_BRACE_DEPTH = 30;

	/**
	 * The largest text parsed, in characters; the command line reads files up to as many bytes
	 * (ReferentielChecker.MAX_FILE_BYTES): one limit for every client of the language.
	 */
	public static final int MAX_CHARACTERS = 10 * 1024 * 1024;

	static final String TOO_LARGE = "Fichier trop grand : au-delà de 10 Mo, un référentiel n'est pas analysé (celui d'un "
			+ "titre complet fait moins de 100 Ko). Vérifiez qu'il s'agit du bon fichier, ou découpez-le en plusieurs référentiels.";

	public static final String MESSAGE = "Imbrication trop profonde : cette accolade « { » ouvre un " + (MAX_BRACE_DEPTH + 1)
			+ "e niveau, et son contenu n'est pas analysé. Un référentiel en compte moins de dix : vérifiez les accolades "
			+ "« { } » (une accolade fermante oubliée ?) et réduisez l'imbrication des activités.";

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
		if (in.size() == 0) {
			return super.doParse(ruleName, in, builder, initialLookAhead);
		}
		String text = in.substring(0, in.size() - 1);
		if (text.length() > MAX_CHARACTERS) {
			// An editor or a client can send what the command line would not read: the same limit.
			return blankWithError(ruleName, blank(text), 0, TOO_LARGE, IssueCodes.UNREADABLE_FILE, builder, initialLookAhead);
		}
		int open = firstTooDeep(text, MAX_BRACE_DEPTH);
		if (open < 0) {
			return super.doParse(ruleName, in, builder, initialLookAhead);
		}
		return blankWithError(ruleName, blankInside(text, open), open, MESSAGE, IssueCodes.NESTING_TOO_DEEP, builder,
				initialLookAhead);
	}

	/** Parses {@code blanked} (the text with a part left out) and puts the error on the leaf at {@code offset}. */
	private IParseResult blankWithError(String ruleName, String blanked, int offset, String message, String code,
			NodeModelBuilder builder, int initialLookAhead) {
		IParseResult result = super.doParse(ruleName, new ANTLRStringStream(blanked), builder, initialLookAhead);
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(result.getRootNode(), offset);
		if (leaf == null) {
			return result;
		}
		builder.setSyntaxError(leaf, new SyntaxErrorMessage(message, code));
		return new ParseResult(result.getRootASTElement(), result.getRootNode(), true);
	}

	/** Every character but line breaks a space: nothing is parsed, every position stays. */
	private static String blank(String text) {
		return text.replaceAll("[^\\r\\n]", " ");
	}

	/**
	 * The offset of the first « { » that opens level {@code limit + 1}, or -1. Braces are counted
	 * as the lexer sees them: not inside titles ("…"), paragraphs (| …), list entries (- …) or comments.
	 */
	public static int firstTooDeep(CharSequence text, int limit) {
		int depth = 0;
		for (int i = nextBrace(text, 0); i >= 0; i = nextBrace(text, i + 1)) {
			if (text.charAt(i) == '}') {
				depth = Math.max(0, depth - 1);
			} else if (++depth > limit) {
				return i;
			}
		}
		return -1;
	}

	/** The text with everything between the brace at {@code open} and its match blanked, line breaks kept. */
	static String blankInside(String text, int open) {
		int depth = 0;
		int close = text.length();
		for (int i = open; i >= 0; i = nextBrace(text, i + 1)) {
			if (text.charAt(i) == '{') {
				depth++;
			} else if (--depth == 0) {
				close = i;
				break;
			}
		}
		StringBuilder blanked = new StringBuilder(text);
		for (int i = open + 1; i < close; i++) {
			char c = blanked.charAt(i);
			if (c != '\n' && c != '\r') {
				blanked.setCharAt(i, ' ');
			}
		}
		return blanked.toString();
	}

	/** The offset of the next brace from {@code from} that is not inside a token of text or a comment; -1 if none. */
	private static int nextBrace(CharSequence text, int from) {
		for (int i = from, n = text.length(); i < n; i++) {
			switch (text.charAt(i)) {
				case '{', '}' -> {
					return i;
				}
				case '"' -> i = endOfString(text, i);
				case '|' -> i = endOfLine(text, i);
				// « savoir-faire » is a keyword; a dash after a letter is no list entry.
				case '-' -> i = i > 0 && Character.isLetter(text.charAt(i - 1)) ? i : endOfLine(text, i);
				case '/' -> i = endOfComment(text, i);
				default -> {
				}
			}
		}
		return -1;
	}

	private static int endOfString(CharSequence text, int quote) {
		for (int i = quote + 1, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '"' || c == '\n' || c == '\r') {
				return i;
			}
		}
		return text.length();
	}

	private static int endOfLine(CharSequence text, int from) {
		for (int i = from, n = text.length(); i < n; i++) {
			if (text.charAt(i) == '\n') {
				return i;
			}
		}
		return text.length();
	}

	private static int endOfComment(CharSequence text, int slash) {
		if (slash + 1 >= text.length()) {
			return slash;
		}
		if (text.charAt(slash + 1) == '/') {
			return endOfLine(text, slash);
		}
		if (text.charAt(slash + 1) == '*') {
			for (int i = slash + 2, n = text.length() - 1; i < n; i++) {
				if (text.charAt(i) == '*' && text.charAt(i + 1) == '/') {
					return i + 1;
				}
			}
			return text.length();
		}
		return slash;
	}
}
