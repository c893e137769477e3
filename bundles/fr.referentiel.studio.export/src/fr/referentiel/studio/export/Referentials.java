/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Classification;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.EvaluationModality;
import fr.referentiel.studio.model.KnowledgeGroup;
import fr.referentiel.studio.model.KnowledgeItem;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.Relation;

/**
 * Reading a referential the way the official documents present it, shared by every format so
 * that they agree: the order of competences, the knowledge headings, the numbering. Everything
 * here is deterministic (model order, stable sorts).
 */
public final class Referentials {

	private Referentials() {
	}

	/** The node and all its activities below it, depth first, in model order. */
	public static List<ActivityNode> tree(ActivityNode root) {
		List<ActivityNode> nodes = new ArrayList<>();
		collect(root, nodes);
		return nodes;
	}

	private static void collect(ActivityNode node, List<ActivityNode> nodes) {
		nodes.add(node);
		for (Activity child : node.getActivities()) {
			collect(child, nodes);
		}
	}

	/** The activities below the node (not the node itself), depth first. */
	public static List<Activity> descendants(ActivityNode node) {
		return tree(node).stream().skip(1).map(Activity.class::cast).toList();
	}

	/** The competences listed by the node or by any activity below it, once each, in order. */
	public static List<ProfessionalCompetence> competences(ActivityNode node) {
		Set<ProfessionalCompetence> competences = new LinkedHashSet<>();
		for (ActivityNode n : tree(node)) {
			competences.addAll(n.getCompetences());
		}
		return List.copyOf(competences);
	}

	/**
	 * The competences of an activity type: those its activity tree lists, or else those of the
	 * blocks that certify it (a referential may attach competences to blocks only).
	 */
	public static List<ProfessionalCompetence> competences(Referential referential, ActivityType activityType) {
		List<ProfessionalCompetence> listed = competences(activityType);
		if (!listed.isEmpty()) {
			return listed;
		}
		Set<ProfessionalCompetence> fromBlocks = new LinkedHashSet<>();
		for (Block block : blocks(referential, activityType)) {
			for (Competence c : block.getCompetences()) {
				if (c instanceof ProfessionalCompetence pc) {
					fromBlocks.add(pc);
				}
			}
		}
		return List.copyOf(fromBlocks);
	}

	/** The blocks that certify the activity type. */
	public static List<Block> blocks(Referential referential, ActivityType activityType) {
		return referential.getBlocks().stream().filter(b -> b.getActivityTypes().contains(activityType)).toList();
	}

	/**
	 * For each competence, the first activity node (activity types in order, depth first) that
	 * lists it: where the competence sits in the referential d'activités.
	 */
	public static Map<ProfessionalCompetence, ActivityNode> owners(Referential referential) {
		Map<ProfessionalCompetence, ActivityNode> owners = new IdentityHashMap<>();
		for (ActivityType type : referential.getActivityTypes()) {
			for (ActivityNode node : tree(type)) {
				for (ProfessionalCompetence c : node.getCompetences()) {
					owners.putIfAbsent(c, node);
				}
			}
			for (ProfessionalCompetence c : competences(referential, type)) {
				owners.putIfAbsent(c, type);
			}
		}
		return owners;
	}

	/** The activity type at the root of the node's tree. */
	public static ActivityType root(ActivityNode node) {
		ActivityNode n = node;
		while (!(n instanceof ActivityType)) {
			n = (ActivityNode) n.eContainer();
		}
		return (ActivityType) n;
	}

	/** The printed number of an activity type: its « numéro », else its rank from 1. */
	public static int number(Referential referential, ActivityType activityType) {
		return activityType.getNumber() > 0 ? activityType.getNumber()
				: referential.getActivityTypes().indexOf(activityType) + 1;
	}

	/** The printed number of a competence sheet, or "" when the referential gives none. */
	public static String number(Competence competence) {
		return competence.getNumber() > 0 ? String.valueOf(competence.getNumber()) : "";
	}

	/** « Activité type n° 1 » or « Activité 1.2 », as the documents name a node. */
	public static String label(Referential referential, ActivityNode node) {
		return switch (node) {
			case ActivityType at -> "Activité type n° " + number(referential, at);
			case Activity a -> "Activité " + nullToEmpty(a.getNumber());
			default -> throw new IllegalArgumentException(String.valueOf(node));
		};
	}

	/**
	 * The knowledge of a competence by category, in the order of a REAC sheet (techniques,
	 * organisationnels, relationnels, savoirs; stable within a category), groups of the same
	 * category and heading merged. A group's own heading replaces the category's.
	 */
	public static List<KnowledgeSection> knowledge(Competence competence) {
		List<KnowledgeGroup> groups = new ArrayList<>(competence.getKnowledge());
		groups.sort(Comparator.comparingInt(g -> g.getCategory().getValue()));
		List<KnowledgeSection> sections = new ArrayList<>();
		for (KnowledgeGroup group : groups) {
			String heading = group.getHeading() == null || group.getHeading().isBlank()
					? FrenchLabels.of(group.getCategory())
					: group.getHeading();
			List<String> items = group.getItems().stream().map(KnowledgeItem::getText).map(Referentials::nullToEmpty)
					.toList();
			KnowledgeSection last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
			if (last != null && last.category() == group.getCategory() && last.heading().equals(heading)) {
				List<String> merged = new ArrayList<>(last.items());
				merged.addAll(items);
				sections.set(sections.size() - 1, new KnowledgeSection(last.category(), heading, merged));
			} else {
				sections.add(new KnowledgeSection(group.getCategory(), heading, items));
			}
		}
		return sections;
	}

	/** All knowledge items of a competence, in the order of {@link #knowledge(Competence)}. */
	public static List<String> knowledgeItems(Competence competence) {
		return knowledge(competence).stream().flatMap(s -> s.items().stream()).toList();
	}

	/** « Livrable – Dossier de validation »: the kind, and the title when it says more. */
	public static String modalityLabel(EvaluationModality m) {
		String kind = FrenchLabels.of(m.getKind());
		String title = nullToEmpty(m.getTitle()).strip();
		return title.isEmpty() || title.equalsIgnoreCase(kind) ? kind : kind + " – " + title;
	}

	/** The identity block of the referential (cover of a REAC), only the fields it gives. */
	public static List<IdentityField> identity(Referential r) {
		List<IdentityField> fields = new ArrayList<>();
		add(fields, "Intitulé", r.getTitle());
		add(fields, "Sigle", r.getAcronym());
		add(fields, "Type de document", r.getKind() == null ? null : FrenchLabels.of(r.getKind()));
		add(fields, "Code", r.getCode());
		add(fields, "Niveau", r.getLevel() > 0 ? String.valueOf(r.getLevel()) : null);
		add(fields, "Millésime", r.getVersion());
		add(fields, "Date de validation", r.getValidationDate());
		add(fields, "Date de mise à jour", r.getUpdateDate());
		add(fields, r.getCertifiers().size() > 1 ? "Certificateurs" : "Certificateur", String.join("\n", r.getCertifiers()));
		for (Classification c : r.getClassifications()) {
			add(fields, FrenchLabels.of(c.getSystem()),
					c.getLabel() == null || c.getLabel().isBlank() ? c.getCode() : c.getCode() + " – " + c.getLabel());
		}
		for (Relation relation : r.getRelations()) {
			String target = relation.getReferential() != null && !relation.getReferential().eIsProxy()
					? nullToEmpty(relation.getReferential().getTitle())
					: nullToEmpty(relation.getCode());
			if (relation.getLabel() != null && !relation.getLabel().isBlank()) {
				target = target.isEmpty() ? relation.getLabel() : target + " – " + relation.getLabel();
			}
			add(fields, FrenchLabels.of(relation.getKind()), target);
		}
		return fields;
	}

	private static void add(List<IdentityField> fields, String label, String value) {
		if (value != null && !value.isBlank()) {
			fields.add(new IdentityField(label, value));
		}
	}

	public static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
