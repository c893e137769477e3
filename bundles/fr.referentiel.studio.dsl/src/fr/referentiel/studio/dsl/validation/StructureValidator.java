/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import static fr.referentiel.studio.dsl.validation.IssueCodes.*;
import static org.eclipse.xtext.EcoreUtil2.getContainerOfType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.EvaluationModality;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.Relation;
import fr.referentiel.studio.model.RelationKind;
import fr.referentiel.studio.model.ReferentielPackage;

/** The referential holds together: unique identifiers, no orphan, no circular reference. */
public class StructureValidator extends ReferentielCheck {

	private static final ReferentielPackage P = ReferentielPackage.eINSTANCE;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ResourceDescriptionsProvider index;

	@Check(CheckType.FAST)
	public void identifiersAreUnique(Referential referential) {
		Map<QualifiedName, EObject> first = new HashMap<>();
		referential.eAllContents().forEachRemaining(element -> {
			EStructuralFeature name = element.eClass().getEStructuralFeature("name");
			QualifiedName qualified = name == null ? null : names.getFullyQualifiedName(element);
			if (qualified == null) {
				return;
			}
			EObject previous = first.putIfAbsent(qualified, element);
			if (previous != null) {
				report(DUPLICATE_IDENTIFIER, "L'identifiant « " + qualified.getLastSegment() + " » est déjà utilisé par "
						+ Names.of(previous) + " (ligne " + line(previous) + "). Donnez à chaque élément un identifiant différent.",
						element, name);
			}
		});
	}

	/** Two files that declare the same referential make every reference to it ambiguous. */
	@Check(CheckType.NORMAL)
	public void referentialIsDeclaredOnce(Referential referential) {
		QualifiedName name = names.getFullyQualifiedName(referential);
		if (name == null || referential.eResource() == null) {
			return;
		}
		for (IEObjectDescription other : index.getResourceDescriptions(referential.eResource())
				.getExportedObjects(P.getReferential(), name, false)) {
			if (!other.getEObjectURI().trimFragment().equals(referential.eResource().getURI())) {
				report(DUPLICATE_IDENTIFIER, "Le référentiel " + name + " est aussi déclaré dans le fichier « "
						+ URI.decode(other.getEObjectURI().trimFragment().lastSegment())
						+ " ». Donnez un identifiant différent à chaque version (par exemple TAI_2018 et TAI_2023).",
						referential, P.getReferential_Name());
				return;
			}
		}
	}

	@Check(CheckType.FAST)
	public void activityTypeHasCompetences(ActivityType activityType) {
		if (Attachments.below(activityType).isEmpty()) {
			report(ACTIVITY_TYPE_WITHOUT_COMPETENCE, "L'activité type " + activityType.getName()
					+ " n'a aucune compétence. Ajoutez une ligne « compétences CP1, CP2 » dans l'activité type ou dans l'une de ses activités.",
					activityType, P.getActivityType_Name());
		}
	}

	@Check(CheckType.NORMAL)
	public void competenceBelongsToAnActivityType(ProfessionalCompetence competence) {
		Referential referential = getContainerOfType(competence, Referential.class);
		if (referential == null || referential.getActivityTypes().isEmpty()) {
			return; // the activity referential is not written in this file
		}
		if (!index(referential).attachedToActivityType.contains(competence)) {
			report(COMPETENCE_WITHOUT_ACTIVITY_TYPE, "La compétence " + competence.getName()
					+ " n'est rattachée à aucune activité type. Ajoutez " + competence.getName()
					+ " à la ligne « compétences » de l'activité type (ou de l'activité) dont elle découle.",
					competence, P.getCompetence_Name());
		}
	}

	@Check(CheckType.FAST)
	public void blockHasModality(Block block) {
		if (!Attachments.hasModality(block)) {
			report(BLOCK_WITHOUT_MODALITY, "Le bloc " + block.getName()
					+ " n'a aucune modalité d'évaluation : ses compétences ne sont évaluées nulle part. Ajoutez une ligne « modalité situation \"…\" » (ou livrable, entretien, questionnaire…) dans le bloc ou dans son activité type.",
					block, P.getBlock_Name());
		}
	}

	/** Criteria of a competence, or criteria of an activity or block that concern it. */
	@Check(CheckType.NORMAL)
	public void competenceHasCriteria(Competence competence) {
		if (!competence.getPerformanceCriteria().isEmpty()) {
			return;
		}
		Referential referential = getContainerOfType(competence, Referential.class);
		if (referential != null && index(referential).withEvaluationCriteria.contains(competence)) {
			return;
		}
		report(COMPETENCE_WITHOUT_CRITERION, "La compétence " + competence.getName()
				+ " n'a aucun critère de performance. Ajoutez « critères de performance » suivi d'au moins une ligne « - … ».",
				competence, P.getCompetence_Name());
	}

	@Check(CheckType.FAST)
	public void activityCriteriaAreAttached(ActivityNode node) {
		criteriaAreAttached(node, node.getEvaluationCriteria(), "l'activité", "à l'activité");
	}

	@Check(CheckType.FAST)
	public void blockCriteriaAreAttached(Block block) {
		criteriaAreAttached(block, block.getEvaluationCriteria(), "le bloc", "au bloc");
	}

	private void criteriaAreAttached(EObject holder, List<Criterion> criteria, String what, String toWhat) {
		if (!criteria.isEmpty() && Attachments.concernedByHolder(holder).isEmpty()) {
			report(UNATTACHED_CRITERION, "Ces critères d'évaluation ne sont rattachés à aucune compétence : "
					+ Names.of(holder) + " n'en liste aucune. Ajoutez une ligne « compétences … » " + toWhat
					+ " pour dire ce que ces critères évaluent.", criteria.get(0), P.getCriterion_Text());
		}
	}

	@Check(CheckType.FAST)
	public void modalityEvaluatesSomething(EvaluationModality modality) {
		if (modality.getEvaluates().isEmpty() && Attachments.concernedByHolder(modality.eContainer()).isEmpty()) {
			report(MODALITY_EVALUATES_NOTHING, Names.capitalized(modality) + " n'évalue aucune compétence : "
					+ Names.of(modality.eContainer()) + " n'en liste aucune. Ajoutez dans la modalité une ligne « évalue CP1, CP2 », ou les compétences "
					+ Names.to(modality.eContainer()) + ".", modality, P.getEvaluationModality_Kind());
		}
	}

	/** « correspond à » links a competence to one of another version, never back to itself. */
	@Check(CheckType.NORMAL)
	public void correspondenceIsNotCircular(Competence competence) {
		List<Competence> cycle = cycle(competence, Competence::getCorrespondsTo);
		// Two versions that name each other (old → new, new → old) say one thing twice: no cycle.
		boolean mutual = cycle.size() == 3 && getContainerOfType(cycle.get(1), Referential.class) != getContainerOfType(competence, Referential.class);
		if (!cycle.isEmpty() && !mutual) {
			report(CYCLIC_REFERENCE, "La compétence " + competence.getName() + " correspond à elle-même ("
					+ String.join(" → ", cycle.stream().map(Competence::getName).toList())
					+ "). « correspond à » relie une compétence à celle d'une autre version du titre : corrigez cette ligne.",
					competence, P.getCompetence_CorrespondsTo());
		}
	}

	/** A referential cannot replace itself, directly or through a chain of versions. */
	@Check(CheckType.NORMAL)
	public void versionsAreNotCircular(Relation relation) {
		Referential start = getContainerOfType(relation, Referential.class);
		Referential target = relation.getReferential();
		if (start == null || target == null || target.eIsProxy()) {
			return;
		}
		RelationKind kind = relation.getKind();
		List<Referential> cycle = target == start ? List.of(start, start)
				: kind == RelationKind.EQUIVALENCE ? List.of()
				: cycle(start, r -> r.getRelations().stream().filter(x -> x.getKind() == kind && x.getReferential() != null)
						.map(Relation::getReferential).toList());
		if (!cycle.isEmpty()) {
			report(CYCLIC_REFERENCE, "Le référentiel " + start.getName() + " se retrouve dans sa propre chaîne de versions ("
					+ String.join(" → ", cycle.stream().map(Referential::getName).toList()) + " avec « " + kind.getLiteral()
					+ " »). Vérifiez quel référentiel remplace lequel.", relation, P.getRelation_Referential());
		}
	}

	/** The path from {@code start} back to itself through {@code next}, or an empty list. */
	private static <T extends EObject> List<T> cycle(T start, Function<T, List<? extends T>> next) {
		Map<T, T> parent = new HashMap<>();
		Set<T> seen = new HashSet<>();
		Deque<T> queue = new ArrayDeque<>(List.of(start));
		while (!queue.isEmpty()) {
			T current = queue.poll();
			for (T following : next.apply(current)) {
				if (following == null || following.eIsProxy()) {
					continue;
				}
				if (following == start) {
					List<T> path = new ArrayList<>(List.of(start));
					for (T t = current; t != start; t = parent.get(t)) {
						path.add(1, t);
					}
					path.add(start);
					return path;
				}
				if (seen.add(following)) {
					parent.put(following, current);
					queue.add(following);
				}
			}
		}
		return List.of();
	}
}
