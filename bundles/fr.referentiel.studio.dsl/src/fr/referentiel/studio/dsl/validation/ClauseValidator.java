/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import static fr.referentiel.studio.dsl.validation.IssueCodes.DUPLICATE_CLAUSE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import fr.referentiel.studio.model.ReferentielPackage;

/**
 * The clauses of an element come in any order; one that holds a single value (« numéro »,
 * « code », « durée »…) written twice would keep only its last value and lose the other: said
 * once, on the second, naming both lines.
 */
public class ClauseValidator extends ReferentielCheck {

	private static final ReferentielPackage P = ReferentielPackage.eINSTANCE;

	/** The single-valued clauses, with the words that write them. */
	private static final Map<EStructuralFeature, String> CLAUSES = new LinkedHashMap<>();

	static {
		CLAUSES.put(P.getReferential_Acronym(), "sigle");
		CLAUSES.put(P.getReferential_Kind(), "type");
		CLAUSES.put(P.getReferential_Code(), "code");
		CLAUSES.put(P.getReferential_Level(), "niveau");
		CLAUSES.put(P.getReferential_Version(), "millésime");
		CLAUSES.put(P.getReferential_ValidationDate(), "date de validation");
		CLAUSES.put(P.getReferential_UpdateDate(), "date de mise à jour");
		CLAUSES.put(P.getBlock_Number(), "numéro");
		CLAUSES.put(P.getBlock_Code(), "code");
		CLAUSES.put(P.getActivityType_Number(), "numéro");
		CLAUSES.put(P.getCompetence_Number(), "numéro");
		CLAUSES.put(P.getEvaluationModality_Duration(), "durée");
	}

	@Check(CheckType.FAST)
	public void singleValuedClauseWrittenOnce(EObject element) {
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			String clause = CLAUSES.get(feature);
			if (clause == null) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
			for (int i = 1; i < nodes.size(); i++) {
				INode node = nodes.get(i);
				reportAt(DUPLICATE_CLAUSE, "La clause « " + clause + " » est écrite deux fois dans " + Names.of(element)
						+ " (lignes " + nodes.get(0).getStartLine() + " et " + node.getStartLine()
						+ ") : seule la dernière valeur serait gardée. Supprimez celle qui est fausse.",
						element, node.getOffset(), node.getLength());
			}
		}
	}
}
