/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * Proposals for references show the title of what they name: « CP3 — Intervenir sur les
 * matériels… » says more to a designer than the identifier alone.
 */
public class ReferentielCrossrefProposals extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null) {
			String title = ControlCharacters.escape(title(candidate, context));
			if (title != null) {
				entry.setLabel(entry.getProposal() + " — " + title);
				entry.setDescription(title);
			}
		}
		return entry;
	}

	private static String title(IEObjectDescription candidate, ContentAssistContext context) {
		EObject object = candidate.getEObjectOrProxy();
		if (object.eIsProxy() && context.getResource() != null) {
			object = EcoreUtil.resolve(object, context.getResource());
		}
		EStructuralFeature title = object.eClass().getEStructuralFeature("title");
		return title == null || object.eIsProxy() ? null : (String) object.eGet(title);
	}
}
