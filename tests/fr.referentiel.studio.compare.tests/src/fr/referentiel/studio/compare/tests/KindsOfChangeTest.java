/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.tests;

import static fr.referentiel.studio.compare.tests.Versions.compare;
import static fr.referentiel.studio.compare.tests.Versions.competence;
import static fr.referentiel.studio.compare.tests.Versions.ids;
import static fr.referentiel.studio.compare.tests.Versions.nextVersion;
import static fr.referentiel.studio.compare.tests.Versions.once;
import static fr.referentiel.studio.compare.tests.Versions.pairing;
import static fr.referentiel.studio.compare.tests.Versions.tai;
import static fr.referentiel.studio.compare.tests.Versions.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.referentiel.studio.compare.Change;
import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.ElementKind;
import fr.referentiel.studio.compare.Pairing;
import fr.referentiel.studio.compare.Proposal;
import fr.referentiel.studio.compare.Rule;
import fr.referentiel.studio.compare.WordDiff;
import fr.referentiel.studio.compare.WordDiff.Op;

/**
 * One modified copy of the TAI 2023 example per kind of change, each checked as a designer reads
 * the result: what happened to the element, and which rule found its counterpart.
 */
class KindsOfChangeTest {

	@Test
	void anUnchangedCopyPairsEveryElementWithItself() {
		Comparison comparison = compare(tai(), nextVersion());
		assertTrue(comparison.pairings().stream().allMatch(p -> p.changes().equals(List.of(Change.UNCHANGED))),
				() -> comparison.pairings().stream().filter(Pairing::changed).toList().toString());
		Pairing cp3 = pairing(comparison, ElementKind.COMPETENCE, "CP3", false);
		assertEquals(List.of(Rule.IDENTIFIER), cp3.rules());
		Pairing criterion = pairing(comparison, ElementKind.CRITERION, "CP1-CR4", false);
		assertEquals(List.of(Rule.SIMILARITY), criterion.rules());
		assertEquals(List.of("CP1-CR4"), ids(criterion.olds()));
		assertEquals(9 + 2 + 3 + 3, comparison.pairings().stream().filter(p -> p.kind().named()).count());
	}

	@Test
	void aRenamedIdentifierIsFoundBySimilarityAndProposedAsALink() {
		String renamed = Versions.word(nextVersion(), "CP9", "CP19");
		Comparison comparison = compare(tai(), renamed);
		Pairing cp19 = pairing(comparison, ElementKind.COMPETENCE, "CP19", false);
		assertEquals(List.of("CP9"), ids(cp19.olds()));
		assertEquals(List.of(Change.MODIFIED), cp19.changes());
		assertEquals(List.of(Rule.SIMILARITY), cp19.rules());
		assertEquals(1.0, cp19.score());
		// Its criteria keep their text: the rank-made identifiers (CP19-CR1) are no change.
		assertEquals(List.of(Change.UNCHANGED), pairing(comparison, ElementKind.CRITERION, "CP19-CR1", false).changes());
		List<Proposal> proposals = Proposal.of(comparison);
		assertEquals(1, proposals.size(), proposals.toString());
		assertEquals("CP19", proposals.get(0).competence().id());
		assertEquals("correspond à TAI_2023.CP9", proposals.get(0).line(comparison.oldVersion().name()));
	}

	@Test
	void swappedIdentifiersArePairedByTheirTextNotByTheirNumber() {
		String swapped = Versions.word(Versions.word(Versions.word(nextVersion(), "CP3", "CPX"), "CP4", "CP3"), "CPX", "CP4");
		Comparison comparison = compare(tai(), swapped);
		Pairing oldCp3 = pairing(comparison, ElementKind.COMPETENCE, "CP3", true);
		assertEquals(List.of("CP4"), ids(oldCp3.news()), "CP3's sheet is now numbered CP4");
		assertEquals(List.of(Rule.SIMILARITY), oldCp3.rules());
		assertEquals(List.of(Change.MODIFIED), oldCp3.changes());
		assertEquals(List.of("CP3"), ids(pairing(comparison, ElementKind.COMPETENCE, "CP4", true).news()));
	}

	@Test
	void aRewordedTitleIsModifiedWithTheWordsThatChanged() {
		String reworded = once(nextVersion(), "\"Diagnostiquer et résoudre un dysfonctionnement numérique\"",
				"\"Diagnostiquer puis résoudre une panne numérique\"");
		Comparison comparison = compare(tai(), reworded);
		Pairing cp3 = pairing(comparison, ElementKind.COMPETENCE, "CP3", false);
		assertEquals(List.of(Change.MODIFIED), cp3.changes());
		assertEquals(List.of(Rule.IDENTIFIER), cp3.rules());
		List<WordDiff.Segment> diff = cp3.diff();
		assertEquals(new WordDiff.Segment(Op.EQUAL, "Diagnostiquer"), diff.get(0));
		assertTrue(diff.contains(new WordDiff.Segment(Op.DELETE, "un dysfonctionnement")), diff.toString());
		assertTrue(diff.contains(new WordDiff.Segment(Op.INSERT, "une panne")), diff.toString());
		assertTrue(diff.stream().filter(s -> s.op() != Op.EQUAL).allMatch(s -> s.text().split(" ").length <= 2),
				"only the changed words, not the sheet: " + diff);
		assertEquals(1, comparison.pairings().stream().filter(Pairing::changed).count());
	}

	@Test
	void aRewordedCriterionIsPairedBySimilarity() {
		String reworded = once(nextVersion(), "- La recette est faite avec l'utilisateur.", "- La recette est réalisée avec l'utilisateur.");
		Comparison comparison = compare(tai(), reworded);
		Pairing criterion = pairing(comparison, ElementKind.CRITERION, "CP1-CR4", false);
		assertEquals(List.of(Change.MODIFIED), criterion.changes());
		assertEquals(List.of(Rule.SIMILARITY), criterion.rules());
		assertTrue(criterion.diff().contains(new WordDiff.Segment(Op.DELETE, "faite")), criterion.diff().toString());
		assertTrue(criterion.diff().contains(new WordDiff.Segment(Op.INSERT, "réalisée")), criterion.diff().toString());
	}

	@Test
	void aCompetenceListedByAnotherActivityTypeIsMoved() {
		String moved = nextVersion().replace("compétences CP1, CP2, CP3\n", "compétences CP1, CP2\n")
				.replace("compétences CP4, CP5, CP6\n", "compétences CP3, CP4, CP5, CP6\n");
		Comparison comparison = compare(tai(), moved);
		Pairing cp3 = pairing(comparison, ElementKind.COMPETENCE, "CP3", false);
		assertEquals(List.of(Change.MOVED), cp3.changes());
		assertEquals(List.of(Rule.IDENTIFIER), cp3.rules());
		assertEquals("AT1", cp3.olds().get(0).parent().id());
		assertEquals("AT2", cp3.news().get(0).parent().id());
		// Its criteria stay in their competence.
		assertEquals(List.of(Change.UNCHANGED), pairing(comparison, ElementKind.CRITERION, "CP3-CR1", false).changes());
		org.jsoup.nodes.Document report = org.jsoup.Jsoup.parse(new String(
				fr.referentiel.studio.compare.output.ComparisonHtml.changes(comparison), java.nio.charset.StandardCharsets.UTF_8));
		assertTrue(report.select("p.changement").eachText().contains("Déplacé de AT1 – Assister ou dépanner les utilisateurs vers "
				+ "AT2 – Mettre en service des équipements numériques."), report.select("p.changement").eachText().toString());
	}

	@Test
	void aCompetenceThatTwoNewOnesCorrespondToIsSplit() {
		String cp5 = competence(tai(), "CP5");
		String cp10 = cp5.replace("compétence CP5 \"Intervenir sur les composants matériels d'un ordinateur fixe ou mobile\"",
				"compétence CP10 \"Intervenir sur les composants matériels d'un ordinateur mobile\"").replace("numéro 5", "numéro 10")
				.replace("    }\n", "        correspond à TAI_2023.CP5\n    }\n");
		String split = once(nextVersion(), cp5, cp5.replace("    }\n", "        correspond à TAI_2023.CP5\n    }\n") + "\n" + cp10);
		split = split.replace("compétences CP4, CP5, CP6\n", "compétences CP4, CP5, CP10, CP6\n");
		Comparison comparison = compare(tai(), split);
		Pairing pairing = pairing(comparison, ElementKind.COMPETENCE, "CP10", false);
		assertEquals(List.of("CP5"), ids(pairing.olds()));
		assertEquals(List.of("CP5", "CP10"), ids(pairing.news()));
		assertEquals(List.of(Change.SPLIT), pairing.changes());
		assertEquals(List.of(Rule.LINK), pairing.rules());
	}

	@Test
	void aCompetenceWhosePartsMakeTwoNewOnesIsSplitBySimilarityWithoutALink() {
		String cp3 = competence(tai(), "CP3");
		String lastParagraph = "            | Utiliser les outils de tests adéquats afin d'établir un diagnostic. Résoudre le dysfonctionnement et "
				+ "s'assurer du fonctionnement matériel et logiciel ou proposer une solution adaptée.\n";
		String keptCp3 = once(once(cp3, lastParagraph, ""), "            - Le fonctionnement matériel et logiciel est vérifié.\n", "");
		String cp10 = """
				    compétence CP10 "Résoudre un dysfonctionnement numérique" {
				        numéro 10
				        description
				""" + lastParagraph + """
				        critères de performance
				            - Le fonctionnement matériel et logiciel est vérifié.
				    }
				""";
		String split = once(nextVersion(), cp3, keptCp3 + "\n" + cp10).replace("compétences CP1, CP2, CP3\n", "compétences CP1, CP2, CP3, CP10\n");
		Comparison comparison = compare(tai(), split);
		Pairing pairing = pairing(comparison, ElementKind.COMPETENCE, "CP10", false);
		assertEquals(List.of("CP3"), ids(pairing.olds()));
		assertEquals(List.of("CP3", "CP10"), ids(pairing.news()));
		assertEquals(List.of(Change.SPLIT), pairing.changes());
		assertEquals(List.of(Rule.IDENTIFIER, Rule.SIMILARITY), pairing.rules());
		// The criterion that went with the new piece stays with a counterpart of its competence: not moved.
		Pairing criterion = pairing(comparison, ElementKind.CRITERION, "CP10-CR1", false);
		assertEquals(List.of("CP3-CR4"), ids(criterion.olds()));
		assertEquals(List.of(Change.UNCHANGED), criterion.changes());
		List<Proposal> proposals = Proposal.of(comparison);
		assertEquals(List.of("correspond à TAI_2023.CP3", "correspond à TAI_2023.CP3"),
				proposals.stream().map(p -> p.line("TAI_2023")).toList());
	}

	@Test
	void twoCompetencesThatOneNewCorrespondsToAreMerged() {
		String text = nextVersion();
		text = without(text, competence(text, "CP8"));
		text = once(text, "    compétence CP7 \"Installer et configurer les équipements et services réseaux\" {\n",
				"    compétence CP7 \"Installer et configurer les équipements et services réseaux\" {\n"
						+ "        correspond à TAI_2023.CP7, TAI_2023.CP8\n");
		text = text.replace("compétences CP7, CP8, CP9\n", "compétences CP7, CP9\n");
		Comparison comparison = compare(tai(), text);
		Pairing pairing = pairing(comparison, ElementKind.COMPETENCE, "CP7", false);
		assertEquals(List.of("CP7", "CP8"), ids(pairing.olds()));
		assertEquals(List.of("CP7"), ids(pairing.news()));
		assertEquals(List.of(Change.MERGED), pairing.changes());
		assertEquals(List.of(Rule.LINK), pairing.rules());
		assertTrue(pairing.diff().stream().anyMatch(s -> s.op() == Op.DELETE), "CP8's text is gone from the merged sheet");
	}

	@Test
	void aRemovedCompetenceHasNoCounterpartAndItsEntriesGoWithIt() {
		String text = nextVersion();
		text = without(text, competence(text, "CP9"));
		text = text.replace("compétences CP7, CP8, CP9\n", "compétences CP7, CP8\n");
		Comparison comparison = compare(tai(), text);
		Pairing cp9 = pairing(comparison, ElementKind.COMPETENCE, "CP9", true);
		assertEquals(List.of(Change.REMOVED), cp9.changes());
		assertEquals(List.of(), cp9.rules());
		assertEquals(List.of(), cp9.news());
		Pairing criterion = pairing(comparison, ElementKind.CRITERION, "CP9-CR1", true);
		assertEquals(List.of(Change.REMOVED), criterion.changes());
		assertEquals(1 + 5 + 7, comparison.counts().get(Change.REMOVED), "CP9, its 5 criteria and its 7 knowledge items: "
				+ comparison.pairings().stream().filter(p -> p.has(Change.REMOVED)).map(p -> ids(p.olds())).toList());
	}

	/** The RNCP table of the ASR example: activities numbered 1.1 → 1.1.1, renumbered and moved between activities. */
	@Test
	void activitiesArePairedByTheirNumberOrTheirTitleAndMovedBetweenActivities() {
		String asr = Versions.example("asr-rncp.referentiel");
		String next = once(asr, "référentiel ASR ", "référentiel ASR_2 ");
		// 1.1.5 leaves 1.1 for 1.3, under a new number; 1.2.1 is reworded.
		next = once(next, "            activité 1.1.5 \"Déploiement du matériel téléphonique et audiovisuel\"\n", "");
		next = once(next, "            activité 1.3.4 \"Installation et configuration des bornes d'accès sans-fil\"\n",
				"            activité 1.3.4 \"Installation et configuration des bornes d'accès sans-fil\"\n"
						+ "            activité 1.3.5 \"Déploiement du matériel téléphonique et audiovisuel\"\n");
		next = once(next, "activité 1.2.1 \"Gestion des outils de déploiement automatique\"",
				"activité 1.2.1 \"Gestion des outils de déploiement automatisé\"");
		Comparison comparison = compare(asr, next);
		Pairing moved = pairing(comparison, ElementKind.ACTIVITY, "AT1-1.1.5", true);
		assertEquals(List.of("AT1-1.3.5"), ids(moved.news()));
		assertEquals(List.of(Rule.SIMILARITY), moved.rules());
		assertEquals(List.of(Change.MOVED, Change.MODIFIED), moved.changes(), "another parent and another number");
		Pairing reworded = pairing(comparison, ElementKind.ACTIVITY, "AT1-1.2.1", true);
		assertEquals(List.of(Rule.IDENTIFIER), reworded.rules());
		assertEquals(List.of(Change.MODIFIED), reworded.changes());
		assertEquals(List.of(Change.UNCHANGED), pairing(comparison, ElementKind.ACTIVITY, "AT1-1.1.4", true).changes());
		assertEquals(2, comparison.pairings().stream().filter(Pairing::changed).count(),
				() -> comparison.pairings().stream().filter(Pairing::changed).toList().toString());
	}

	@Test
	void modalitiesArePairedByTheirOwnIdentifierOrTheirText() {
		String old = """
				référentiel V1 "Certification" {
				    compétence C1 "Conduire un projet" {
				    }
				    bloc B1 "Conduire un projet" {
				        compétences C1
				        modalité situation "Mise en situation professionnelle" {
				            durée "2 h"
				            description
				                | Le candidat conduit un projet réel devant le jury.
				        }
				        modalité entretien ET1 "Entretien technique"
				    }
				}
				""";
		String neu = """
				référentiel V2 "Certification" {
				    compétence C1 "Conduire un projet" {
				    }
				    bloc B1 "Conduire un projet" {
				        compétences C1
				        modalité situation "Mise en situation professionnelle" {
				            durée "3 h"
				            description
				                | Le candidat conduit un projet réel devant le jury.
				        }
				        modalité entretien ET1 "Échange avec les évaluateurs"
				    }
				}
				""";
		Comparison comparison = compare(old, neu);
		Pairing situation = pairing(comparison, ElementKind.MODALITY, "B1-MO1", false);
		assertEquals(List.of(Change.MODIFIED), situation.changes());
		assertEquals(List.of(Rule.SIMILARITY), situation.rules());
		assertTrue(situation.diff().contains(new WordDiff.Segment(Op.INSERT, "3")), situation.diff().toString());
		Pairing interview = pairing(comparison, ElementKind.MODALITY, "ET1", false);
		assertEquals(List.of(Rule.IDENTIFIER), interview.rules());
		assertEquals(List.of(Change.MODIFIED), interview.changes());
	}

	@Test
	void anAddedCompetenceHasNoCounterpart() {
		String text = once(nextVersion(), "    // ===== Fiche des compétences transversales", """
				    compétence CP10 "Accompagner les utilisateurs dans l'usage d'outils d'intelligence artificielle générative" {
				        numéro 10
				        critères de performance
				            - Les usages proposés respectent la politique de confidentialité de l'entreprise.
				    }

				    // ===== Fiche des compétences transversales""");
		text = text.replace("compétences CP1, CP2, CP3\n", "compétences CP1, CP2, CP3, CP10\n");
		Comparison comparison = compare(tai(), text);
		Pairing cp10 = pairing(comparison, ElementKind.COMPETENCE, "CP10", false);
		assertEquals(List.of(Change.ADDED), cp10.changes());
		assertEquals(List.of(), cp10.olds());
		assertEquals(List.of(Change.ADDED), pairing(comparison, ElementKind.CRITERION, "CP10-CR1", false).changes());
		assertEquals(2, comparison.counts().get(Change.ADDED));
	}
}
