/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.EvaluationModality;
import fr.referentiel.studio.model.Referential;

/**
 * The facts the whole-referential checks ask about every competence, gathered in one pass over
 * the referential. Asking them competence by competence walked the whole model each time, which
 * made validation quadratic in the size of the referential (seen on 100× the REAC TAI).
 */
final class ReferentialIndex {

	/** Competences listed by an activity type or one of its activities. */
	final Set<Competence> attachedToActivityType = new HashSet<>();
	/** Competences a modality evaluates, directly or through the activity or block that holds it. */
	final Set<Competence> evaluated = new HashSet<>();
	/** Competences of blocks that have no modality (reported once, on the block). */
	final Set<Competence> inBlockWithoutModality = new HashSet<>();
	/** Competences concerned by the evaluation criteria of an activity or a block. */
	final Set<Competence> withEvaluationCriteria = new HashSet<>();
	/** Whether the file holds any modality at all. */
	boolean hasModalities;

	private ReferentialIndex() {
	}

	static ReferentialIndex of(Referential referential) {
		ReferentialIndex index = new ReferentialIndex();
		for (ActivityType activityType : referential.getActivityTypes()) {
			index.attachedToActivityType.addAll(Attachments.below(activityType));
		}
		for (Block block : referential.getBlocks()) {
			if (!Attachments.hasModality(block)) {
				index.inBlockWithoutModality.addAll(Attachments.of(block));
			}
			if (!block.getEvaluationCriteria().isEmpty()) {
				index.withEvaluationCriteria.addAll(Attachments.of(block));
			}
		}
		referential.eAllContents().forEachRemaining((EObject o) -> {
			if (o instanceof EvaluationModality modality) {
				index.hasModalities = true;
				index.evaluated.addAll(modality.getEvaluates());
				index.evaluated.addAll(Attachments.concernedByHolder(modality.eContainer()));
			} else if (o instanceof ActivityNode node && !node.getEvaluationCriteria().isEmpty()) {
				index.withEvaluationCriteria.addAll(Attachments.concernedBy(node));
			}
		});
		return index;
	}
}
