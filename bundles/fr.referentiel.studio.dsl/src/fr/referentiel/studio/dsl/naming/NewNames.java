/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.naming;

import java.util.Iterator;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Whether a new identifier may be given to an element, the one rule of renaming in the editor and
 * in the language server: an identifier of the language, not the old one, and not the name of
 * another element of the same referential (two CP2 would make every « CP2 » ambiguous).
 */
public final class NewNames {

	private static final Pattern IDENTIFIER = Pattern.compile("\\^?[a-zA-Z_][a-zA-Z_0-9]*");

	private NewNames() {
	}

	/** The identifier of an element (AT1, CP3, BC01, TAI_2023), null when it has none. */
	public static String nameOf(EObject element) {
		EStructuralFeature name = element == null ? null : element.eClass().getEStructuralFeature("name");
		return name == null ? null : (String) element.eGet(name);
	}

	/** Why {@code newName} cannot be the identifier of {@code element}, in French; null when it can. */
	public static String refusal(EObject element, String newName) {
		String name = newName == null ? "" : newName.strip();
		if (!IDENTIFIER.matcher(name).matches()) {
			return "« " + name + " » n'est pas un identifiant : lettres sans accent, chiffres et _, sans espace, "
					+ "ne commençant pas par un chiffre (par exemple CP12 ou BC_01).";
		}
		if (name.equals(nameOf(element))) {
			return "Le nouvel identifiant est identique à l'ancien.";
		}
		if (element != null && element.eResource() != null) {
			for (Iterator<EObject> it = element.eResource().getAllContents(); it.hasNext();) {
				EObject other = it.next();
				if (other != element && name.equals(nameOf(other))) {
					return "L'identifiant « " + name + " » est déjà celui d'un autre élément de ce référentiel : "
							+ "choisissez-en un autre, sans quoi chaque « " + name + " » serait ambigu.";
				}
			}
		}
		return null;
	}
}
