/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import org.eclipse.emf.ecore.EObject;

import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.EvaluationModality;
import fr.referentiel.studio.model.GlossaryEntry;
import fr.referentiel.studio.model.Option;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.Section;
import fr.referentiel.studio.model.TransversalCompetence;

/** How messages name an element: the words of the referential, then its identifier. */
final class Names {

	private Names() {
	}

	/** "la compétence CP3", "l'activité 1.2", "le bloc CCP1"… */
	static String of(EObject element) {
		return switch (element) {
			case null -> "?";
			case Referential r -> "le référentiel " + r.getName();
			case ActivityType at -> "l'activité type " + at.getName();
			case Activity a -> "l'activité " + a.getNumber();
			case TransversalCompetence c -> "la compétence transversale " + c.getName();
			case Competence c -> "la compétence " + c.getName();
			case Block b -> "le bloc " + b.getName();
			case Option o -> "l'option " + o.getName();
			case EvaluationModality m -> "la modalité " + (m.getName() != null ? m.getName()
					: m.getTitle() != null ? "« " + m.getTitle() + " »" : m.getKind().getLiteral());
			case Section s -> "la section « " + s.getTitle() + " »";
			case GlossaryEntry g -> "le terme « " + g.getTerm() + " »";
			default -> element.eClass().getName();
		};
	}

	/** The same, capitalised for the start of a sentence. */
	static String capitalized(EObject element) {
		String name = of(element);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/** The element after « à »: "au bloc CCP1", "à l'activité 1.2", "à la compétence CP3". */
	static String to(EObject element) {
		String name = of(element);
		return name.startsWith("le ") ? "au " + name.substring(3) : "à " + name;
	}

	/** The identifier of a competence, activity type or block; its number for an activity. */
	static String id(EObject element) {
		return switch (element) {
			case ActivityType at -> at.getName();
			case Activity a -> a.getNumber();
			case Competence c -> c.getName();
			case Block b -> b.getName();
			default -> of(element);
		};
	}

	/** A quoted excerpt of an entry, shortened so that a message stays readable. */
	static String quote(String text) {
		String t = text == null ? "" : text.strip();
		return "« " + (t.length() > 60 ? t.substring(0, 57).strip() + "…" : t) + " »";
	}
}
