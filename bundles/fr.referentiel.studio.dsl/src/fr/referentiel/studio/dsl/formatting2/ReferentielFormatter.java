/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.formatting2;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import fr.referentiel.studio.dsl.services.ReferentielGrammarAccess;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.Deliverable;
import fr.referentiel.studio.model.KnowledgeItem;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.RubricLine;
import fr.referentiel.studio.model.Section;
import fr.referentiel.studio.model.SubCompetence;

/**
 * The one canonical layout of a .referentiel file:
 * <ul>
 * <li>every clause (a keyword that starts a group, such as {@code niveau} or {@code critères de
 * performance}) and every element starts a line; a blank line separates the main parts of a
 * referential (sections, activity types, competences, blocks, glossary);</li>
 * <li>the content of braces is indented by one level, and so are the prose lines ({@code | …}) and
 * list entries ({@code - …}) under the clause that introduces them;</li>
 * <li>one space between the words of a clause, none before a comma.</li>
 * </ul>
 * The rules follow the grammar's shape rather than listing each rule, so a new clause needs no
 * formatter change.
 */
public class ReferentielFormatter extends AbstractFormatter2 {

	private static final Set<String> PUNCTUATION = Set.of(",", "{", "}");

	@Inject
	private ReferentielGrammarAccess grammar;

	/** The canonical layout indents with four spaces, whatever the editor's own setting. */
	@Override
	protected void initialize(FormatterRequest request) {
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(request.getPreferences(), new java.util.HashMap<>());
		preferences.put(FormatterPreferenceKeys.indentation, "    ");
		preferences.put(FormatterPreferenceKeys.lineSeparator, "\n");
		request.setPreferences(preferences);
		super.initialize(request);
	}

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			if (!resource.getContents().isEmpty()) {
				format(resource.getContents().get(0), document);
			}
		} else if (object instanceof EObject element) {
			formatElement(element, document);
			for (EObject child : element.eContents()) {
				document.format(child);
			}
		}
	}

	private void formatElement(EObject element, IFormattableDocument doc) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
		if (region == null) {
			return;
		}
		ISemanticRegion first = null;
		EObject currentChild = null;
		ISemanticRegion runAnchor = null;
		ISemanticRegion runLast = null;
		Deque<ISemanticRegion> openBraces = new ArrayDeque<>();
		ISemanticRegion last = null;
		for (ISemanticRegion r : region.getAllSemanticRegions()) {
			last = r;
			if (first == null) {
				first = r;
				startOfElement(element, r, doc);
				continue;
			}
			EObject owner = r.getSemanticElement();
			if (owner != element) {
				// A region of a child element: the child formats itself; only its start matters here.
				EObject child = directChild(element, owner);
				if (child != currentChild) {
					currentChild = child;
					if (isListEntry(child)) {
						if (runAnchor == null) {
							runAnchor = r.getPreviousSemanticRegion();
						}
					} else if (runAnchor != null) {
						indentRun(runAnchor, runLast, doc);
						runAnchor = null;
					}
				}
				if (isListEntry(child)) {
					runLast = r;
				}
				continue;
			}
			currentChild = null;
			if (isLine(r)) {
				doc.prepend(r, it -> it.newLine());
				if (runAnchor == null) {
					runAnchor = r.getPreviousSemanticRegion();
				}
				runLast = r;
				continue;
			}
			if (runAnchor != null) {
				indentRun(runAnchor, runLast, doc);
				runAnchor = null;
			}
			String text = r.getText();
			if (text.equals(",")) {
				doc.prepend(r, it -> it.noSpace());
			} else if (isClauseStart(r)) {
				int lines = text.equals("glossaire") ? 2 : 1;
				doc.prepend(r, it -> it.setNewLines(lines));
			} else if (!text.equals("}")) {
				doc.prepend(r, it -> it.oneSpace());
			}
			if (isKeyword(r, "{")) {
				openBraces.push(r);
			} else if (isKeyword(r, "}") && !openBraces.isEmpty()) {
				doc.prepend(r, it -> it.newLine());
				doc.interior(openBraces.pop(), r, it -> it.indent());
			}
		}
		if (runAnchor != null) {
			indentRun(runAnchor, runLast, doc);
		}
		if (element.eContainer() == null && last != null) {
			doc.append(last, it -> it.setNewLines(1));
		}
	}

	/** Where an element starts: on a new line, after a blank line for the main parts. */
	private void startOfElement(EObject element, ISemanticRegion first, IFormattableDocument doc) {
		if (element.eContainer() == null) {
			return; // whatever precedes the referential (a header comment, blank lines) stays as written
		}
		boolean mainPart = element.eContainer() instanceof Referential && (element instanceof Section
				|| element instanceof ActivityType || element instanceof Competence || element instanceof Block);
		ISemanticRegion previous = first.getPreviousSemanticRegion();
		boolean afterBrace = previous != null && isKeyword(previous, "{");
		int lines = mainPart && !afterBrace ? 2 : 1;
		doc.prepend(first, it -> it.setNewLines(lines));
	}

	/** Indents the prose lines or list entries that follow {@code anchor}, up to {@code last}. */
	private void indentRun(ISemanticRegion anchor, ISemanticRegion last, IFormattableDocument doc) {
		doc.set(anchor.getNextHiddenRegion(), last.getNextHiddenRegion(), it -> it.indent());
	}

	/** A keyword that opens a clause: the first keyword of a group, not a word inside one. */
	private boolean isClauseStart(ISemanticRegion r) {
		if (!isWord(r) || PUNCTUATION.contains(r.getText())) {
			return false;
		}
		ISemanticRegion previous = r.getPreviousSemanticRegion();
		if (previous == null || !isWord(previous) || isKeyword(previous, "{") || isKeyword(previous, "}")) {
			return true;
		}
		// After a keyword, a word of the same clause; after an enum value, one only if that value opened
		// the clause (« indicateurs » de performance), not if it ended one (type REAC, then code …).
		return !(previous.getGrammarElement() instanceof Keyword) && !isClauseStart(previous);
	}

	/** A word of the language: a keyword, or an enum value, which can open a clause too (« indicateurs de performance »). */
	private static boolean isWord(ISemanticRegion r) {
		return r.getGrammarElement() instanceof Keyword || r.getGrammarElement() instanceof EnumLiteralDeclaration
				|| r.getGrammarElement() instanceof RuleCall call && call.getRule() instanceof EnumRule;
	}

	private boolean isLine(ISemanticRegion r) {
		// Prose lines, and list lines held as plain values (a bloc's « ressources »).
		return r.getGrammarElement() instanceof RuleCall call
				&& (call.getRule() == grammar.getPARAGRAPHRule() || call.getRule() == grammar.getBULLETRule());
	}

	private static boolean isListEntry(EObject element) {
		return element instanceof Criterion || element instanceof KnowledgeItem || element instanceof Deliverable
				|| element instanceof SubCompetence || element instanceof RubricLine;
	}

	private static boolean isKeyword(ISemanticRegion r, String keyword) {
		return r.getGrammarElement() instanceof Keyword k && k.getValue().equals(keyword);
	}

	private static EObject directChild(EObject parent, EObject descendant) {
		EObject child = descendant;
		while (child != null && child.eContainer() != parent) {
			child = child.eContainer();
		}
		return child;
	}
}
