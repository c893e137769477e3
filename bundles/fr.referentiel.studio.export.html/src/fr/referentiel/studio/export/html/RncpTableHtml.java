/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.html;

import static fr.referentiel.studio.export.Referentials.nullToEmpty;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

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
 * The « 5 - Référentiels » table of an RNCP application (France Compétences): four columns,
 * référentiel d'activités | référentiel de compétences | modalités d'évaluation | critères
 * d'évaluation, one table per activity type and one row per activity group (1.1, 1.2…) with its
 * sub-activities, as in the seed rncp-referentiels-table.txt.
 */
final class RncpTableHtml {

	private final Referential referential;
	private final String title;

	RncpTableHtml(Referential referential, String title) {
		this.referential = referential;
		this.title = title;
	}

	/** A row of the table: an activity group, with (or without) the activities below it. */
	private record Row(ActivityNode node, boolean withDescendants) {

		List<ActivityNode> nodes() {
			return withDescendants ? Referentials.tree(node) : List.of(node);
		}
	}

	byte[] render() throws ExportException {
		if (referential.getActivityTypes().isEmpty()) {
			throw new ExportException("La mise en page « rncp » présente un tableau par activité type (activités | compétences | "
					+ "modalités | critères d'évaluation), et ce référentiel n'a aucune activité type. Décrivez ses activités "
					+ "(activité type AT1 \"…\" { activité 1.1 \"…\" }), ou choisissez la mise en page « document » ou « blocs ».");
		}
		HtmlPage page = new HtmlPage(title, Stylesheet.landscape());
		Element main = page.main();
		main.appendElement("h1").text(title);
		main.appendElement("p").text("Référentiels d'activités, de compétences et d'évaluation (Code du travail, art. L6113-1).");
		for (ActivityType at : referential.getActivityTypes()) {
			table(main, at);
		}
		return page.toBytes();
	}

	private void table(Element parent, ActivityType at) {
		Element table = parent.appendElement("table").addClass("rncp");
		table.appendElement("caption").text("Activité " + Referentials.number(referential, at) + " : " + nullToEmpty(at.getTitle()));
		Element thead = table.appendElement("thead");
		Element first = thead.appendElement("tr");
		header(first, "Référentiel d'activités",
				"Décrit les situations de travail et les activités exercées, les métiers ou emplois visés")
				.attr("scope", "col").attr("rowspan", "2");
		header(first, "Référentiel de compétences",
				"Identifie les compétences et les connaissances, y compris transversales, qui découlent du référentiel d'activités")
				.attr("scope", "col").attr("rowspan", "2");
		header(first, "Référentiel d'évaluation", "Définit les critères et les modalités d'évaluation des acquis")
				.attr("scope", "colgroup").attr("colspan", "2");
		Element second = thead.appendElement("tr");
		second.appendElement("th").attr("scope", "col").text("Modalités d'évaluation");
		second.appendElement("th").attr("scope", "col").text("Critères d'évaluation");
		Element tbody = table.appendElement("tbody");
		List<Row> rows = rows(at);
		for (int i = 0; i < rows.size(); i++) {
			row(tbody.appendElement("tr"), at, rows.get(i), i == 0);
		}
	}

	private static Element header(Element tr, String title, String precision) {
		Element th = tr.appendElement("th");
		th.appendText(title);
		th.appendElement("span").addClass("precision").text(precision);
		return th;
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

	private void row(Element tr, ActivityType at, Row row, boolean firstOfType) {
		activities(tr.appendElement("td"), row);
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
		Element competenceCell = tr.appendElement("td");
		for (ProfessionalCompetence c : competences) {
			competenceCell.appendElement("p").text(nullToEmpty(c.getTitle()));
		}
		modalities(tr.appendElement("td"), modalities);
		criteria(tr.appendElement("td"), criteria, competences, Vocabulary.of(referential));
	}

	private void activities(Element cell, Row row) {
		ActivityNode node = row.node();
		String label = node instanceof ActivityType at ? "Activité " + Referentials.number(referential, at)
				: Referentials.label(referential, node);
		cell.appendElement("p").appendElement("strong").text(label + " : " + nullToEmpty(node.getTitle()));
		if (row.withDescendants()) {
			for (Activity a : Referentials.descendants(node)) {
				cell.appendElement("p").text(Referentials.label(referential, a) + " : " + nullToEmpty(a.getTitle()));
			}
		}
	}

	private static void modalities(Element cell, List<EvaluationModality> modalities) {
		for (EvaluationModality m : modalities) {
			Element p = cell.appendElement("p");
			p.appendElement("strong").text(Referentials.modalityLabel(m) + " :");
			List<String> description = m.getDescription();
			if (!description.isEmpty()) {
				HtmlPage.appendLines(p.appendText(" "), description.get(0));
			}
			for (String paragraph : description.subList(Math.min(1, description.size()), description.size())) {
				HtmlPage.appendLines(cell.appendElement("p"), paragraph);
			}
			if (m.getDuration() != null && !m.getDuration().isBlank()) {
				cell.appendElement("p").text("Durée : " + m.getDuration());
			}
			if (!m.getDeliverables().isEmpty()) {
				Element ul = cell.appendElement("ul");
				for (Deliverable d : m.getDeliverables()) {
					HtmlPage.appendLines(ul.appendElement("li"), nullToEmpty(d.getText()));
				}
			}
		}
	}

	/**
	 * The row's evaluation criteria; a referential that gives none (a REAC) is assessed against
	 * the performance criteria of the competences, shown instead under a lead-in that says so.
	 */
	private static void criteria(Element cell, List<Criterion> criteria, Set<ProfessionalCompetence> competences,
			Vocabulary words) {
		List<String> texts = criteria.stream().map(Criterion::getText).map(Referentials::nullToEmpty).toList();
		if (texts.isEmpty()) {
			texts = competences.stream().flatMap(c -> c.getPerformanceCriteria().stream()).map(Criterion::getText)
					.map(Referentials::nullToEmpty).toList();
			if (texts.isEmpty()) {
				return;
			}
			cell.appendElement("p").text(words.criteriaColumn() + " des compétences :");
		}
		Element ul = cell.appendElement("ul");
		for (String text : texts) {
			HtmlPage.appendLines(ul.appendElement("li"), text);
		}
	}
}
