/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fr.referentiel.studio.dsl.validation.IssueCodes;

/** A near duplicate names both places, so the author finds the two copies. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReferentielInjectorProvider.class)
class NearDuplicateMessageTest {

	@Inject
	private ReferentielLoader loader;

	private List<Issue> nearDuplicates(String text) {
		return loader.issues(text, IssueCodes.NEAR_DUPLICATE);
	}

	@Test
	void messageNamesBothCompetencesAndLines() {
		List<Issue> issues = nearDuplicates("""
				référentiel R "R" {
				    compétence CP3 "Diagnostiquer" {
				        critères de performance
				            - Le diagnostic est posé avec méthode.
				    }
				    compétence CP5 "Intervenir" {
				        critères de performance
				            - le diagnostic est posé  avec methode
				    }
				}
				""");
		assertEquals(1, issues.size());
		Issue issue = issues.get(0);
		assertEquals(8, issue.getLineNumber());
		assertTrue(issue.getMessage().contains("compétence CP5 (ligne 8)"), issue.getMessage());
		assertTrue(issue.getMessage().contains("compétence CP3 (ligne 4)"), issue.getMessage());
	}

	@Test
	void theSameTextReusedWordForWordIsNotReported() {
		assertEquals(List.of(), nearDuplicates("""
				référentiel R "R" {
				    compétence CP1 "A" {
				        savoir-faire relationnels
				            - Appliquer les techniques d'écoute active.
				    }
				    compétence CP2 "B" {
				        savoir-faire relationnels
				            - Appliquer les techniques d'écoute active.
				    }
				}
				"""));
	}
}
