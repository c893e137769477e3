/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.output;

import java.util.ArrayList;
import java.util.List;

import fr.referentiel.studio.compare.BlocCorrespondence;
import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.Element;
import fr.referentiel.studio.compare.Rule;
import fr.referentiel.studio.export.document.Content;
import fr.referentiel.studio.export.document.Heading;
import fr.referentiel.studio.export.document.Paragraph;
import fr.referentiel.studio.export.document.Table;

/**
 * The tableau de correspondance between the blocs of the two versions, as renewal files print it:
 * old bloc, new bloc, total or partial, and the competences that make it partial. Built once as
 * format-neutral content, rendered as HTML and Markdown; the CSV has the same rows with code and
 * title in separate columns, for filtering.
 */
public final class CorrespondenceTable {

	static final List<String> HEADER = List.of("Ancien bloc", "Nouveau bloc", "Correspondance",
			"Compétences de l'ancien bloc sans équivalent dans le nouveau", "Compétences du nouveau bloc sans équivalent dans l'ancien",
			"Établie par");

	static final List<String> CSV_HEADER = List.of("Ancien bloc (code)", "Ancien bloc (intitulé)", "Nouveau bloc (code)",
			"Nouveau bloc (intitulé)", "Correspondance", "Compétences de l'ancien bloc sans équivalent dans le nouveau",
			"Compétences du nouveau bloc sans équivalent dans l'ancien", "Établie par");

	private CorrespondenceTable() {
	}

	public static List<Content> document(Comparison comparison) {
		List<Content> content = new ArrayList<>();
		content.add(new Heading(1, "Tableau de correspondance des blocs de compétences"));
		content.add(new Paragraph("Ancienne version", Texts.version(comparison.oldVersion())));
		content.add(new Paragraph("Nouvelle version", Texts.version(comparison.newVersion())));
		content.add(Paragraph.of("Une correspondance est totale quand chaque compétence de l'ancien bloc a un équivalent dans le "
				+ "nouveau bloc, partielle sinon ; les compétences qui la rendent partielle sont nommées. Quand le nouveau bloc "
				+ "déclare sa correspondance (« correspond partiellement à … »), c'est sa déclaration qui fait foi."));
		List<List<String>> rows = new ArrayList<>();
		for (BlocCorrespondence row : comparison.blocs()) {
			rows.add(List.of(bloc(row.oldBloc()), bloc(row.newBloc()), row.kind().label(), Texts.labels(row.missing()),
					Texts.labels(row.extra()), basis(row)));
		}
		content.add(new Table(null, HEADER, rows, false));
		return content;
	}

	static List<List<String>> csvRows(Comparison comparison) {
		List<List<String>> rows = new ArrayList<>();
		for (BlocCorrespondence row : comparison.blocs()) {
			rows.add(List.of(code(row.oldBloc()), title(row.oldBloc()), code(row.newBloc()), title(row.newBloc()),
					row.kind().label(), Texts.labels(row.missing()), Texts.labels(row.extra()), basis(row)));
		}
		return rows;
	}

	private static String bloc(Element bloc) {
		return bloc == null ? "—" : bloc.label();
	}

	private static String code(Element bloc) {
		return bloc == null ? "" : bloc.code().isEmpty() ? bloc.id() : bloc.code();
	}

	private static String title(Element bloc) {
		return bloc == null ? "" : bloc.title();
	}

	/** « compétences (lien « correspond à », même identifiant) », or the blocs' own pairing. */
	private static String basis(BlocCorrespondence row) {
		String rules = String.join(", ", row.basis().stream().map(Rule::label).toList());
		String derived = rules.isEmpty() ? "" : (row.byCompetences() ? "compétences : " : "blocs : ") + rules;
		if (!row.declared()) {
			return derived;
		}
		return "déclarée sur le nouveau bloc" + (derived.isEmpty() || !row.byCompetences() ? "" : " ; " + derived);
	}
}
