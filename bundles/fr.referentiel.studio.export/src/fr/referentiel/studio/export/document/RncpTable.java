/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

import static fr.referentiel.studio.export.Referentials.nullToEmpty;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.referentiel.studio.export.Anchors;
import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.Vocabulary;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.Deliverable;
import fr.referentiel.studio.model.EvaluationModality;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;

/**
 * The « 5 - Référentiels » table of an RNCP application (France Compétences), independent of the
 * output format: four columns, référentiel d'activités | référentiel de compétences | modalités
 * d'évaluation | critères d'évaluation, one table per activity type and one row per activity group
 * (1.1, 1.2…) with its sub-activities, as in the seed rncp-referentiels-table.txt. Each cell holds
 * {@link Paragraph}s and {@link ItemList}s, as a {@link RichTable} cell does.
 */
public final class RncpTable {

	/** The lead-in of the document, under its title. */
	public static final String INTRODUCTION = "Référentiels d'activités, de compétences et d'évaluation (Code du travail, art. L6113-1).";

	/** A column group of the header: its title, the precision printed under it, its columns. */
	public record ColumnGroup(String title, String precision, List<String> columns) {

		public ColumnGroup {
			columns = List.copyOf(columns);
		}
	}

	/** The header: two single columns, then the evaluation group of two. */
	public static final List<ColumnGroup> HEADER = List.of(
			new ColumnGroup("Référentiel d'activités",
					"Décrit les situations de travail et les activités exercées, les métiers ou emplois visés", List.of()),
			new ColumnGroup("Référentiel de compétences",
					"Identifie les compétences et les connaissances, y compris transversales, qui découlent du référentiel d'activités",
					List.of()),
			new ColumnGroup("Référentiel d'évaluation", "Définit les critères et les modalités d'évaluation des acquis",
					List.of("Modalités d'évaluation", "Critères d'évaluation")));

	/** The table of one activity type: its caption, its rows of four cells and the type's {@link Anchors anchor}. */
	public record Sheet(String caption, List<List<List<Content>>> rows, String anchor) {

		public Sheet {
			rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
		}
	}

	private final Referential referential;

	private RncpTable(Referential referential) {
		this.referential = referential;
	}

	/** @throws ExportException when the referential has no activity type: the table would be empty */
	public static List<Sheet> build(Referential referential) throws ExportException {
		if (referential.getActivityTypes().isEmpty()) {
			throw new ExportException("La mise en page « rncp » présente un tableau par activité type (activités | compétences | "
					+ "modalités | critères d'évaluation), et ce référentiel n'a aucune activité type. Décrivez ses activités "
					+ "(activité type AT1 \"…\" { activité 1.1 \"…\" }), ou choisissez la mise en page « document » ou « blocs ».");
		}
		RncpTable table = new RncpTable(referential);
		List<Sheet> sheets = new ArrayList<>();
		for (ActivityType at : referential.getActivityTypes()) {
			List<List<List<Content>>> rows = new ArrayList<>();
			List<Row> groups = rows(at);
			for (int i = 0; i < groups.size(); i++) {
				rows.add(table.row(at, groups.get(i), i == 0));
			}
			sheets.add(new Sheet("Activité " + Referentials.number(referential, at) + " : " + nullToEmpty(at.getTitle()), rows,
					Anchors.of(at)));
		}
		return List.copyOf(sheets);
	}

	/** A row of the table: an activity group, with (or without) the activities below it. */
	private record Row(ActivityNode node, boolean withDescendants) {

		List<ActivityNode> nodes() {
			return withDescendants ? Referentials.tree(node) : List.of(node);
		}
	}

	/**
	 * One row per activity directly under the type; the type itself gets a row when it has no
	 * activities, or when it holds competences, modalities or criteria of its own.
	 */
	private static List<Row> rows(ActivityType at) {
		List<Row> rows = new ArrayList<>();
		if (at.getActivities().isEmpty()) {
			rows.add(new Row(at, true));
			return rows;
		}
		if (!at.getCompetences().isEmpty() || !at.getModalities().isEmpty() || !at.getEvaluationCriteria().isEmpty()) {
			rows.add(new Row(at, false));
		}
		for (Activity activity : at.getActivities()) {
			rows.add(new Row(activity, true));
		}
		return rows;
	}

	private List<List<Content>> row(ActivityType at, Row row, boolean firstOfType) {
		Set<ProfessionalCompetence> competences = new LinkedHashSet<>();
		List<EvaluationModality> modalities = new ArrayList<>();
		List<Criterion> criteria = new ArrayList<>();
		for (ActivityNode node : row.nodes()) {
			competences.addAll(node.getCompetences());
			modalities.addAll(node.getModalities());
			criteria.addAll(node.getEvaluationCriteria());
		}
		if (row.node() == at && competences.isEmpty()) {
			competences.addAll(Referentials.competences(referential, at));
		}
		// The blocks certifying the activity type are assessed as a whole: shown on its first row.
		if (firstOfType) {
			for (Block block : Referentials.blocks(referential, at)) {
				modalities.addAll(block.getModalities());
				criteria.addAll(block.getEvaluationCriteria());
			}
		}
		List<Content> competenceCell = competences.stream().map(c -> (Content) Paragraph.of(nullToEmpty(c.getTitle()))).toList();
		return List.of(activities(row), competenceCell, modalities(modalities),
				criteria(criteria, competences, Vocabulary.of(referential)));
	}

	private List<Content> activities(Row row) {
		ActivityNode node = row.node();
		String label = node instanceof ActivityType at ? "Activité " + Referentials.number(referential, at)
				: Referentials.label(referential, node);
		List<Content> cell = new ArrayList<>();
		// The type's own row needs none: its table carries its anchor.
		cell.add(new Paragraph(label + " : " + nullToEmpty(node.getTitle()), "", node instanceof Activity ? Anchors.of(node) : null));
		if (row.withDescendants()) {
			for (Activity a : Referentials.descendants(node)) {
				cell.add(new Paragraph(null, Referentials.label(referential, a) + " : " + nullToEmpty(a.getTitle()), Anchors.of(a)));
			}
		}
		return cell;
	}

	private static List<Content> modalities(List<EvaluationModality> modalities) {
		List<Content> cell = new ArrayList<>();
		for (EvaluationModality m : modalities) {
			List<String> description = m.getDescription();
			cell.add(new Paragraph(Referentials.modalityLabel(m) + " :", description.isEmpty() ? "" : description.get(0)));
			for (String paragraph : description.subList(Math.min(1, description.size()), description.size())) {
				cell.add(Paragraph.of(paragraph));
			}
			if (m.getDuration() != null && !m.getDuration().isBlank()) {
				cell.add(Paragraph.of("Durée : " + m.getDuration()));
			}
			if (!m.getDeliverables().isEmpty()) {
				cell.add(new ItemList(m.getDeliverables().stream().map(Deliverable::getText).map(Referentials::nullToEmpty).toList()));
			}
		}
		return cell;
	}

	/**
	 * The row's evaluation criteria; a referential that gives none (a REAC) is assessed against
	 * the performance criteria of the competences, shown instead under a lead-in that says so.
	 */
	private static List<Content> criteria(List<Criterion> criteria, Set<ProfessionalCompetence> competences, Vocabulary words) {
		List<String> texts = criteria.stream().map(Criterion::getText).map(Referentials::nullToEmpty).toList();
		List<Content> cell = new ArrayList<>();
		if (texts.isEmpty()) {
			texts = competences.stream().flatMap(c -> c.getPerformanceCriteria().stream()).map(Criterion::getText)
					.map(Referentials::nullToEmpty).toList();
			if (texts.isEmpty()) {
				return cell;
			}
			cell.add(Paragraph.of(words.criteriaColumn() + " des compétences :"));
		}
		cell.add(new ItemList(texts));
		return cell;
	}
}
