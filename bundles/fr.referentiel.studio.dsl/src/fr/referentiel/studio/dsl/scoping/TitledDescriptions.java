/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.scoping;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/**
 * The index entry of every named element also holds its title, so that a search of the
 * workspace's symbols finds « Traiter un incident » as well as CP1: designers remember titles.
 */
public class TitledDescriptions extends DefaultResourceDescriptionStrategy {

	/** The key of the title in an entry's user data. */
	public static final String TITLE = "title";

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		QualifiedName name = getQualifiedNameProvider() == null ? null : getQualifiedNameProvider().getFullyQualifiedName(object);
		if (name == null) {
			return true;
		}
		EStructuralFeature feature = object.eClass().getEStructuralFeature(TITLE);
		Object title = feature == null ? null : object.eGet(feature);
		acceptor.accept(title instanceof String text && !text.isBlank()
				? EObjectDescription.create(name, object, Map.of(TITLE, text)) : EObjectDescription.create(name, object));
		return true;
	}
}
