/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

/** The formatter gives one canonical layout, formatting twice changes nothing, and formatting changes no content. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReferentielInjectorProvider.class)
class FormatterTest {

	@Inject
	private ReferentielLoader loader;

	@Inject
	private Formatting formatting;

	private String format(String text) {
		XtextResource resource = loader.load(loader.newResourceSet(), "a.referentiel", text);
		return formatting.format(resource);
	}

	/** {@code messy} formats to {@code expected}, and formatting that again changes nothing. */
	private void assertFormatsTo(String expected, String messy) {
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected), "formatting twice changes nothing");
	}

	@Test
	void messyTextGetsTheCanonicalLayout() {
		String messy = """
				référentiel   TAI_2023 "Technicien d'assistance en informatique" { sigle "TAI" type REAC
				code "TP-00476" niveau 4
				 activité type AT1 "Assister ou dépanner les utilisateurs" { numéro 1 description
				| Dans le respect des procédures de l'entreprise, le technicien réceptionne les sollicitations.
				compétences CP1 ,CP2 }
				compétence CP1 "Traiter un incident" { critères de performance - La demande d'intervention est prise en compte.
				- Le dossier d'incident est créé et qualifié.
				savoir-faire techniques
				      - Utiliser une base de connaissance.
				savoirs - Connaissance de l'organisation d'un centre de services.
				}
				compétence CP2 "Assister à l'utilisation des ressources collaboratives et bureautiques" {}
				glossaire { terme "ITIL" | Information Technology Infrastructure Library.
				} }""";
		String expected = """
				référentiel TAI_2023 "Technicien d'assistance en informatique" {
				    sigle "TAI"
				    type REAC
				    code "TP-00476"
				    niveau 4

				    activité type AT1 "Assister ou dépanner les utilisateurs" {
				        numéro 1
				        description
				            | Dans le respect des procédures de l'entreprise, le technicien réceptionne les sollicitations.
				        compétences CP1, CP2
				    }

				    compétence CP1 "Traiter un incident" {
				        critères de performance
				            - La demande d'intervention est prise en compte.
				            - Le dossier d'incident est créé et qualifié.
				        savoir-faire techniques
				            - Utiliser une base de connaissance.
				        savoirs
				            - Connaissance de l'organisation d'un centre de services.
				    }

				    compétence CP2 "Assister à l'utilisation des ressources collaboratives et bureautiques" {
				    }

				    glossaire {
				        terme "ITIL"
				            | Information Technology Infrastructure Library.
				    }
				}
				""";
		assertFormatsTo(expected, messy);
	}

	@Test
	void indicatorsOpenTheirClauseOnALineOfTheirOwn() {
		// « indicateurs » is an enum value, not a keyword: written after a prose line, it became part of it.
		String messy = """
				référentiel BTS "BTS" { compétence C1 "Gérer" { description
				| Une description.
				indicateurs de performance - Le patrimoine est recensé.
				} compétence C2 "Répondre" { indicateurs de performance - La demande est traitée.
				} }
				""";
		String expected = """
				référentiel BTS "BTS" {
				    compétence C1 "Gérer" {
				        description
				            | Une description.
				        indicateurs de performance
				            - Le patrimoine est recensé.
				    }

				    compétence C2 "Répondre" {
				        indicateurs de performance
				            - La demande est traitée.
				    }
				}
				""";
		assertFormatsTo(expected, messy);
	}

	@Test
	void nestedActivitiesAndModalitiesAreIndentedByLevel() {
		String messy = """
				référentiel ASR "Systèmes et réseaux" { type RNCP activité type AT1 "Déployer" { numéro 1
				activité 1.1 "Déploiement des matériels" { compétences C1 activité 1.1.1 "Tests des nouveaux matériels"
				modalité livrable "Dossier de validation" { livrables - Plan de déploiement
				- Plan de recette
				} critères d'évaluation - Les délais de déploiement sont respectés.
				} }
				compétence C1 "Vérifier le bon fonctionnement des matériels." { numéro 1 } }
				""";
		String expected = """
				référentiel ASR "Systèmes et réseaux" {
				    type RNCP

				    activité type AT1 "Déployer" {
				        numéro 1
				        activité 1.1 "Déploiement des matériels" {
				            compétences C1
				            activité 1.1.1 "Tests des nouveaux matériels"
				            modalité livrable "Dossier de validation" {
				                livrables
				                    - Plan de déploiement
				                    - Plan de recette
				            }
				            critères d'évaluation
				                - Les délais de déploiement sont respectés.
				        }
				    }

				    compétence C1 "Vérifier le bon fonctionnement des matériels." {
				        numéro 1
				    }
				}
				""";
		assertFormatsTo(expected, messy);
	}

	@ParameterizedTest
	@ValueSource(strings = { "tai-2023.referentiel", "asr-rncp.referentiel" })
	void shippedExamplesAreInCanonicalLayout(String example) {
		String text = TestFiles.example(example);
		assertEquals(text, format(text), example + " is not in the formatter's layout");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tai-2023.referentiel", "asr-rncp.referentiel" })
	void formattingIsIdempotentAndKeepsTheModel(String example) {
		String text = TestFiles.example(example).replace("\n    ", "\n  ").replace("\n\n", "\n");
		String once = format(text);
		assertEquals(once, format(once));
		assertTrue(EcoreUtil.equals(loader.parse("a.referentiel", text), loader.parse("b.referentiel", once)));
		assertTrue(once.contains("//"), "comments are kept");
	}
}
