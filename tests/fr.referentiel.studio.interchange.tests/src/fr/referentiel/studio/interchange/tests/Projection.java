/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fr.referentiel.studio.export.FrenchLabels;
import fr.referentiel.studio.export.KnowledgeSection;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Classification;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.KnowledgeCategory;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentialKind;
import fr.referentiel.studio.model.Relation;
import fr.referentiel.studio.model.TransversalCompetence;

/**
 * A referential reduced to what one format carries (docs/interchange.md, « What does not
 * survive »), one line a fact, so that a round trip is checked by comparing two lists and a
 * failure shows the line that differs.
 */
final class Projection {

	enum Format {
		CASE, MOODLE
	}

	private final List<String> lines = new ArrayList<>();
	private final Format format;
	private final Referential r;
	private final Map<ProfessionalCompetence, ActivityNode> owners;

	private Projection(Referential r, Format format) {
		this.r = r;
		this.format = format;
		this.owners = Referentials.owners(r);
	}

	static List<String> of(Referential r, Format format) {
		Projection p = new Projection(r, format);
		p.project();
		return p.lines;
	}

	private void project() {
		add("titre", r.getTitle());
		add("type", FrenchLabels.of(r.eIsSet(r.eClass().getEStructuralFeature("kind")) ? r.getKind() : ReferentialKind.OTHER));
		add("sigle", r.getAcronym());
		add("code", r.getCode());
		add("niveau", r.getLevel() > 0 ? String.valueOf(r.getLevel()) : null);
		add("millésime", r.getVersion());
		add("validation", r.getValidationDate());
		add("mise à jour", r.getUpdateDate());
		r.getCertifiers().forEach(c -> add("certificateur", c));
		for (Classification c : r.getClassifications()) {
			add("classification", c.getSystem() + " " + c.getCode() + " " + c.getLabel());
		}
		for (Relation relation : r.getRelations()) {
			if (relation.getCode() != null) {
				add("relation", relation.getKind() + " " + relation.getCode());
			}
		}
		boolean blocsOnTop = r.getActivityTypes().isEmpty();
		for (ActivityType at : r.getActivityTypes()) {
			node(at, "");
		}
		List<Competence> all = new ArrayList<>(r.getCompetences());
		all.addAll(r.getTransversalCompetences());
		all.sort(Comparator.comparing(Competence::getName));
		for (Competence c : all) {
			competence(c);
		}
		if (format == Format.CASE || blocsOnTop) {
			for (Block b : r.getBlocks()) {
				add("bloc", b.getName() + " | " + b.getCode() + " | " + b.getTitle());
				b.getDescription().forEach(p -> add("  description", p));
				b.getContext().forEach(p -> add("  contexte", p));
				Referentials.competences(b).forEach(c -> add("  compétence", c.getName()));
				if (format == Format.CASE) {
					b.getEvaluationCriteria().forEach(k -> add("  critère d'évaluation", k.getText()));
				}
			}
		}
	}

	private void node(ActivityNode node, String indent) {
		if (node instanceof ActivityType at) {
			add(indent + "activité type", at.getName() + " | " + at.getTitle() + (at.isExtension() ? " | extension" : ""));
			if (format == Format.MOODLE) {
				at.getTransversalCompetences().forEach(t -> add(indent + "  transversale", t.getName()));
			}
		} else {
			add(indent + "activité", ((Activity) node).getNumber() + " | " + node.getTitle());
		}
		node.getDescription().forEach(p -> add(indent + "  description", p));
		node.getContext().forEach(p -> add(indent + "  contexte", p));
		for (ProfessionalCompetence c : r.getCompetences()) {
			ActivityNode owner = owners.get(c);
			// Moodle hangs a competence under its activity type; CASE under the activity that lists it first.
			if (owner != null && (format == Format.CASE ? owner == node : node instanceof ActivityType && Referentials.root(owner) == node)) {
				add(indent + "  compétence", c.getName());
			}
		}
		if (format == Format.CASE) {
			for (Activity a : node.getActivities()) {
				node(a, indent + "  ");
			}
			for (Criterion k : node.getEvaluationCriteria()) {
				add(indent + "  critère d'évaluation", k.getText());
			}
		}
	}

	private void competence(Competence c) {
		add(c instanceof TransversalCompetence ? "compétence transversale" : "compétence", c.getName() + " | " + c.getTitle());
		if (format == Format.MOODLE) {
			add("  numéro", Referentials.number(c));
		}
		c.getDescription().forEach(p -> add("  description", p));
		c.getContext().forEach(p -> add("  contexte", p));
		Referentials.texts(c.getDetails()).forEach(d -> add("  détaillée", d));
		for (Criterion k : c.getPerformanceCriteria()) {
			add("  " + c.getCriteriaTerm(), k.getText());
		}
		for (KnowledgeSection s : Referentials.knowledge(c)) {
			String kind = s.category() == null ? "mixte" : s.category() == KnowledgeCategory.KNOWLEDGE ? "savoir" : "savoir-faire";
			s.items().forEach(i -> add("  " + kind + " « " + s.heading() + " »", i));
		}
	}

	private void add(String label, String value) {
		if (value != null && !value.isBlank()) {
			lines.add(label + " : " + value.strip());
		}
	}
}
