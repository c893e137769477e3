/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * The clauses of an element may come in any order, so the grammar allows every clause again after
 * each one; a clause that holds a single value (« numéro », « code », « durée »…) and is already
 * written is not proposed again (writing it twice is the error duplicateClause).
 */
public class ReferentielKeywordProposals extends IdeContentProposalProvider {

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return super.filterKeyword(keyword, context) && !alreadyWritten(keyword, context.getCurrentModel());
	}

	/** Whether the keyword opens a clause of the current element whose single value is already set. */
	private static boolean alreadyWritten(Keyword keyword, EObject element) {
		if (element == null || !(keyword.eContainer() instanceof Group clause) || clause.getElements().get(0) != keyword) {
			return false;
		}
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		if (rule.getAlternatives() == clause || rule.getType() == null
				|| !rule.getType().getClassifier().isInstance(element)) {
			return false; // the keyword that starts an element, or a clause of another kind of element
		}
		for (AbstractElement part : clause.getElements()) {
			if (part instanceof Assignment assignment) {
				EStructuralFeature feature = element.eClass().getEStructuralFeature(assignment.getFeature());
				return feature != null && !feature.isMany() && element.eIsSet(feature);
			}
		}
		return false;
	}
}
