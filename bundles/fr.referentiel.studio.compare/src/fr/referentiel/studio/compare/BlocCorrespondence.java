/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare;

import java.util.List;

/**
 * One row of the tableau de correspondance: an old bloc and a new bloc that takes over some of its
 * competences. The correspondence is total when every competence of the old bloc has a counterpart
 * in the new one, partial otherwise; {@code missing} names those that make it partial. An old bloc
 * that no new bloc takes over has a row with no new bloc, and a new bloc that takes over no old one
 * a row with no old bloc.
 *
 * @param oldBloc null for a new bloc without predecessor
 * @param newBloc null for an old bloc without successor
 * @param missing the old bloc's competences with no counterpart in the new bloc
 * @param extra   the new bloc's competences with no counterpart in the old bloc
 * @param basis   the rules that paired the competences (or the blocs) the row is derived from
 * @param byCompetences false when the old bloc lists no competence: the row is the blocs' own pairing
 * @param declared      the new bloc names the old one (« correspond à » on the bloc); its « totalement »
 *                      or « partiellement », when written, is the row's kind
 */
public record BlocCorrespondence(Element oldBloc, Element newBloc, Kind kind, List<Element> missing, List<Element> extra,
		List<Rule> basis, boolean byCompetences, boolean declared) {

	public BlocCorrespondence {
		missing = List.copyOf(missing);
		extra = List.copyOf(extra);
		basis = List.copyOf(basis);
	}

	/** What the row says. */
	public enum Kind {
		TOTAL("total", "totale"),
		PARTIAL("partial", "partielle"),
		NONE("none", "aucune"),
		NEW("new", "nouveau bloc");

		private final String id;
		private final String label;

		Kind(String id, String label) {
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
}
