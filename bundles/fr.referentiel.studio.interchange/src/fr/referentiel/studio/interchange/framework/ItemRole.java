/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.framework;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an element of another system's competency framework becomes in a referential. The French
 * names are the ones a user types in a mapping ({@code --types "Standard=compétence"}); the codes
 * are those of the CASE item types Référentiel Studio's own export declares, so that its files come
 * back to what they were without any mapping.
 */
public enum ItemRole {

	ACTIVITY_TYPE("activité type", "activite-type"),
	ACTIVITY("activité", "activite"),
	COMPETENCE("compétence", "competence", "compétence professionnelle"),
	TRANSVERSAL_COMPETENCE("compétence transversale", "competence-transversale"),
	DETAIL("compétence détaillée", "competence-detaillee"),
	PERFORMANCE_CRITERION("critère de performance", "critere-performance", "critère"),
	PERFORMANCE_INDICATOR("indicateur de performance", "indicateur-performance", "indicateur"),
	SKILL("savoir-faire", "savoir-faire"),
	KNOWLEDGE("savoir", "savoir"),
	MIXED_KNOWLEDGE("savoir-faire ou savoir", "savoir-faire-ou-savoir"),
	EVALUATION_CRITERION("critère d'évaluation", "critere-evaluation"),
	BLOC("bloc", "bloc", "bloc de compétences");

	private final String label;
	private final List<String> names;

	ItemRole(String label, String... names) {
		this.label = label;
		this.names = List.of(names);
	}

	/** The French name, as messages and the documentation give it. */
	public String label() {
		return label;
	}

	/** The role a user's word names: its French name, with or without accents and case, or its CASE code. */
	public static Optional<ItemRole> named(String word) {
		String key = key(word);
		for (ItemRole role : values()) {
			if (key(role.label).equals(key) || role.names.stream().anyMatch(n -> key(n).equals(key))) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

	/** The French names of all roles, for a message that lists what can be written. */
	public static String labels() {
		StringBuilder out = new StringBuilder();
		for (ItemRole role : values()) {
			out.append(out.isEmpty() ? "" : ", ").append("« ").append(role.label).append(" »");
		}
		return out.toString();
	}

	/** Leaves of a competence: they hold one text, never children of their own. */
	boolean underCompetence() {
		return this == DETAIL || this == PERFORMANCE_CRITERION || this == PERFORMANCE_INDICATOR || this == SKILL || this == KNOWLEDGE
				|| this == MIXED_KNOWLEDGE;
	}

	private static String key(String word) {
		String bare = Normalizer.normalize(word.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return bare.toLowerCase(Locale.ROOT).replaceAll("[\\s_'’-]+", " ");
	}
}
