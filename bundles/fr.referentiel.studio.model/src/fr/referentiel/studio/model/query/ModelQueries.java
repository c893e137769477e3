/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.model.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.ProfessionalCompetence;

/**
 * Derived readings of the model that the validator and the exporters both need: computed in one
 * place so that what a check says and what a document shows cannot disagree. Model order always.
 */
public final class ModelQueries {

	private ModelQueries() {
	}

	/** The node and all the activities below it, depth first, in model order. */
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

	/** The competences listed by the node or by any activity below it, once each, in order. */
	public static List<ProfessionalCompetence> competencesBelow(ActivityNode node) {
		Set<ProfessionalCompetence> competences = new LinkedHashSet<>();
		for (ActivityNode n : tree(node)) {
			competences.addAll(n.getCompetences());
		}
		return List.copyOf(competences);
	}

	/**
	 * The competences a bloc certifies, in order: those it lists, then those of its activity types
	 * that it does not list (an unresolved activity type adds none).
	 */
	public static List<Competence> competencesOf(Block block) {
		Set<Competence> result = new LinkedHashSet<>(block.getCompetences());
		for (ActivityType at : block.getActivityTypes()) {
			if (!at.eIsProxy()) {
				result.addAll(competencesBelow(at));
			}
		}
		return List.copyOf(result);
	}
}
