/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

import fr.referentiel.studio.model.ReferentielPackage;

/**
 * One kind of symbol per kind of element, so that an outline shows activity types, activities,
 * competences, criteria, knowledge, blocs, modalities and sections with different icons (Xtext gives them all « Property »). LSP has
 * no kinds of its own for a referential: the nearest in spirit are taken, the same in every client.
 */
public class ReferentielSymbolKinds extends DocumentSymbolKindProvider {

	private static final ReferentielPackage P = ReferentielPackage.eINSTANCE;

	@Override
	protected SymbolKind getSymbolKind(EClass kind) {
		if (kind == P.getReferential()) {
			return SymbolKind.Module;
		} else if (kind == P.getActivityType()) {
			return SymbolKind.Class;
		} else if (kind == P.getActivity()) {
			return SymbolKind.Method;
		} else if (P.getTransversalCompetence().isSuperTypeOf(kind)) {
			return SymbolKind.Interface;
		} else if (P.getCompetence().isSuperTypeOf(kind)) {
			return SymbolKind.Function;
		} else if (kind == P.getCriterion()) {
			return SymbolKind.Field;
		} else if (kind == P.getBlock()) {
			return SymbolKind.Package;
		} else if (kind == P.getEvaluationModality()) {
			return SymbolKind.Event;
		} else if (kind == P.getKnowledgeGroup()) {
			return SymbolKind.Struct;
		} else if (kind == P.getKnowledgeItem()) {
			return SymbolKind.EnumMember;
		} else if (kind == P.getSection()) {
			return SymbolKind.Namespace; // a part of the document, holding prose
		} else if (kind == P.getGlossaryEntry()) {
			return SymbolKind.Constant; // a term whose meaning is fixed for the whole referential
		} else if (kind == P.getRubric()) {
			return SymbolKind.String;
		}
		return SymbolKind.Property;
	}
}
