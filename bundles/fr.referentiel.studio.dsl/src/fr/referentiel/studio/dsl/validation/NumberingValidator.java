/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import static fr.referentiel.studio.dsl.validation.IssueCodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import fr.referentiel.studio.dsl.validation.IssueData.Edit;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentielPackage;

/**
 * Numbering as the official documents print it: activities 1, 1.1, 1.1.1 under their parent,
 * activity types and competence sheets 1..n. Each problem carries the edits that renumber the
 * whole sequence (and the sub-activities of a renumbered activity), for the quick fix.
 */
public class NumberingValidator extends ReferentielCheck {

	private static final ReferentielPackage P = ReferentielPackage.eINSTANCE;

	@Check(CheckType.FAST)
	public void activitiesAreNumberedUnderTheirParent(ActivityNode parent) {
		List<Activity> children = parent.getActivities();
		if (children.isEmpty()) {
			return;
		}
		String prefix = prefixOf(parent, children.get(0));
		String[] renumber = null;
		Map<Integer, Activity> seen = new HashMap<>();
		int previous = 0;
		for (Activity child : children) {
			List<Integer> parts = parts(child.getNumber());
			if (parts.isEmpty()) {
				continue;
			}
			String childPrefix = join(parts.subList(0, parts.size() - 1));
			int last = parts.get(parts.size() - 1);
			String problem = null;
			String code = null;
			if (!childPrefix.equals(prefix)) {
				code = WRONG_PARENT_NUMBER;
				problem = "L'activité " + child.getNumber() + " est placée sous " + Names.of(parent)
						+ " : son numéro devrait commencer par « " + prefix + " ». Déplacez-la sous l'activité dont elle dépend, ou renumérotez-la.";
			} else if (seen.containsKey(last)) {
				code = DUPLICATE_NUMBER;
				problem = "Le numéro " + child.getNumber() + " est déjà celui de l'activité de la ligne " + line(seen.get(last))
						+ ". Renumérotez les activités de " + Names.of(parent) + ".";
			} else if (last != previous + 1) {
				code = NUMBERING_GAP;
				String all = "les activités de " + Names.of(parent);
				problem = last <= previous
						? "L'activité " + child.getNumber() + " vient après l'activité " + dotted(prefix, previous)
								+ " : remettez " + all + " dans l'ordre ou renumérotez-les."
						: "L'activité " + child.getNumber() + (previous == 0 ? " est la première sous " + Names.of(parent)
								: " suit l'activité " + dotted(prefix, previous)) + " : le numéro " + dotted(prefix, previous + 1)
								+ " manque. Ajoutez l'activité manquante ou renumérotez " + all + ".";
			}
			if (childPrefix.equals(prefix) && !seen.containsKey(last)) {
				seen.put(last, child);
				previous = Math.max(previous, last);
			}
			if (code != null) {
				if (renumber == null) {
					List<String> edits = new ArrayList<>();
					renumber(children, prefix, edits);
					renumber = edits.toArray(String[]::new);
				}
				report(code, problem, child, P.getActivity_Number(), renumber);
			}
		}
	}

	@Check(CheckType.FAST)
	public void activityTypesAndCompetencesAreNumbered1ToN(Referential referential) {
		sequence(referential.getActivityTypes(), ActivityType::getNumber, P.getActivityType_Number(), "L'activité type",
				"les activités types");
		sequence(referential.getCompetences(), Competence::getNumber, P.getCompetence_Number(), "La compétence",
				"les compétences");
		sequence(referential.getTransversalCompetences(), Competence::getNumber, P.getCompetence_Number(),
				"La compétence transversale", "les compétences transversales");
	}

	/** Checks the numbers given (non-zero) of a list of elements numbered 1..n. */
	private <T extends EObject> void sequence(List<T> elements, Function<T, Integer> number, EAttribute feature, String what,
			String all) {
		List<T> numbered = elements.stream().filter(e -> number.apply(e) > 0).toList();
		Map<Integer, T> seen = new HashMap<>();
		int previous = 0;
		String[] renumber = null;
		for (T element : numbered) {
			int n = number.apply(element);
			String code = null;
			String problem = null;
			if (seen.containsKey(n)) {
				code = DUPLICATE_NUMBER;
				problem = "Le numéro " + n + " est déjà celui de " + Names.of(seen.get(n)) + " (ligne " + line(seen.get(n))
						+ "). Renumérotez " + all + ".";
			} else if (n != previous + 1) {
				code = NUMBERING_GAP;
				problem = n <= previous
						? what + " " + Names.id(element) + " porte le numéro " + n + " après le numéro " + previous
								+ " : remettez " + all + " dans l'ordre ou renumérotez-les."
						: what + " " + Names.id(element) + " porte le numéro " + n + " : le numéro " + (previous + 1)
								+ " manque. Ajoutez l'élément manquant ou renumérotez " + all + ".";
			}
			if (!seen.containsKey(n)) {
				seen.put(n, element);
				previous = Math.max(previous, n);
			}
			if (code != null) {
				if (renumber == null) {
					List<String> edits = new ArrayList<>();
					for (int i = 0; i < numbered.size(); i++) {
						edit(numbered.get(i), feature, String.valueOf(i + 1), edits);
					}
					renumber = edits.toArray(String[]::new);
				}
				report(code, problem, element, feature, renumber);
			}
		}
	}

	/** The number every child of {@code parent} should start with. */
	private static String prefixOf(ActivityNode parent, Activity first) {
		if (parent instanceof Activity activity) {
			return activity.getNumber();
		}
		int number = ((ActivityType) parent).getNumber();
		if (number > 0) {
			return String.valueOf(number);
		}
		List<Integer> parts = parts(first.getNumber());
		return parts.isEmpty() ? "" : join(parts.subList(0, parts.size() - 1));
	}

	/** Edits that number {@code children} prefix.1, prefix.2… and their sub-activities below them. */
	private static void renumber(List<Activity> children, String prefix, List<String> edits) {
		for (int i = 0; i < children.size(); i++) {
			Activity child = children.get(i);
			String number = dotted(prefix, i + 1);
			edit(child, P.getActivity_Number(), number, edits);
			renumber(child.getActivities(), number, edits);
		}
	}

	private static void edit(EObject element, EAttribute feature, String text, List<String> edits) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		if (!nodes.isEmpty()) {
			INode node = nodes.get(0);
			if (!NodeModelUtils.getTokenText(node).equals(text)) {
				edits.add(new Edit(node.getOffset(), node.getLength(), text).encode());
			}
		}
	}

	private static String dotted(String prefix, int n) {
		return prefix == null || prefix.isEmpty() ? String.valueOf(n) : prefix + "." + n;
	}

	private static List<Integer> parts(String number) {
		List<Integer> parts = new ArrayList<>();
		if (number == null) {
			return parts;
		}
		for (String part : number.split("\\.")) {
			try {
				parts.add(Integer.parseInt(part.strip()));
			} catch (NumberFormatException e) {
				return List.of();
			}
		}
		return parts;
	}

	private static String join(List<Integer> parts) {
		return String.join(".", parts.stream().map(String::valueOf).toList());
	}
}
