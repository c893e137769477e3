/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.ClassificationSystem;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.EvaluationModality;
import fr.referentiel.studio.model.KnowledgeGroup;
import fr.referentiel.studio.model.KnowledgeItem;
import fr.referentiel.studio.model.ModalityKind;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentialKind;

/**
 * The two shipped examples parse without error into the content of their source documents:
 * the REAC TAI 2023 (seed reac-tai-2023.txt) and the RNCP "Référentiels" table (seed
 * rncp-referentiels-table.txt).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReferentielInjectorProvider.class)
class ExamplesTest {

	@Inject
	private ReferentielLoader loader;

	private Referential load(String fileName) {
		XtextResource resource = loader.load(loader.newResourceSet(), fileName, TestFiles.example(fileName));
		loader.assertNoErrors(resource);
		return (Referential) resource.getContents().get(0);
	}

	@Test
	void taiIdentityIsTheReacCover() {
		Referential tai = load("tai-2023.referentiel");
		assertEquals("TAI_2023", tai.getName());
		assertEquals("Technicien d'assistance en informatique", tai.getTitle());
		assertEquals("TAI", tai.getAcronym());
		assertEquals(ReferentialKind.REAC, tai.getKind());
		assertEquals("TP-00476", tai.getCode());
		assertEquals(4, tai.getLevel());
		assertEquals("08", tai.getVersion());
		assertEquals("24/05/2023", tai.getValidationDate());
		assertEquals("24/05/2023", tai.getUpdateDate());
		assertEquals("326r", tai.getClassifications().stream()
				.filter(c -> c.getSystem() == ClassificationSystem.NSF).findFirst().orElseThrow().getCode());
		assertEquals("I1401", tai.getClassifications().stream()
				.filter(c -> c.getSystem() == ClassificationSystem.ROME).findFirst().orElseThrow().getCode());
	}

	@Test
	void taiSynopticViewThreeActivityTypesNineCompetences() {
		Referential tai = load("tai-2023.referentiel");
		assertEquals(List.of("AT1", "AT2", "AT3"), names(tai.getActivityTypes(), ActivityType::getName));
		assertEquals(List.of(1, 2, 3), names(tai.getActivityTypes(), ActivityType::getNumber));
		assertEquals(9, tai.getCompetences().size());
		assertEquals(List.of("CP1", "CP2", "CP3"), names(at(tai, "AT1").getCompetences(), Competence::getName));
		assertEquals(List.of("CP4", "CP5", "CP6"), names(at(tai, "AT2").getCompetences(), Competence::getName));
		assertEquals(List.of("CP7", "CP8", "CP9"), names(at(tai, "AT3").getCompetences(), Competence::getName));
		assertEquals("Intervenir sur un annuaire Active Directory", cp(tai, "CP9").getTitle());
		assertEquals(9, cp(tai, "CP9").getNumber());
		assertEquals(List.of("Communiquer", "Apprendre en continu"),
				names(tai.getTransversalCompetences(), Competence::getTitle));
		assertEquals(List.of("CT1", "CT2"), names(at(tai, "AT3").getTransversalCompetences(), Competence::getName));
		assertEquals(3, tai.getBlocks().size());
		assertEquals(List.of("AT2"), names(tai.getBlocks().get(1).getActivityTypes(), ActivityType::getName));
	}

	@Test
	void taiCompetenceSheetsHoldEveryCriterionAndKnowledgeItem() {
		Referential tai = load("tai-2023.referentiel");
		// Performance criteria counted in the REAC, CP1..CP9.
		assertEquals(List.of(7, 5, 4, 6, 5, 5, 5, 6, 5),
				names(tai.getCompetences(), c -> c.getPerformanceCriteria().size()));
		ProfessionalCompetence cp1 = cp(tai, "CP1");
		assertTrue(texts(cp1.getPerformanceCriteria()).contains("La recette est faite avec l'utilisateur."));
		assertEquals("Le système de gestion du parc informatique est mis à jour.",
				cp1.getPerformanceCriteria().get(6).getText());
		assertEquals(16, knowledgeCount(cp1));
		// The REAC gives one mixed list under one heading: kept as it is, with no category, in its order.
		assertEquals(1, cp1.getKnowledge().size());
		assertFalse(cp1.getKnowledge().get(0).isSetCategory());
		assertEquals("Savoir-faire techniques, savoir-faire organisationnels, savoir-faire relationnels, savoirs", cp1.getKnowledge().get(0).getHeading());
		List<String> items = cp1.getKnowledge().get(0).getItems().stream().map(KnowledgeItem::getText).toList();
		assertEquals(List.of("Connaissance de l'organisation d'un centre de services.",
				"Connaissance de la démarche ITIL et des bonnes pratiques d'un centre de services."), items.subList(14, 16));
		assertEquals("Appliquer les techniques d'écoute active.", items.get(8));
		assertTrue(items(cp(tai, "CP4")).contains("Partitionner un disque."));
		assertTrue(cp1.getDescription().get(0).startsWith("A partir d'une demande d'intervention, créer un ticket"));
		assertTrue(cp1.getContext().get(0).startsWith("Cette compétence s'inscrit dans le processus de gestion"));
		assertEquals(2, tai.getTransversalCompetences().get(1).getPerformanceCriteria().size());
	}

	@Test
	void taiGlossaryHasTechnicalAndReacTerms() {
		Referential tai = load("tai-2023.referentiel");
		List<String> terms = names(tai.getGlossary(), g -> g.getTerm());
		assertTrue(terms.containsAll(List.of("ANSSI", "ITIL", "RGPD", "Activité type", "Savoir-faire technique")), terms.toString());
		assertTrue(tai.getGlossary().get(terms.indexOf("ITIL")).getDefinition().get(0).contains("Information Technology Infrastructure Library"));
	}

	@Test
	void rncpTableActivitiesNumberedUnderTheirParents() {
		Referential asr = load("asr-rncp.referentiel");
		assertEquals(ReferentialKind.RNCP, asr.getKind());
		assertEquals(5, asr.getActivityTypes().size());
		ActivityType at1 = at(asr, "AT1");
		assertEquals("Déployer les matériels, les systèmes et le réseau", at1.getTitle());
		assertEquals(List.of("1.1", "1.2", "1.3", "1.4"), names(at1.getActivities(), Activity::getNumber));
		Activity group13 = at1.getActivities().get(2);
		assertEquals(List.of("1.3.1", "1.3.2", "1.3.3", "1.3.4"), names(group13.getActivities(), Activity::getNumber));
		assertEquals("Installation et configuration des bornes d'accès sans-fil", group13.getActivities().get(3).getTitle());
		assertEquals(55, asr.getCompetences().size());
	}

	@Test
	void rncpTableRowsCarryCompetencesModalitiesAndCriteria() {
		Referential asr = load("asr-rncp.referentiel");
		Activity group11 = at(asr, "AT1").getActivities().get(0);
		assertEquals(List.of("C1", "C2", "C3", "C4", "C5", "C6"), names(group11.getCompetences(), Competence::getName));
		assertTrue(group11.getCompetences().get(5).getTitle().startsWith("Intégrer la flotte des équipements mobiles"));
		assertEquals(List.of(ModalityKind.PROFESSIONAL_SITUATION, ModalityKind.DELIVERABLE),
				names(group11.getModalities(), EvaluationModality::getKind));
		assertEquals(List.of("Procédures d'installation", "Plan de déploiement", "Plan de recette"),
				texts(group11.getModalities().get(1).getDeliverables()));
		assertEquals(6, group11.getEvaluationCriteria().size());
		assertEquals("Les serveurs sont intégrés dans l'annuaire de l'entreprise.",
				group11.getEvaluationCriteria().get(3).getText());
		// A criterion cut by a page break in the source, joined in the example.
		Activity group13 = at(asr, "AT1").getActivities().get(2);
		assertTrue(texts(group13.getEvaluationCriteria()).contains(
				"La fiche d'intervention correctement renseignée et rendue dans un délai conforme aux procédures fournies."));
		Activity group51 = at(asr, "AT5").getActivities().get(0);
		assertEquals("Diagnostic et résolution des incidents techniques de niveau 1 & 2", group51.getTitle());
	}

	// --- helpers

	private static <T, R> List<R> names(List<T> elements, Function<T, R> f) {
		return elements.stream().map(f).toList();
	}

	private static List<String> texts(List<?> entries) {
		return entries.stream().map(e -> switch (e) {
			case Criterion c -> c.getText();
			case KnowledgeItem k -> k.getText();
			case fr.referentiel.studio.model.Deliverable d -> d.getText();
			default -> throw new IllegalArgumentException(String.valueOf(e));
		}).toList();
	}

	private static ActivityType at(Referential r, String name) {
		return r.getActivityTypes().stream().filter(a -> name.equals(a.getName())).findFirst().orElseThrow();
	}

	private static ProfessionalCompetence cp(Referential r, String name) {
		return r.getCompetences().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
	}

	private static int knowledgeCount(Competence c) {
		return c.getKnowledge().stream().mapToInt(g -> g.getItems().size()).sum();
	}

	private static List<String> items(Competence c) {
		return c.getKnowledge().stream()
				.flatMap((KnowledgeGroup g) -> g.getItems().stream()).map(KnowledgeItem::getText).toList();
	}
}
