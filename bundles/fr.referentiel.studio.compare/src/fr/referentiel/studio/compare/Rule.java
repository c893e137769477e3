/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

/** Why two elements were paired, in the order the rules are tried. */
public enum Rule {

	/** The new version says so: « correspond à » on a competence. */
	LINK("link", "lien « correspond à »"),
	/** The same identifier (CP3, AT1, CCP2) on both sides, or the same activity number. */
	IDENTIFIER("identifier", "même identifiant"),
	/** The same bloc code (RNCP40792BC01). */
	CODE("code", "même code"),
	/** Title and content share most of their words. */
	SIMILARITY("similarity", "similarité du texte");

	private final String id;
	private final String label;

	Rule(String id, String label) {
		this.id = id;
		this.label = label;
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}
}
