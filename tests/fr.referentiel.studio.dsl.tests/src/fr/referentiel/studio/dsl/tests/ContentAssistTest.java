/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ide.ReferentielIdeSetup;

/**
 * Content assist through the language's .ide services, as the language server and the editor
 * call them: keywords and identifiers where an author types, in every part of a referential.
 */
class ContentAssistTest {

	private static final Injector INJECTOR = new ReferentielIdeSetup().createInjectorAndDoEMFRegistration();
	private static final ExecutorService POOL = Executors.newCachedThreadPool();

	@AfterAll
	static void stopPool() {
		POOL.shutdownNow();
	}

	private static final String TEXT = """
			référentiel R "R" {
			    activité type AT1 "Assister ou dépanner les utilisateurs" {
			        compétences CP1
			    }
			    compétence CP1 "Traiter un incident" {
			        critères de performance
			            - La demande est prise en compte.
			    }
			    compétence CP2 "Assister à l'utilisation des ressources" {
			    }
			}
			""";

	private List<String> proposalsAt(String text, int offset) {
		return new ArrayList<>(prioritiesAt(text, offset).keySet());
	}

	/** Each proposal with its priority, in the order given, {@code others} loaded beside as other files. */
	private Map<String, Integer> prioritiesAt(String text, int offset, String... others) {
		ReferentielLoader loader = INJECTOR.getInstance(ReferentielLoader.class);
		XtextResourceSet set = loader.newResourceSet();
		for (int i = 0; i < others.length; i++) {
			loader.load(set, "autre" + i + ".referentiel", others[i]);
		}
		XtextResource resource = loader.load(set, "r.referentiel", text);
		ContentAssistContextFactory factory = INJECTOR.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		Map<String, Integer> proposals = new LinkedHashMap<>();
		INJECTOR.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts),
				new IIdeContentProposalAcceptor() {
					@Override
					public void accept(ContentAssistEntry entry, int priority) {
						if (entry != null) {
							proposals.merge(entry.getProposal(), priority, Math::max);
						}
					}

					@Override
					public boolean canAcceptMoreProposals() {
						return true;
					}
				});
		return proposals;
	}

	@Test
	void theCompetencesOfTheFileBeingWrittenComeBeforeThoseOfAnotherVersion() {
		String old = """
				référentiel ANCIEN "Ancienne version" {
				    compétence CP7 "Compétence de l'ancienne version" {
				    }
				}
				""";
		String text = TEXT.replace("compétences CP1", "compétences CP1, ");
		Map<String, Integer> priorities = prioritiesAt(text, text.indexOf("CP1, ") + "CP1, ".length(), old);
		assertTrue(priorities.containsKey("ANCIEN.CP7"), priorities.toString());
		assertTrue(priorities.get("CP2") > priorities.get("ANCIEN.CP7"), priorities.toString());
	}

	@Test
	void competenceIdentifiersAreProposedInAnActivityTypeButNotThoseTheListNames() {
		String text = TEXT.replace("compétences CP1", "compétences CP1, ");
		int offset = text.indexOf("CP1, ") + "CP1, ".length();
		List<String> proposals = proposalsAt(text, offset);
		assertTrue(proposals.contains("CP2"), proposals.toString());
		assertFalse(proposals.contains("CP1"), "CP1 is already in the list: " + proposals);
	}

	@Test
	void clauseKeywordsAreProposedInACompetenceSheet() {
		int offset = TEXT.indexOf("    }\n    compétence CP2");
		List<String> proposals = proposalsAt(TEXT, offset);
		// Phrases, as designers write them: never « critères » then « de » then « performance ».
		for (String phrase : List.of("critères de performance", "indicateurs de performance", "savoir-faire techniques",
				"savoir-faire organisationnels", "savoir-faire relationnels", "savoir-faire et savoirs", "savoirs",
				"compétences détaillées", "correspond à")) {
			assertTrue(proposals.contains(phrase), phrase + " in " + proposals);
		}
		assertFalse(proposals.contains("critères") || proposals.contains("savoir-faire"), proposals.toString());
	}

	@Test
	void identifiersAndKeywordsAreProposedInTheTaiExample() {
		String tai = TestFiles.example("tai-2023.referentiel");
		String at1 = "compétences CP1, CP2, CP3";
		String text = tai.replaceFirst(at1, "compétences CP1, CP2, ");
		int offset = text.indexOf("compétences CP1, CP2, ") + "compétences CP1, CP2, ".length();
		assertTrue(proposalsAt(text, offset).contains("CP3"), "CP3 is proposed in AT1");
		int inCp4 = tai.indexOf("savoir-faire et savoirs", tai.indexOf("compétence CP4 "));
		List<String> keywords = proposalsAt(tai, inCp4);
		assertTrue(keywords.contains("savoir-faire techniques"), keywords.toString());
	}

	@Test
	void elementKeywordsAreProposedInTheReferential() {
		int offset = TEXT.lastIndexOf("}");
		List<String> proposals = proposalsAt(TEXT, offset);
		assertTrue(proposals.contains("compétence"), proposals.toString());
		assertTrue(proposals.contains("bloc"), proposals.toString());
	}
}
