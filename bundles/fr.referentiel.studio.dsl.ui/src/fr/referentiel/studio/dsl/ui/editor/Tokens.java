/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * The tokens of a document from the language's own runtime lexer, so that colouring, folding and
 * bracket handling agree with the parser (a « { » inside a title or a comment is not a brace).
 * Lexed once per document version: the whole file lexes in milliseconds, and lexing from the
 * middle of a line could start inside a comment.
 */
public final class Tokens {

	/** One token: offset, length and kind. */
	public record Tok(int offset, int length, Kind kind, String text) {
	}

	public enum Kind {
		KEYWORD, TITLE, PROSE, BULLET, NUMBER, IDENTIFIER, COMMENT, PUNCTUATION, OTHER
	}

	private record Cached(long stamp, String text, List<Tok> tokens) {
	}

	private static final Map<IDocument, Cached> CACHE = new WeakHashMap<>();

	private Tokens() {
	}

	/*
	 * The document is read outside the cache's lock: reading takes the document's own lock, which
	 * the UI thread holds while it applies an edit and repaints (a reconciler thread waiting for it
	 * while holding the cache's lock deadlocked the two). Lexing twice in a race is harmless.
	 */
	public static List<Tok> of(IDocument document, Injector injector) {
		long stamp = document instanceof IDocumentExtension4 d ? d.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
		String text = document.get();
		synchronized (CACHE) {
			Cached cached = CACHE.get(document);
			if (cached != null && cached.stamp == stamp && cached.text.equals(text)) {
				return cached.tokens;
			}
		}
		List<Tok> tokens = lex(text, injector);
		synchronized (CACHE) {
			CACHE.put(document, new Cached(stamp, text, tokens));
		}
		return tokens;
	}

	private static List<Tok> lex(String text, Injector injector) {
		Lexer lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		Map<Integer, String> names = injector.getInstance(ITokenDefProvider.class).getTokenDefMap();
		lexer.setCharStream(new ANTLRStringStream(text));
		List<Tok> tokens = new ArrayList<>();
		for (Token t = lexer.nextToken(); t != null && t.getType() != Token.EOF; t = lexer.nextToken()) {
			if (!(t instanceof CommonToken c) || c.getStartIndex() < 0) {
				continue;
			}
			int start = c.getStartIndex();
			int length = c.getStopIndex() - start + 1;
			if (length <= 0) {
				continue;
			}
			String name = names.getOrDefault(t.getType(), "");
			if (name.equals("RULE_WS")) {
				continue;
			}
			tokens.add(new Tok(start, length, kind(name), c.getText()));
		}
		return tokens;
	}

	private static Kind kind(String name) {
		if (name.startsWith("'")) {
			String keyword = name.substring(1, name.length() - 1);
			return Character.isLetter(keyword.codePointAt(0)) ? Kind.KEYWORD : Kind.PUNCTUATION;
		}
		return switch (name) {
			case "RULE_STRING" -> Kind.TITLE;
			case "RULE_PARAGRAPH" -> Kind.PROSE;
			case "RULE_BULLET" -> Kind.BULLET;
			case "RULE_INT" -> Kind.NUMBER;
			case "RULE_ID" -> Kind.IDENTIFIER;
			case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> Kind.COMMENT;
			default -> Kind.OTHER;
		};
	}

	/** Matching pairs of braces, as {open offset, close offset}, skipping unbalanced ones. */
	public static List<int[]> braces(List<Tok> tokens) {
		List<int[]> pairs = new ArrayList<>();
		java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
		for (Tok t : tokens) {
			if (t.kind == Kind.PUNCTUATION && t.text.equals("{")) {
				open.push(t.offset);
			} else if (t.kind == Kind.PUNCTUATION && t.text.equals("}") && !open.isEmpty()) {
				pairs.add(new int[] { open.pop(), t.offset });
			}
		}
		return pairs;
	}
}
