/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * The clauses of an element may come in any order, so the grammar allows every clause again after
 * each one; a clause that holds a single value (« numéro », « code », « durée »…) and is already
 * written is not proposed again (writing it twice is the error duplicateClause).
 */
public class ReferentielKeywordProposals extends IdeContentProposalProvider {

	/**
	 * A keyword that starts a phrase of the language is proposed as the whole phrase, as designers
	 * write it: « critères de performance », « savoir-faire techniques », not « critères » then « de ».
	 */
	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (!filterKeyword(keyword, context)) {
			return;
		}
		for (String phrase : phrases(keyword)) {
			ContentAssistEntry entry = getProposalCreator().createProposal(phrase, context);
			if (entry != null) {
				entry.setKind(ContentAssistEntry.KIND_KEYWORD);
				acceptor.accept(entry, getProposalPriorities().getKeywordPriority(phrase, entry));
			}
		}
	}

	/**
	 * Xtext proposes the name of a feature where a terminal goes (« text » for a list entry,
	 * « name »): words of the grammar, not of the language, that a designer would type as they are.
	 */
	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (assignment.getTerminal() instanceof RuleCall call && call.getRule() instanceof TerminalRule) {
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}

	/** The keyword with the keywords that must follow it, one phrase per choice of an enumeration that follows. */
	static List<String> phrases(Keyword keyword) {
		List<String> phrases = new ArrayList<>(List.of(keyword.getValue()));
		// « indicateurs » is a literal of an enumeration: the phrase goes on after where it is called.
		AbstractElement start = keyword.eContainer() instanceof EnumLiteralDeclaration ? callOf(keyword) : keyword;
		if (start == null || !(start.eContainer() instanceof Group group)) {
			return phrases;
		}
		List<AbstractElement> parts = group.getElements();
		for (int i = parts.indexOf(start) + 1; i < parts.size(); i++) {
			AbstractElement next = parts.get(i);
			if (next.getCardinality() != null) {
				break; // optional or repeated: not part of the phrase
			}
			List<String> words = words(next);
			if (words.isEmpty()) {
				break;
			}
			List<String> longer = new ArrayList<>();
			for (String phrase : phrases) {
				for (String word : words) {
					longer.add(phrase + " " + word);
				}
			}
			phrases = longer;
		}
		return phrases;
	}

	/** The assignment calling each enumeration, found once: completion runs at every keystroke. */
	private static final Map<EnumRule, Optional<AbstractElement>> CALLS = new ConcurrentHashMap<>();

	/** The one assignment of the grammar that calls the enumeration of {@code literal}; null if several or none. */
	private static AbstractElement callOf(Keyword literal) {
		EnumRule rule = EcoreUtil2.getContainerOfType(literal, EnumRule.class);
		return CALLS.computeIfAbsent(rule, r -> {
			List<Assignment> calls = new ArrayList<>();
			for (RuleCall call : EcoreUtil2.getAllContentsOfType(GrammarUtil.getGrammar(r), RuleCall.class)) {
				if (call.getRule() == r && call.eContainer() instanceof Assignment assignment) {
					calls.add(assignment);
				}
			}
			return calls.size() == 1 ? Optional.of(calls.get(0)) : Optional.empty();
		}).orElse(null);
	}

	/** The words an element stands for when it is a keyword or the literals of an enumeration; else none. */
	private static List<String> words(AbstractElement element) {
		if (element instanceof Keyword keyword && Character.isLetter(keyword.getValue().charAt(0))) {
			return List.of(keyword.getValue());
		}
		AbstractElement terminal = element instanceof Assignment assignment ? assignment.getTerminal() : element;
		if (terminal instanceof RuleCall call && call.getRule() instanceof EnumRule rule) {
			List<String> literals = new ArrayList<>();
			for (EObject literal : EcoreUtil2.eAllContentsAsList(rule.getAlternatives())) {
				if (literal instanceof EnumLiteralDeclaration declaration) {
					literals.add(declaration.getLiteral().getValue());
				}
			}
			if (rule.getAlternatives() instanceof EnumLiteralDeclaration single) {
				literals.add(single.getLiteral().getValue());
			}
			return literals;
		}
		return List.of();
	}

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
