/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

import fr.referentiel.studio.dsl.ide.hover.ReferentielDocumentation;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.EvaluationModality;
import fr.referentiel.studio.model.GlossaryEntry;
import fr.referentiel.studio.model.KnowledgeGroup;
import fr.referentiel.studio.model.KnowledgeItem;
import fr.referentiel.studio.model.Option;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.Rubric;
import fr.referentiel.studio.model.Section;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * Names of the document symbols (outline of the editor and of language-server clients): the
 * identifier and the title, and also the elements without identifier that designers navigate by
 * (activities by number, criteria and knowledge by their text, sections, glossary terms and rubrics
 * by their title), which the default leaves out. Each name is one line.
 */
public class ReferentielSymbolNames extends DocumentSymbolNameProvider {

	private static final int MAX = 90;

	@Override
	public String getName(EObject object) {
		// One line: a title holding a line break or a tab would break the client's outline, and
		// control characters are shown as escapes, never raw.
		return ControlCharacters.oneLine(name(object));
	}

	private String name(EObject object) {
		return switch (object) {
			case Referential r -> r.getName() + " — " + nullToEmpty(r.getTitle());
			case ActivityType at -> at.getName() + " — " + nullToEmpty(at.getTitle());
			case Activity a -> "Activité " + nullToEmpty(a.getNumber()) + " — " + nullToEmpty(a.getTitle());
			case Competence c -> c.getName() + " — " + nullToEmpty(c.getTitle());
			case Block b -> b.getName() + " — " + nullToEmpty(b.getTitle());
			case Option o -> o.getName() + " — " + nullToEmpty(o.getTitle()); // not « R.O1 » alone, as the default
			case EvaluationModality m -> "Modalité " + (m.getTitle() != null ? m.getTitle() : m.getKind().getLiteral());
			case KnowledgeGroup g -> ReferentielDocumentation.category(g);
			case Criterion c -> "Critère : " + shorten(c.getText());
			case KnowledgeItem k -> shorten(k.getText());
			case Section s -> "Section : " + nullToEmpty(s.getTitle());
			case GlossaryEntry g -> "Terme : " + nullToEmpty(g.getTerm());
			case Rubric r -> "Rubrique " + (r.getCode() == null ? "" : r.getCode() + " — ") + nullToEmpty(r.getTitle());
			default -> super.getName(object);
		};
	}

	private static String shorten(String text) {
		String s = nullToEmpty(text).strip();
		return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
