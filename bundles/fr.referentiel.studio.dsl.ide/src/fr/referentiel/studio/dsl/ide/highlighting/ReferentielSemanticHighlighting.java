/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic colouring: an identifier where it is declared ({@value #DECLARATION}) and where it is
 * referred to ({@value #REFERENCE}, {@value #BROKEN_REFERENCE} when it names nothing), which the
 * lexer alone cannot tell apart. Style ids are shared by every editor that uses this service.
 */
public class ReferentielSemanticHighlighting extends DefaultSemanticHighlightingCalculator {

	public static final String DECLARATION = "declaration";
	public static final String REFERENCE = "reference";
	public static final String BROKEN_REFERENCE = "brokenReference";

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (name != null) {
			for (INode node : NodeModelUtils.findNodesForFeature(object, name)) {
				acceptor.addPosition(node.getOffset(), node.getLength(), DECLARATION);
			}
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer()) {
				continue;
			}
			var nodes = NodeModelUtils.findNodesForFeature(object, reference);
			if (nodes.isEmpty()) {
				continue;
			}
			@SuppressWarnings("unchecked")
			java.util.List<EObject> targets = reference.isMany() ? (java.util.List<EObject>) object.eGet(reference, false)
					: java.util.Collections.singletonList((EObject) object.eGet(reference, false));
			for (int i = 0; i < nodes.size(); i++) {
				EObject target = i < targets.size() ? targets.get(i) : null;
				boolean broken = target == null || target.eIsProxy() && org.eclipse.emf.ecore.util.EcoreUtil.resolve(target, object).eIsProxy();
				INode node = nodes.get(i);
				acceptor.addPosition(node.getOffset(), node.getLength(), broken ? BROKEN_REFERENCE : REFERENCE);
			}
		}
		return false;
	}
}
