/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.RelationKind;

/** References by identifier resolve within a file and across files; unknown ones are errors. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReferentielInjectorProvider.class)
class ReferencesTest {

	@Inject
	private ReferentielLoader loader;

	private static final String TAI_2018 = """
			référentiel TAI_2018 "Technicien d'assistance en informatique" {
			    code "TP-00476"
			    millésime "07"

			    compétence CP1 "Mettre en service un équipement numérique" {
			    }

			    compétence CP4 "Intervenir sur un réseau" {
			    }
			}
			""";

	private static final String TAI_2023 = """
			référentiel TAI_2023 "Technicien d'assistance en informatique" {
			    millésime "08"
			    remplace TAI_2018

			    activité type AT1 "Mettre en service des équipements numériques" {
			        compétences CP4
			    }

			    compétence CP4 "Installer, déployer et personnaliser un poste utilisateur" {
			        correspond à TAI_2018.CP1
			    }

			    bloc CCP1 "Mettre en service des équipements numériques" {
			        activité type AT1
			        compétences CP4
			    }
			}
			""";

	@Test
	void referencesResolveAcrossFilesOfOneFolder() {
		XtextResourceSet set = loader.newResourceSet();
		XtextResource previous = loader.load(set, "tai-2018.referentiel", TAI_2018);
		XtextResource current = loader.load(set, "tai-2023.referentiel", TAI_2023);
		EcoreUtil.resolveAll(set);
		loader.assertNoErrors(current);
		Referential tai2018 = (Referential) previous.getContents().get(0);
		Referential tai2023 = (Referential) current.getContents().get(0);
		assertEquals(RelationKind.PREVIOUS_VERSION, tai2023.getRelations().get(0).getKind());
		assertSame(tai2018, tai2023.getRelations().get(0).getReferential());
		assertSame(tai2018.getCompetences().get(0), tai2023.getCompetences().get(0).getCorrespondsTo().get(0));
		ActivityType at1 = tai2023.getActivityTypes().get(0);
		Block block = tai2023.getBlocks().get(0);
		assertSame(at1, block.getActivityTypes().get(0));
		assertSame(tai2023.getCompetences().get(0), at1.getCompetences().get(0));
	}

	@Test
	void referencesSurviveReordering() {
		// The block comes first and refers to elements declared further down.
		String reordered = """
				référentiel R "R" {
				    bloc BC01 "Bloc" {
				        code "RNCP35340BC01"
				        activité type AT1
				        compétences CP9
				    }
				    compétence CP9 "Intervenir sur un annuaire Active Directory" {
				    }
				    activité type AT1 "Intervenir sur les éléments de l'infrastructure" {
				        compétences CP9
				    }
				}
				""";
		Referential r = loader.parse("r.referentiel", reordered);
		assertSame(r.getCompetences().get(0), r.getBlocks().get(0).getCompetences().get(0));
		assertSame(r.getActivityTypes().get(0), r.getBlocks().get(0).getActivityTypes().get(0));
	}

	@Test
	void unknownCompetenceIsAnErrorAtItsLineWithAFrenchMessage() {
		String text = """
				référentiel R "R" {
				    activité type AT1 "Assister ou dépanner les utilisateurs" {
				        numéro 1
				        compétences CP1, CP12
				    }
				    compétence CP1 "Traiter un incident" {
				    }
				}
				""";
		XtextResource resource = loader.load(loader.newResourceSet(), "r.referentiel", text);
		List<Issue> errors = loader.validate(resource).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(1, errors.size(), errors.toString());
		Issue error = errors.get(0);
		assertEquals(Diagnostic.LINKING_DIAGNOSTIC, error.getCode());
		assertEquals(4, error.getLineNumber());
		assertEquals(26, error.getColumn());
		assertEquals(4, error.getLength());
		assertTrue(error.getMessage().contains("aucune compétence professionnelle n'a l'identifiant « CP12 »"), error.getMessage());
	}

	@Test
	void unknownPreviousVersionNamesTheMissingFile() {
		String text = """
				référentiel R "R" {
				    remplace TAI_2018
				}
				""";
		XtextResource resource = loader.load(loader.newResourceSet(), "r.referentiel", text);
		Issue error = loader.validate(resource).get(0);
		assertEquals(2, error.getLineNumber());
		assertTrue(error.getMessage().startsWith("Référence inconnue : aucun référentiel n'a l'identifiant « TAI_2018 »."),
				error.getMessage());
	}

	@Test
	void transversalCompetenceIsNotAProfessionalOne() {
		String text = """
				référentiel R "R" {
				    activité type AT1 "A" {
				        compétences CT1
				    }
				    compétence transversale CT1 "Communiquer" {
				    }
				}
				""";
		XtextResource resource = loader.load(loader.newResourceSet(), "r.referentiel", text);
		Issue error = loader.validate(resource).get(0);
		assertEquals(3, error.getLineNumber());
		assertTrue(error.getMessage().contains("aucune compétence professionnelle"), error.getMessage());
	}
}
