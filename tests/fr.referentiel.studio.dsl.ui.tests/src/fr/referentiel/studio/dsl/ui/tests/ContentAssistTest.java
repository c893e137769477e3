/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static fr.referentiel.studio.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.editor.ReferentielContentAssist;

/** Ctrl+Espace in the editor: the proposals a designer sees at a given place. */
class ContentAssistTest {

	private static final String TEXT = """
			référentiel R1 "Référentiel de test" {
			    activité type AT1 "Assister les utilisateurs" {
			        numéro 1
			        compétences CP1, \n\
			    }

			    compétence CP1 "Traiter un incident" {
			        numéro 1
			        \n\
			    }

			    compétence CP2 "Assister à l'utilisation des ressources" {
			        numéro 2
			    }

			    bloc BC01 "Assister les utilisateurs" {
			        activité type AT1
			    }
			}
			""";

	@AfterEach
	void cleanUp() throws Exception {
		closeEditorsAndDeleteProjects();
	}

	/** What the proposal list shows at {@code offset}: the display strings. */
	private static List<String> shownAt(String text, int offset) throws Exception {
		return Arrays.stream(proposalsAt(text, offset)).map(ICompletionProposal::getDisplayString).toList();
	}

	private static ICompletionProposal[] proposalsAt(String text, int offset) throws Exception {
		IFile file = file(project("assist"), "r.referentiel", text);
		ITextEditor editor = open(file);
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		return new ReferentielContentAssist().computeCompletionProposals(viewer, offset);
	}

	/** Two injectors meant two grammars: the content assist parser knew none of the index's nodes. */
	@Test
	void theIndexAndTheEditorServicesShareOneInjector() throws Exception {
		open(file(project("assist"), "r.referentiel", TEXT));
		assertSame(LanguageServices.now(), LanguageServices.workspaceNow().injector());
	}

	@Test
	void theNextClausesOfACompetenceSheetAreProposed() throws Exception {
		int offset = TEXT.indexOf("numéro 1\n        \n") + "numéro 1\n        ".length();
		List<String> shown = shownAt(TEXT, offset);
		// The phrases of the language, as designers write them, not their first word.
		for (String keyword : List.of("description", "contexte", "critères de performance", "savoir-faire techniques",
				"savoir-faire et savoirs", "savoirs", "correspond à")) {
			assertTrue(shown.contains(keyword), keyword + " in " + shown);
		}
		assertTrue(!shown.contains("numéro"), "numéro is already written: " + shown);
	}

	@Test
	void theNextClausesOfAnActivityTypeAreProposed() throws Exception {
		int offset = TEXT.indexOf("        compétences CP1, ");
		List<String> shown = shownAt(TEXT, offset);
		for (String keyword : List.of("description", "contexte", "réglementation", "compétences", "activité", "modalité")) {
			assertTrue(shown.stream().anyMatch(s -> s.equals(keyword) || s.startsWith(keyword + " ")), keyword + " in " + shown);
		}
	}

	@Test
	void competencesAreProposedWithTheirTitleInAnActivityType() throws Exception {
		int offset = TEXT.indexOf("compétences CP1, ") + "compétences CP1, ".length();
		List<String> shown = shownAt(TEXT, offset);
		assertTrue(shown.contains("CP2 — Assister à l'utilisation des ressources"), shown.toString());
		// CP1 is already in the list: not proposed again (review found it first in the list).
		assertTrue(shown.stream().noneMatch(p -> p.startsWith("CP1")), shown.toString());
	}

	@Test
	void activityTypesAreProposedWithTheirTitleInABlock() throws Exception {
		int offset = TEXT.indexOf("activité type AT1\n    }\n}") + "activité type ".length();
		ICompletionProposal[] proposals = proposalsAt(TEXT, offset);
		ICompletionProposal at1 = Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith("AT1")).findFirst()
				.orElseThrow(() -> new AssertionError(Arrays.toString(proposals)));
		assertEquals("AT1 — Assister les utilisateurs", at1.getDisplayString());
		assertEquals("Assister les utilisateurs", at1.getAdditionalProposalInfo(), "the title in the proposal's details");
	}
}
