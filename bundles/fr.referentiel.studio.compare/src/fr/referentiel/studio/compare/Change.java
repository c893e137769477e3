/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

/** What happened to an element between the two versions; a pairing may have several (moved and modified). */
public enum Change {

	ADDED("added", "ajouté"),
	REMOVED("removed", "supprimé"),
	SPLIT("split", "scindé"),
	MERGED("merged", "fusionné"),
	MOVED("moved", "déplacé"),
	MODIFIED("modified", "modifié"),
	UNCHANGED("unchanged", "inchangé");

	private final String id;
	private final String label;

	Change(String id, String label) {
		this.id = id;
		this.label = label;
	}

	/** The name in the JSON output and for --fail-on. */
	public String id() {
		return id;
	}

	public String label() {
		return label;
	}
}
