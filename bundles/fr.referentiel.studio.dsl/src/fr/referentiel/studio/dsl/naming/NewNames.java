/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.naming;

import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Whether a new identifier may be given to an element, the one rule of renaming in the editor and
 * in the language server: an identifier of the language (terminal ID; a keyword only written with
 * {@code ^}), not the old one, and no other element's qualified name, in its file or in the files
 * the scoping sees (the duplicateIdentifier rule: two CP2 would make every « CP2 » ambiguous).
 */
@Singleton
public class NewNames {

	private static final Pattern IDENTIFIER = Pattern.compile("\\^?[a-zA-Z_][a-zA-Z_0-9]*");

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ResourceDescriptionsProvider index;

	private final Set<String> keywords;

	@Inject
	NewNames(IGrammarAccess grammar) {
		keywords = Set.copyOf(GrammarUtil.getAllKeywords(grammar.getGrammar()));
	}

	/** The identifier of an element (AT1, CP3, BC01, TAI_2023), null when it has none. */
	public static String nameOf(EObject element) {
		EStructuralFeature name = element == null ? null : element.eClass().getEStructuralFeature("name");
		return name == null ? null : (String) element.eGet(name);
	}

	/**
	 * Why {@code newName} cannot be the identifier of {@code element}, in French; null when it can.
	 * With no element, only whether it is an identifier.
	 */
	public String refusal(EObject element, String newName) {
		String written = newName == null ? "" : newName.strip();
		if (!IDENTIFIER.matcher(written).matches()) {
			return "« " + written + " » n'est pas un identifiant : lettres sans accent, chiffres et _, sans espace, "
					+ "ne commençant pas par un chiffre (par exemple CP12 ou BC_01).";
		}
		String name = written.startsWith("^") ? written.substring(1) : written;
		if (!written.startsWith("^") && keywords.contains(name)) {
			return "« " + name + " » est un mot du langage : comme identifiant, écrivez-le « ^" + name
					+ " », ou choisissez-en un autre.";
		}
		if (element == null) {
			return null;
		}
		if (name.equals(nameOf(element))) {
			return "Le nouvel identifiant est identique à l'ancien.";
		}
		QualifiedName old = names.getFullyQualifiedName(element);
		QualifiedName wanted = old == null ? QualifiedName.create(name) : old.skipLast(1).append(name);
		if (element.eResource() == null) {
			return null;
		}
		for (Iterator<EObject> it = element.eResource().getAllContents(); it.hasNext();) {
			EObject other = it.next();
			if (other != element && nameOf(other) != null && wanted.equals(names.getFullyQualifiedName(other))) {
				return "L'identifiant « " + name + " » est déjà celui d'un autre élément de ce référentiel : "
						+ "choisissez-en un autre, sans quoi chaque « " + name + " » serait ambigu.";
			}
		}
		URI own = element.eResource().getURI();
		for (IEObjectDescription other : index.getResourceDescriptions(element.eResource())
				.getExportedObjects(EcorePackage.Literals.EOBJECT, wanted, false)) {
			URI file = other.getEObjectURI().trimFragment();
			if (!file.equals(own)) {
				return "L'identifiant « " + wanted + " » est déjà celui d'un élément du fichier « " + URI.decode(file.lastSegment())
						+ " » : choisissez-en un autre, sans quoi chaque « " + name + " » serait ambigu.";
			}
		}
		return null;
	}
}
