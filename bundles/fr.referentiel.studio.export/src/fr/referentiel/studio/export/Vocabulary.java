/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.CriteriaTerm;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentialKind;

/**
 * The words every export prints for the parts of a referential: they follow the kind of
 * referential (a diploma is not a REAC: no « compétence professionnelle », no « CCP ») and, where
 * the file uses its own word (« indicateurs de performance »), the file. The one place that
 * decides labels: no exporter writes these words itself.
 */
public final class Vocabulary {

	private final Referential referential;
	private final boolean reac;

	private Vocabulary(Referential referential) {
		this.referential = referential;
		this.reac = referential.getKind() == ReferentialKind.REAC;
	}

	public static Vocabulary of(Referential referential) {
		return new Vocabulary(referential);
	}

	/** « Compétence professionnelle » in a REAC, « Compétence » elsewhere. */
	public String competence() {
		return reac ? "Compétence professionnelle" : "Compétence";
	}

	/** The heading of the part that holds the competence sheets. */
	public String competenceSheets() {
		return reac ? "Fiches compétences professionnelles" : "Compétences";
	}

	/** Plural, as a column header: « Compétences professionnelles », « Compétences ». */
	public String competences() {
		return reac ? "Compétences professionnelles" : "Compétences";
	}

	public String activityType(ActivityType activityType) {
		return activityType.isExtension() ? "Activité type d'extension" : "Activité type";
	}

	public String activityTypes() {
		return "Activités types";
	}

	public String activityTypeSheets() {
		return "Fiches activités types";
	}

	/** What the competence's criteria are called: the file's word, else the kind's. */
	public String criteria(Competence competence) {
		return competence.getCriteriaTerm() == CriteriaTerm.PERFORMANCE_INDICATORS ? "Indicateurs de performance"
				: "Critères de performance";
	}

	/**
	 * The criteria column of a table of competences: in a diploma, « Indicateurs de performance » as
	 * soon as one competence uses the word; elsewhere the word most competences with criteria use,
	 * « Critères de performance » on a tie.
	 */
	public String criteriaColumn() {
		long indicators = referential.getCompetences().stream()
				.filter(c -> c.getCriteriaTerm() == CriteriaTerm.PERFORMANCE_INDICATORS).count();
		long criteria = referential.getCompetences().stream().filter(c -> !c.getPerformanceCriteria().isEmpty())
				.filter(c -> c.getCriteriaTerm() != CriteriaTerm.PERFORMANCE_INDICATORS).count();
		return indicators > criteria || indicators > 0 && referential.getKind() == ReferentialKind.DIPLOMA
				? "Indicateurs de performance"
				: "Critères de performance";
	}

	public String subCompetences() {
		return "Compétences détaillées";
	}

	/** The knowledge column of the bloc table: « Savoirs associés » as the diplomas print it. */
	public String knowledgeColumn() {
		return referential.getKind() == ReferentialKind.DIPLOMA ? "Savoirs associés" : "Savoir-faire et savoirs";
	}

	/** « CCP » in a REAC (certificat de compétences professionnelles), « Bloc » elsewhere. */
	public String blockShort() {
		return reac ? "CCP" : "Bloc";
	}

	/** A section of the follow-up page: « CCP1 » as the REAC sites write it, « Bloc 1 » elsewhere. */
	public String blockNumbered(int number) {
		return reac ? "CCP" + number : "Bloc " + number;
	}

	public String blocks() {
		return "Blocs de compétences";
	}

	/** « Bloc de compétences n° 1 : title », or the identifier when the bloc has no number. */
	public String block(Block block) {
		String word = reac ? "CCP" : "Bloc de compétences";
		String lead = block.getNumber() > 0 ? word + " n° " + block.getNumber() : Referentials.nullToEmpty(block.getName());
		return lead + " : " + Referentials.nullToEmpty(block.getTitle());
	}

	public String blockConditions() {
		return "Conditions de réalisation et ressources nécessaires";
	}

	public String evaluationCriteria() {
		return "Critères d'évaluation";
	}
}
