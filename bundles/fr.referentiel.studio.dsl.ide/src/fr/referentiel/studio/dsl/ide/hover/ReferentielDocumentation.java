/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.hover;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;

import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.KnowledgeGroup;
import fr.referentiel.studio.model.KnowledgeItem;
import fr.referentiel.studio.model.TransversalCompetence;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * The text a hover shows for an element: the whole competence sheet, activity or criterion, so
 * that a designer reading {@code compétences CP1, CP2} sees what CP2 says without leaving the line.
 * Shared by the language server and the Eclipse editor (both use Xtext's HoverService).
 *
 * <p>Markdown (LSP clients render it): the labels are bold, the referential's own text is escaped,
 * so that a title such as {@code [x](javascript:…)} or {@code <img onerror=…>} reaches the reader as
 * text, never as a link, a tag or emphasis. The Eclipse hover turns it back into text.
 */
public class ReferentielDocumentation implements IEObjectDocumentationProvider {

	/** Markdown punctuation: a backslash before it makes it a plain character (CommonMark). */
	private static final String PUNCTUATION = "\\`*_[]()#+-.!|{}~";

	@Override
	public String getDocumentation(EObject o) {
		StringBuilder text = new StringBuilder();
		if (o instanceof Competence c) {
			text.append("**").append(c instanceof TransversalCompetence ? "Compétence transversale " : "Compétence ")
					.append(escape(c.getName())).append(c.getNumber() > 0 ? " (n° " + c.getNumber() + ")" : "").append("** — ")
					.append(escape(c.getTitle())).append('\n');
			section(text, "Description", c.getDescription());
			section(text, "Contexte", c.getContext());
			section(text, "Critères de performance", c.getPerformanceCriteria().stream().map(Criterion::getText).toList());
			for (KnowledgeGroup group : c.getKnowledge()) {
				section(text, escape(category(group)), group.getItems().stream().map(KnowledgeItem::getText).toList());
			}
		} else if (o instanceof ActivityNode a) {
			String label = a instanceof ActivityType at ? "Activité type " + escape(at.getName())
					: "Activité " + escape(((Activity) a).getNumber());
			text.append("**").append(label).append("** — ").append(escape(a.getTitle())).append('\n');
			section(text, "Description", a.getDescription());
			section(text, "Contexte", a.getContext());
			section(text, "Compétences", a.getCompetences().stream()
					.map(c -> c.eIsProxy() ? "?" : nullToEmpty(c.getName()) + " " + nullToEmpty(c.getTitle())).toList());
			section(text, "Critères d'évaluation", a.getEvaluationCriteria().stream().map(Criterion::getText).toList());
		} else if (o instanceof Block b) {
			text.append("**Bloc ").append(escape(b.getName())).append("** — ").append(escape(b.getTitle())).append('\n');
			section(text, "Description", b.getDescription());
		} else if (o instanceof Criterion c) {
			text.append("**Critère** — ").append(escape(c.getText()));
		} else if (o instanceof KnowledgeItem k) {
			text.append(escape(k.getText()));
		} else {
			return null;
		}
		return text.toString().strip();
	}

	/**
	 * The referential's text as Markdown that shows it as it is: punctuation backslash-escaped, and
	 * {@code < > &} as HTML entities (Markdown lets HTML through), so nothing becomes a link, a tag,
	 * an entity or emphasis.
	 */
	private static String escape(String raw) {
		if (raw == null) {
			return "";
		}
		// A control character would reach the client's screen raw: shown as its escape (\u001B).
		String text = ControlCharacters.escape(raw);
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				default -> {
					if (PUNCTUATION.indexOf(c) >= 0) {
						escaped.append('\\');
					}
					escaped.append(c);
				}
			}
		}
		return escaped.toString();
	}

	/** The heading of a knowledge group, « Savoir-faire techniques » or its own; the outline names it the same. */
	public static String category(KnowledgeGroup group) {
		if (!group.isSetCategory()) {
			return group.getHeading() == null ? "Savoir-faire et savoirs" : group.getHeading(); // a mixed list
		}
		String name = switch (group.getCategory()) {
			case TECHNICAL_SKILLS -> "Savoir-faire techniques";
			case ORGANISATIONAL_SKILLS -> "Savoir-faire organisationnels";
			case RELATIONAL_SKILLS -> "Savoir-faire relationnels";
			case KNOWLEDGE -> "Savoirs";
		};
		return group.getHeading() == null ? name : name + " — " + group.getHeading();
	}

	private static void section(StringBuilder text, String heading, List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}
		text.append("\n").append(heading).append(" :\n");
		for (String line : lines) {
			text.append("- ").append(escape(nullToEmpty(line).strip())).append('\n');
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
