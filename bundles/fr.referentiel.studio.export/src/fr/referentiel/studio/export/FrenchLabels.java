/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import fr.referentiel.studio.model.ClassificationSystem;
import fr.referentiel.studio.model.KnowledgeCategory;
import fr.referentiel.studio.model.ModalityKind;
import fr.referentiel.studio.model.ReferentialKind;
import fr.referentiel.studio.model.RelationKind;

/** The words of the official documents for the values of the metamodel's enumerations. */
public final class FrenchLabels {

	private FrenchLabels() {
	}

	/** The heading of a REAC competence sheet for the category, e.g. « Savoir-faire techniques ». */
	public static String of(KnowledgeCategory category) {
		return switch (category) {
			case TECHNICAL_SKILLS -> "Savoir-faire techniques";
			case ORGANISATIONAL_SKILLS -> "Savoir-faire organisationnels";
			case RELATIONAL_SKILLS -> "Savoir-faire relationnels";
			case KNOWLEDGE -> "Savoirs";
		};
	}

	/** As printed before a modality in the RNCP table, e.g. « Mise en situation professionnelle ». */
	public static String of(ModalityKind kind) {
		return switch (kind) {
			case PROFESSIONAL_SITUATION -> "Mise en situation professionnelle";
			case DELIVERABLE -> "Livrable";
			case INTERVIEW -> "Entretien";
			case QUESTIONNAIRE -> "Questionnaire";
			case WRITTEN_TEST -> "Épreuve écrite";
			case CONTINUOUS_ASSESSMENT -> "Contrôle en cours de formation";
			case OTHER -> "Autre modalité";
		};
	}

	public static String of(ReferentialKind kind) {
		return switch (kind) {
			case REAC -> "Référentiel emploi activités compétences (REAC)";
			case RNCP -> "Référentiels d'une certification enregistrée au RNCP";
			case DIPLOMA -> "Référentiel de diplôme";
			case OTHER -> "Autre référentiel";
		};
	}

	public static String of(ClassificationSystem system) {
		return switch (system) {
			case NSF -> "Code NSF";
			case ROME -> "Code ROME";
			case FORMACODE -> "Formacode";
		};
	}

	public static String of(RelationKind kind) {
		return switch (kind) {
			case PREVIOUS_VERSION -> "Remplace";
			case NEXT_VERSION -> "Remplacé par";
			case EQUIVALENCE -> "Équivalence";
		};
	}
}
