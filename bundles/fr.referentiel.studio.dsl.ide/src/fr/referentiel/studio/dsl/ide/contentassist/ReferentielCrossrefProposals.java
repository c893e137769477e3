/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.contentassist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * Proposals for references show the title of what they name: « CP3 — Intervenir sur les
 * matériels… » says more to a designer than the identifier alone.
 */
public class ReferentielCrossrefProposals extends IdeCrossrefProposalProvider {

	@Inject
	private IdeContentProposalPriorities priorities;

	/**
	 * The candidates of the file being written first (CP1 of this referential before TAI_2018.CP1),
	 * and not the ones the list being written already names (« compétences CP1, CP2, » does not
	 * propose CP1 again).
	 */
	@Override
	public void lookupCrossReference(IScope scope, CrossReference crossReference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor, Predicate<IEObjectDescription> filter) {
		Set<URI> named = alreadyNamed(crossReference, context);
		URI here = context.getResource() == null ? null : context.getResource().getURI();
		for (IEObjectDescription candidate : queryScope(scope, crossReference, context)) {
			if (!acceptor.canAcceptMoreProposals()) {
				return;
			}
			if (!filter.apply(candidate) || named.contains(candidate.getEObjectURI())) {
				continue;
			}
			ContentAssistEntry entry = createProposal(candidate, crossReference, context);
			if (entry != null) {
				boolean own = here != null && here.equals(candidate.getEObjectURI().trimFragment());
				acceptor.accept(entry, priorities.getCrossRefPriority(candidate, entry) + (own ? 100 : 0));
			}
		}
	}

	/** The elements the list feature of the current element already refers to, but for the one at the caret. */
	private static Set<URI> alreadyNamed(CrossReference crossReference, ContentAssistContext context) {
		Set<URI> named = new HashSet<>();
		EObject element = context.getCurrentModel();
		Assignment assignment = GrammarUtil.containingAssignment(crossReference);
		EStructuralFeature feature = element == null || assignment == null ? null
				: element.eClass().getEStructuralFeature(assignment.getFeature());
		if (feature == null || !feature.isMany() || !(element.eGet(feature, true) instanceof List<?> values)) {
			return named;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		for (int i = 0; i < values.size() && i < nodes.size(); i++) {
			INode node = nodes.get(i);
			boolean atCaret = node.getOffset() <= context.getOffset() && context.getOffset() <= node.getEndOffset();
			if (!atCaret && values.get(i) instanceof EObject target && !target.eIsProxy()) {
				named.add(EcoreUtil.getURI(target));
			}
		}
		return named;
	}

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
