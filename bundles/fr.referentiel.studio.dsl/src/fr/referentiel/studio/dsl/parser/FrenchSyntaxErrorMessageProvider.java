/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.parser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

/**
 * Rewrites the parser's English messages ("mismatched input 'x' expecting RULE_STRING") into
 * French that names what was found and what the author should write instead.
 */
public class FrenchSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final Map<String, String> TOKENS = Map.of(
			"RULE_STRING", "un titre entre guillemets \"…\"",
			"RULE_ID", "un identifiant (par exemple CP1)",
			"RULE_INT", "un nombre",
			"RULE_PARAGRAPH", "une ligne de texte commençant par « | »",
			"RULE_BULLET", "une entrée de liste commençant par « - »",
			"EOF", "la fin du fichier",
			"'<EOF>'", "la fin du fichier");

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input (.+) expecting (.+)");
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input (.+) expecting (.+)");
	private static final Pattern MISSING = Pattern.compile("missing (.+) at (.+)");
	private static final Pattern NO_VIABLE = Pattern.compile("(?:no viable alternative|required \\(\\.\\.\\.\\)\\+ loop did not match anything) at (?:input|character) (.+)");
	private static final Pattern MISMATCHED_CHAR = Pattern.compile("mismatched character (.+) expecting (.+)");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(translate(context.getDefaultMessage()), Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	/** Visible for tests: the French form of an ANTLR message; unknown forms are kept as they are. */
	public static String translate(String message) {
		if (message == null) {
			return "Erreur de syntaxe.";
		}
		Matcher m;
		if ((m = MISMATCHED.matcher(message)).matches() || (m = MISMATCHED_CHAR.matcher(message)).matches()) {
			String found = found(m.group(1));
			// « la fin du fichier » is feminine; the tokens (« } », « compétence ») are not.
			return "Erreur de syntaxe : " + found + " ici n'est pas " + (found.startsWith("la ") ? "attendue" : "attendu")
					+ " ; attendu : " + token(m.group(2)) + ".";
		}
		if ((m = EXTRANEOUS.matcher(message)).matches()) {
			return "Erreur de syntaxe : " + found(m.group(1)) + " est en trop ; attendu : " + token(m.group(2)) + ".";
		}
		if ((m = MISSING.matcher(message)).matches()) {
			return "Erreur de syntaxe : il manque " + token(m.group(1)) + " avant " + found(m.group(2)) + ".";
		}
		if ((m = NO_VIABLE.matcher(message)).matches()) {
			if (m.group(1).contains("<EOF>")) {
				return "Erreur de syntaxe : le fichier se termine trop tôt ; il manque probablement une accolade fermante « } ».";
			}
			return "Erreur de syntaxe : " + found(m.group(1))
					+ " n'est pas compris ici. Vérifiez le mot-clé, l'ordre des rubriques ou une accolade manquante.";
		}
		return "Erreur de syntaxe : " + message;
	}

	private static String found(String quoted) {
		String token = quoted.strip();
		if (TOKENS.containsKey(token)) {
			return TOKENS.get(token);
		}
		String text = token.length() >= 2 && token.startsWith("'") && token.endsWith("'")
				? token.substring(1, token.length() - 1) : token;
		if (text.equals("<EOF>")) {
			return "la fin du fichier";
		}
		return "« " + text.replace("\\n", "↵").replace("\\r", "") + " »";
	}

	private static String token(String expected) {
		String token = expected.strip();
		return TOKENS.getOrDefault(token, found(token));
	}
}
