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
import static fr.referentiel.studio.compare.tests.Versions.tai;
import static fr.referentiel.studio.compare.tests.Versions.without;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.referentiel.studio.compare.BlocCorrespondence;
import fr.referentiel.studio.compare.BlocCorrespondence.Kind;
import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.ElementKind;
import fr.referentiel.studio.compare.Rule;

/**
 * The tableau de correspondance derived from the competences: total when every competence of the
 * old bloc is found in the new one, partial otherwise with those that are not.
 */
class BlocTableTest {

	/** « CCP1 → CCP2 : partielle (sans CP1, CP2) » for each row, to compare whole tables at once. */
	private static List<String> rows(Comparison comparison) {
		return comparison.blocs().stream().map(BlocTableTest::row).toList();
	}

	private static String row(BlocCorrespondence r) {
		return (r.oldBloc() == null ? "—" : r.oldBloc().id()) + " → " + (r.newBloc() == null ? "—" : r.newBloc().id()) + " : "
				+ r.kind().label() + (r.missing().isEmpty() ? "" : " sans " + String.join(", ", ids(r.missing())))
				+ (r.extra().isEmpty() ? "" : " avec " + String.join(", ", ids(r.extra())));
	}

	@Test
	void theSameBlocsCorrespondTotally() {
		Comparison comparison = compare(tai(), nextVersion());
		assertEquals(List.of("CCP1 → CCP1 : totale", "CCP2 → CCP2 : totale", "CCP3 → CCP3 : totale"), rows(comparison));
		assertEquals(List.of(Rule.IDENTIFIER), comparison.blocs().get(0).basis());
	}

	@Test
	void aCompetenceMovedToAnotherBlocMakesTwoPartialCorrespondences() {
		String moved = nextVersion().replace("compétences CP1, CP2, CP3\n", "compétences CP1, CP2\n")
				.replace("compétences CP4, CP5, CP6\n", "compétences CP3, CP4, CP5, CP6\n");
		assertEquals(List.of("CCP1 → CCP1 : partielle sans CP3", "CCP1 → CCP2 : partielle sans CP1, CP2 avec CP4, CP5, CP6",
				"CCP2 → CCP2 : totale avec CP3", "CCP3 → CCP3 : totale"), rows(compare(tai(), moved)));
	}

	@Test
	void aRemovedCompetenceMakesItsBlocPartial() {
		String text = nextVersion();
		text = without(text, competence(text, "CP9")).replace("compétences CP7, CP8, CP9\n", "compétences CP7, CP8\n");
		assertEquals("CCP3 → CCP3 : partielle sans CP9", rows(compare(tai(), text)).get(2));
	}

	@Test
	void aBlocWhoseCompetencesAllWentHasNoCorrespondenceAndANewBlocNoPredecessor() {
		String text = nextVersion();
		for (String cp : List.of("CP7", "CP8", "CP9")) {
			text = without(text, competence(text, cp));
		}
		text = once(text, "        compétences CP7, CP8, CP9\n    }\n\n    // =====", "    }\n\n    // =====");
		text = once(text, "    bloc CCP3 \"Intervenir sur les éléments de l'infrastructure\" {\n        activité type AT3\n"
				+ "        compétences CP7, CP8, CP9\n    }\n", """
				    bloc CCP4 "Accompagner les usages numériques" {
				        activité type AT3
				        compétences CP10
				    }
				""");
		text = once(text, "    // ===== Fiche des compétences transversales", """
				    compétence CP10 "Accompagner les usages numériques des utilisateurs" {
				        numéro 10
				        critères de performance
				            - Les usages sont accompagnés.
				    }

				    // ===== Fiche des compétences transversales""");
		text = once(text, "    activité type AT3 \"Intervenir sur les éléments de l'infrastructure\" {\n",
				"    activité type AT3 \"Intervenir sur les éléments de l'infrastructure\" {\n        compétences CP10\n");
		List<String> rows = rows(compare(tai(), text));
		assertEquals(List.of("CCP3 → — : aucune sans CP7, CP8, CP9", "— → CCP4 : nouveau bloc avec CP10"), rows.subList(2, 4));
	}

	/**
	 * What the BTS SIO did from RNCP35340 to RNCP40792: the blocs of the two options swapped their
	 * numbers, a competence moved to the other bloc under another number, and every sheet gained
	 * detailed sub-competences. The identifiers mislead; the titles do not.
	 */
	@Test
	void blocsThatSwappedTheirNumbersCorrespondByTheirCompetences() {
		String old = """
				référentiel BTS_A "Services informatiques aux organisations" {
				    type diplôme
				    compétence C3_1 "Protéger les données à caractère personnel" {
				    }
				    compétence C3_2 "Préserver l'identité numérique de l'organisation" {
				    }
				    compétence C4_1 "Concevoir et développer une solution applicative" {
				    }
				    compétence C4_2 "Assurer la maintenance corrective ou évolutive d'une solution applicative" {
				    }
				    compétence C4_3 "Gérer les données" {
				    }
				    bloc BC03 "Cybersécurité des services informatiques (option A)" {
				        code "RNCP35340BC03"
				        compétences C3_1, C3_2
				    }
				    bloc BC04 "Conception et développement d'applications (option B)" {
				        code "RNCP35340BC04"
				        compétences C4_1, C4_2, C4_3
				    }
				}
				""";
		String neu = """
				référentiel BTS_B "Services informatiques aux organisations" {
				    type diplôme
				    remplace BTS_A
				    compétence C3_1 "Concevoir et développer une solution applicative" {
				        compétences détaillées
				            - Analyser un besoin exprimé et son contexte juridique
				            - Participer à la conception de l'architecture d'une solution applicative
				    }
				    compétence C3_2 "Assurer la maintenance corrective ou évolutive d'une solution applicative" {
				        compétences détaillées
				            - Recueillir, analyser et mettre à jour les informations sur une version d'une solution applicative
				    }
				    compétence C3_3 "Gérer les données" {
				        compétences détaillées
				            - Exploiter des données à l'aide d'un langage de requêtes
				    }
				    compétence C4_1 "Protéger les données à caractère personnel" {
				        compétences détaillées
				            - Recenser les traitements sur les données à caractère personnel au sein de l'organisation
				    }
				    compétence C4_2 "Préserver l'identité numérique de l'organisation" {
				        compétences détaillées
				            - Protéger l'identité numérique d'une organisation
				    }
				    bloc BC03 "Conception et développement d'applications (option B)" {
				        code "RNCP40792BC03"
				        compétences C3_1, C3_2, C3_3
				    }
				    bloc BC04 "Cybersécurité des services informatiques (option A)" {
				        code "RNCP40792BC04"
				        compétences C4_1, C4_2
				    }
				}
				""";
		Comparison comparison = compare(old, neu);
		assertEquals(List.of("BC03 → BC04 : totale", "BC04 → BC03 : totale"), rows(comparison));
		assertEquals(List.of("C3_3"), ids(Versions.pairing(comparison, ElementKind.COMPETENCE, "C4_3", true).news()));
		assertEquals(List.of(Rule.SIMILARITY), comparison.blocs().get(0).basis());
	}

	@Test
	void aBlocWithoutCompetencesCorrespondsThroughItsOwnPairing() {
		String old = """
				référentiel V1 "Certification" {
				    bloc B1 "Conduire un projet" {
				        modalité situation "Mise en situation"
				    }
				}
				""";
		String neu = """
				référentiel V2 "Certification" {
				    bloc B7 "Conduire un projet" {
				        modalité situation "Mise en situation"
				    }
				}
				""";
		Comparison comparison = compare(old, neu);
		BlocCorrespondence row = comparison.blocs().get(0);
		assertEquals(Kind.TOTAL, row.kind());
		assertEquals(List.of(Rule.SIMILARITY), row.basis());
		assertEquals(false, row.byCompetences());
	}

	@Test
	void aBlocThatSaysItCorrespondsPartlyIsPartialAlthoughEveryCompetenceIsFound() {
		String text = once(nextVersion(), "        activité type AT1\n        compétences CP1, CP2, CP3\n",
				"        activité type AT1\n        compétences CP1, CP2, CP3\n        correspond partiellement à TAI_2023.CCP1\n");
		Comparison comparison = compare(tai(), text);
		assertEquals(List.of("CCP1 → CCP1 : partielle", "CCP2 → CCP2 : totale", "CCP3 → CCP3 : totale"), rows(comparison));
		BlocCorrespondence first = comparison.blocs().get(0);
		assertEquals(true, first.declared());
		assertEquals(false, comparison.blocs().get(1).declared());
	}

	@Test
	void aBlocThatNamesItsPredecessorsHasNoOther() {
		// CP3 moved to CCP2: derived, CCP1 → CCP2 too; CCP2 says it takes over CCP2 only.
		String moved = nextVersion().replace("compétences CP1, CP2, CP3\n", "compétences CP1, CP2\n")
				.replace("compétences CP4, CP5, CP6\n", "compétences CP3, CP4, CP5, CP6\n");
		moved = once(moved, "        activité type AT2\n        compétences CP3, CP4, CP5, CP6\n",
				"        activité type AT2\n        compétences CP3, CP4, CP5, CP6\n        correspond à TAI_2023.CCP2\n");
		assertEquals(List.of("CCP1 → CCP1 : partielle sans CP3", "CCP2 → CCP2 : totale avec CP3", "CCP3 → CCP3 : totale"),
				rows(compare(tai(), moved)));
	}

	@Test
	void aDeclaredCorrespondenceWithoutSharedCompetencesStillHasItsRow() {
		String text = once(nextVersion(), "        activité type AT3\n        compétences CP7, CP8, CP9\n",
				"        activité type AT3\n        compétences CP7, CP8, CP9\n        correspond totalement à TAI_2023.CCP3, TAI_2023.CCP1\n");
		Comparison comparison = compare(tai(), text);
		assertEquals(List.of("CCP1 → CCP1 : totale", "CCP1 → CCP3 : totale sans CP1, CP2, CP3 avec CP7, CP8, CP9",
				"CCP2 → CCP2 : totale", "CCP3 → CCP3 : totale"), rows(comparison));
		assertEquals(true, comparison.blocs().get(1).declared(), "the designer's word, not the competences'");
	}
}
