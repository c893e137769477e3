/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.referentiel.studio.export.IdentityField;
import fr.referentiel.studio.export.KnowledgeSection;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Referential;

/** The shared reading of the model that every format relies on. */
class ReferentialsTest {

	@Test
	void competencesOfAnActivityTypeIncludeThoseOfItsActivities() {
		Referential asr = ExampleModels.load(ExampleModels.ASR);
		List<String> names = Referentials.competences(asr, asr.getActivityTypes().get(0)).stream()
				.map(Competence::getName).toList();
		assertEquals(List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12", "C13", "C14",
				"C15", "C16"), names);
		assertEquals("Activité 1.3",
				Referentials.label(asr, Referentials.owners(asr).get(asr.getCompetences().get(11))));
	}

	@Test
	void knowledgeComesInTheOrderOfAReacSheet() {
		Referential tai = ExampleModels.load(ExampleModels.TAI);
		List<KnowledgeSection> sections = Referentials.knowledge(tai.getCompetences().get(0));
		// One mixed list under the REAC's own heading, as printed; no category, nothing re-sorted.
		assertEquals(List.of("Savoir-faire techniques, savoir-faire organisationnels, savoir-faire relationnels, savoirs"), sections.stream().map(KnowledgeSection::heading).toList());
		assertEquals(null, sections.get(0).category());
		assertEquals(List.of(16), sections.stream().map(s -> s.items().size()).toList());
		assertEquals(16, Referentials.knowledgeItems(tai.getCompetences().get(0)).size());
	}

	@Test
	void identityHoldsTheCoverOfTheReac() {
		Referential tai = ExampleModels.load(ExampleModels.TAI);
		List<IdentityField> identity = Referentials.identity(tai);
		assertEquals(List.of("Intitulé", "Sigle", "Type de document", "Code", "Niveau", "Millésime",
				"Date de validation", "Date de mise à jour", "Certificateur", "Code NSF", "Code ROME"),
				identity.stream().map(IdentityField::label).toList());
		assertEquals(new IdentityField("Code ROME", "I1401 – Maintenance informatique et bureautique"), identity.get(10));
	}
}
