/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.query.ModelQueries;

/**
 * What the evaluation parts of a referential are attached to. An activity's modalities and
 * criteria concern the competences listed on it, on its sub-activities and on the activities
 * above it; a block's concern its own competences and those of its activity types.
 * Unresolved references count as attached: the linker already reports them.
 */
final class Attachments {

	private Attachments() {
	}

	/** Competences listed on an activity node and on all its sub-activities. */
	static Set<Competence> below(ActivityNode node) {
		return new LinkedHashSet<>(ModelQueries.competencesBelow(node));
	}

	/** Competences an activity's modalities and criteria concern: below it and on its ancestors. */
	static Set<Competence> concernedBy(ActivityNode node) {
		Set<Competence> result = below(node);
		for (EObject up = node.eContainer(); up instanceof ActivityNode ancestor; up = up.eContainer()) {
			result.addAll(ancestor.getCompetences());
		}
		return result;
	}

	/** Competences a block certifies: its own list and those of its activity types. */
	static Set<Competence> of(Block block) {
		return new LinkedHashSet<>(ModelQueries.competencesOf(block));
	}

	/** The competences concerned by whatever holds a modality or criterion: an activity node or a block. */
	static Set<Competence> concernedByHolder(EObject holder) {
		return switch (holder) {
			case ActivityNode node -> concernedBy(node);
			case Block block -> of(block);
			default -> Set.of();
		};
	}

	/** Whether an activity node or one of its sub-activities has a modality. */
	static boolean hasModalityBelow(ActivityNode node) {
		return !node.getModalities().isEmpty() || node.getActivities().stream().anyMatch(Attachments::hasModalityBelow);
	}

	/** A block is evaluated when it, or one of its activity types, holds a modality. */
	static boolean hasModality(Block block) {
		return !block.getModalities().isEmpty()
				|| block.getActivityTypes().stream().anyMatch(at -> at.eIsProxy() || hasModalityBelow(at));
	}
}
