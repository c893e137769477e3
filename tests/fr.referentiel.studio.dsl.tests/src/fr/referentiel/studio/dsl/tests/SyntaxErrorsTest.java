/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fr.referentiel.studio.model.Referential;

/** Mistakes an author makes give a French message at the right line, saying what was expected. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReferentielInjectorProvider.class)
class SyntaxErrorsTest {

	@Inject
	private ReferentielLoader loader;

	private List<Issue> syntaxErrors(String text) {
		return loader.issues(text, Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	@Test
	void unquotedTitleSaysAQuotedTitleIsExpected() {
		List<Issue> errors = syntaxErrors("""
				référentiel R "R" {
				    compétence CP1 Traiter un incident {
				    }
				}
				""");
		assertFalse(errors.isEmpty());
		Issue first = errors.get(0);
		assertEquals(2, first.getLineNumber());
		assertTrue(first.getMessage().contains("attendu : un titre entre guillemets"), first.getMessage());
	}

	@Test
	void missingClosingBraceSaysWhatIsMissing() {
		List<Issue> errors = syntaxErrors("""
				référentiel R "R" {
				    compétence CP1 "Traiter un incident" {
				        critères de performance
				            - La demande d'intervention est prise en compte.
				}
				""");
		assertEquals(1, errors.size(), errors.toString());
		assertEquals(5, errors.get(0).getLineNumber());
		assertTrue(errors.get(0).getMessage().contains("il manque probablement une accolade fermante « } »"),
				errors.get(0).getMessage());
	}

	@Test
	void criterionWithoutDashIsReportedOnItsLine() {
		List<Issue> errors = syntaxErrors("""
				référentiel R "R" {
				    compétence CP1 "Traiter un incident" {
				        critères de performance
				            La demande d'intervention est prise en compte.
				    }
				}
				""");
		assertFalse(errors.isEmpty());
		assertEquals(4, errors.get(0).getLineNumber());
		assertTrue(errors.get(0).getMessage().startsWith("Erreur de syntaxe : "), errors.get(0).getMessage());
	}

	@Test
	void byteOrderMarkAndWindowsLineEndingsAreAccepted() {
		String text = "\uFEFFréférentiel R \"R\" {\r\n    compétence CP1 \"Traiter un incident\" {\r\n        critères de performance\r\n"
				+ "            - La demande est prise en compte.\r\n    }\r\n}\r\n";
		assertEquals(List.of(), syntaxErrors(text));
		Referential r = loader.parse("r.referentiel", text);
		assertEquals("La demande est prise en compte.", r.getCompetences().get(0).getPerformanceCriteria().get(0).getText());
	}

	@Test
	void englishParserMessagesAreTranslated() {
		assertEquals("Erreur de syntaxe : « compétences » ici n'est pas attendu ; attendu : « } ».",
				fr.referentiel.studio.dsl.parser.FrenchSyntaxErrorMessageProvider
						.translate("mismatched input 'compétences' expecting '}'"));
	}
}
