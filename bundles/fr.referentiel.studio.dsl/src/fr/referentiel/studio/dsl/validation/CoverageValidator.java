/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import static fr.referentiel.studio.dsl.validation.IssueCodes.*;
import static org.eclipse.xtext.EcoreUtil2.getContainerOfType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentialKind;
import fr.referentiel.studio.model.ReferentielPackage;

/**
 * Whole-referential coverage, checked on save: every competence is evaluated, every activity type
 * is certified by its block (in a REAC, one CCP per activity type).
 */
public class CoverageValidator extends ReferentielCheck {

	private static final ReferentielPackage P = ReferentielPackage.eINSTANCE;

	@Check(CheckType.NORMAL)
	public void competenceIsEvaluated(ProfessionalCompetence competence) {
		Referential referential = getContainerOfType(competence, Referential.class);
		if (referential == null) {
			return;
		}
		ReferentialIndex index = index(referential);
		if (!index.hasModalities && referential.getBlocks().isEmpty()) {
			return; // the evaluation referential is not written in this file
		}
		// A block without any modality is reported once, on the block, rather than once per competence.
		boolean inUnevaluatedBlock = index.inBlockWithoutModality.contains(competence);
		if (!index.evaluated.contains(competence) && !inUnevaluatedBlock) {
			report(COMPETENCE_NOT_EVALUATED, "La compétence " + competence.getName()
					+ " n'est évaluée par aucune modalité. Ajoutez-la à un bloc ou à une activité qui a une modalité d'évaluation, ou ajoutez-la à la ligne « évalue » d'une modalité.",
					competence, P.getCompetence_Name());
		}
	}

	@Check(CheckType.NORMAL)
	public void activityTypeIsCertifiedByABlock(ActivityType activityType) {
		Referential referential = getContainerOfType(activityType, Referential.class);
		if (referential == null) {
			return;
		}
		if (referential.getBlocks().isEmpty()) {
			// A REAC certifies each activity type by its CCP: none at all is a missing part, said once.
			if (referential.getKind() == ReferentialKind.REAC && referential.getActivityTypes().indexOf(activityType) == 0) {
				report(ACTIVITY_TYPE_WITHOUT_BLOCK, "Ce REAC décrit des activités types mais aucun bloc (CCP) ne les certifie. "
						+ "Ajoutez un bloc par activité type : bloc CCP1 \"…\" { activité type " + activityType.getName()
						+ " modalité situation \"Mise en situation professionnelle\" }.", activityType, P.getActivityType_Name());
			}
			return;
		}
		boolean blocksFollowActivityTypes = referential.getKind() == ReferentialKind.REAC
				|| referential.getBlocks().stream().anyMatch(b -> !b.getActivityTypes().isEmpty());
		if (blocksFollowActivityTypes
				&& referential.getBlocks().stream().noneMatch(b -> b.getActivityTypes().contains(activityType))) {
			report(ACTIVITY_TYPE_WITHOUT_BLOCK, "L'activité type " + activityType.getName()
					+ " n'est certifiée par aucun bloc. Ajoutez « activité type " + activityType.getName()
					+ " » au bloc qui la certifie, ou créez ce bloc (dans un REAC, un CCP par activité type).",
					activityType, P.getActivityType_Name());
		}
	}

	@Check(CheckType.NORMAL)
	public void blockMatchesItsActivityType(Block block) {
		Referential referential = getContainerOfType(block, Referential.class);
		if (referential == null) {
			return;
		}
		List<ActivityType> types = block.getActivityTypes();
		if (referential.getKind() == ReferentialKind.REAC) {
			if (types.size() != 1) {
				report(BLOCK_ACTIVITY_TYPE_MISMATCH, "Le bloc " + block.getName() + (types.isEmpty()
						? " ne certifie aucune activité type. Dans un REAC, chaque CCP certifie une activité type : ajoutez « activité type AT… » au bloc."
						: " certifie " + types.size() + " activités types. Dans un REAC, chaque CCP certifie une seule activité type : gardez-en une et créez un bloc pour chaque autre."),
						block, types.isEmpty() ? P.getBlock_Name() : P.getBlock_ActivityTypes());
			}
			for (int i = 0; i < types.size(); i++) {
				ActivityType type = types.get(i);
				Block first = referential.getBlocks().stream().filter(b -> b.getActivityTypes().contains(type)).findFirst().orElse(block);
				if (first != block && !type.eIsProxy()) {
					report(BLOCK_ACTIVITY_TYPE_MISMATCH, "L'activité type " + type.getName() + " est déjà certifiée par le bloc "
							+ first.getName() + " (ligne " + line(first) + "). Dans un REAC, une activité type correspond à un seul CCP.",
							block, P.getBlock_ActivityTypes(), i);
				}
			}
		}
		if (types.isEmpty() || block.getCompetences().isEmpty() || types.stream().anyMatch(ActivityType::eIsProxy)) {
			return;
		}
		Set<Competence> ofTypes = new LinkedHashSet<>();
		types.forEach(at -> Attachments.below(at).stream().filter(c -> !c.eIsProxy()).forEach(ofTypes::add));
		String typeNames = String.join(", ", types.stream().map(ActivityType::getName).toList());
		List<Competence> listed = block.getCompetences();
		for (int i = 0; i < listed.size(); i++) {
			Competence competence = listed.get(i);
			if (!competence.eIsProxy() && competence instanceof ProfessionalCompetence && !ofTypes.contains(competence)) {
				report(BLOCK_ACTIVITY_TYPE_MISMATCH, "Le bloc " + block.getName() + " liste la compétence " + competence.getName()
						+ ", qui ne relève pas de son activité type " + typeNames
						+ ". Retirez-la du bloc, ou rattachez-la à l'activité type.", block, P.getBlock_Competences(), i);
			}
		}
		Set<Competence> listedSet = new java.util.HashSet<>(listed); // a List lookup here would be quadratic
		List<String> missing = ofTypes.stream().filter(c -> !listedSet.contains(c)).map(Competence::getName).toList();
		if (!missing.isEmpty()) {
			report(BLOCK_ACTIVITY_TYPE_MISMATCH, "Le bloc " + block.getName() + " ne liste pas " + (missing.size() == 1
					? "la compétence " + missing.get(0) : "les compétences " + String.join(", ", missing))
					+ " de son activité type " + typeNames + ". Ajoutez-" + (missing.size() == 1 ? "la" : "les")
					+ " à la ligne « compétences » du bloc.", block, P.getBlock_Competences(), 0);
		}
	}
}
