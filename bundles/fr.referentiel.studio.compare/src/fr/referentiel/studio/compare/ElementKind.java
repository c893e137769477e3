/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

/**
 * The kinds of element that a comparison pairs, in the order they are paired: parents before
 * their children, so that a child's pairing can prefer the counterpart of its own parent.
 *
 * @param named whether its identifier is the author's (AT1, CP3, CCP1) rather than a rank in a list
 *              (CP1-CR2), which says nothing across versions
 */
public enum ElementKind {

	ACTIVITY_TYPE("activityType", "Activité type", "Activités types", true),
	ACTIVITY("activity", "Activité", "Activités", true),
	COMPETENCE("competence", "Compétence professionnelle", "Compétences professionnelles", true),
	TRANSVERSAL_COMPETENCE("transversalCompetence", "Compétence transversale", "Compétences transversales", true),
	BLOC("bloc", "Bloc de compétences", "Blocs de compétences", true),
	CRITERION("criterion", "Critère", "Critères", false),
	KNOWLEDGE("knowledge", "Savoir-faire ou savoir", "Savoir-faire et savoirs", false),
	MODALITY("modality", "Modalité d'évaluation", "Modalités d'évaluation", false);

	private final String id;
	private final String label;
	private final String plural;
	private final boolean named;

	ElementKind(String id, String label, String plural, boolean named) {
		this.id = id;
		this.label = label;
		this.plural = plural;
		this.named = named;
	}

	/** The name in the JSON output and for --fail-on (see docs/compare.schema.json). */
	public String id() {
		return id;
	}

	/** The French name printed in the tables. */
	public String label() {
		return label;
	}

	/** The heading of their section in the change report. */
	public String plural() {
		return plural;
	}

	public boolean named() {
		return named;
	}
}
