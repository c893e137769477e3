/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import static fr.referentiel.studio.dsl.validation.IssueCodes.*;
import static org.eclipse.xtext.EcoreUtil2.getContainerOfType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import fr.referentiel.studio.dsl.validation.IssueData.Edit;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.Deliverable;
import fr.referentiel.studio.model.KnowledgeGroup;
import fr.referentiel.studio.model.KnowledgeItem;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentielPackage;
import fr.referentiel.studio.model.RubricLine;
import fr.referentiel.studio.model.SubCompetence;

/**
 * The text as these documents really go wrong: empty rows, the same line twice, lines copied
 * across competences with small changes, sentences cut by a page break, mixed apostrophes,
 * double spaces.
 */
public class TextQualityValidator extends ReferentielCheck {

	private static final ReferentielPackage P = ReferentielPackage.eINSTANCE;
	private static final Pattern SPACE_RUNS = Pattern.compile("[ \\t\\u00A0]{2,}");
	private static final char STRAIGHT = '\'';
	private static final char CURLY = '\u2019';

	@Check(CheckType.FAST)
	public void entriesAreNotEmptyNorDoubleSpaced(EObject element) {
		for (TextEntry entry : entries(element)) {
			if (entry.node() == null) {
				continue;
			}
			if (entry.isBlank()) {
				reportEmpty(entry);
				continue;
			}
			String token = entry.node().getText();
			int from = entry.textStart() - entry.node().getOffset();
			int to = entry.textEnd() - entry.node().getOffset();
			if (!hasSpaceRun(token, from, to)) {
				continue;
			}
			Matcher run = SPACE_RUNS.matcher(token).region(from, to);
			while (run.find()) {
				int offset = entry.node().getOffset() + run.start();
				reportAt(DOUBLE_SPACE, "Plusieurs espaces se suivent dans ce texte. Laissez une seule espace.", element, offset,
						run.end() - run.start(), new Edit(offset, run.end() - run.start(), " ").encode());
			}
		}
	}

	/** Whether two of the characters {@link #SPACE_RUNS} looks for follow each other in {@code token} between {@code from} and {@code to}. */
	private static boolean hasSpaceRun(String token, int from, int to) {
		for (int i = Math.max(from, 0) + 1; i < Math.min(to, token.length()); i++) {
			if (isSpaceOfRun(token.charAt(i)) && isSpaceOfRun(token.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSpaceOfRun(char c) {
		return c == ' ' || c == '\t' || c == '\u00A0';
	}

	private void reportEmpty(TextEntry entry) {
		EObject owner = entry.owner();
		if (isListEntry(owner)) {
			List<?> siblings = (List<?>) owner.eContainer().eGet(owner.eContainmentFeature());
			String[] fix = siblings.size() > 1 ? new String[] { removeLine(entry) } : new String[0];
			reportAt(EMPTY_ENTRY, "Cette entrée de liste est vide. Écrivez son texte après « - » ou supprimez la ligne.", owner,
					entry.node().getOffset(), entry.node().getLength(), fix);
		} else if (entry.feature().isMany()) {
			int count = ((List<?>) owner.eGet(entry.feature())).size();
			String[] fix = count > 1 ? new String[] { removeLine(entry) } : new String[0];
			reportAt(EMPTY_ENTRY, "Cette ligne de texte est vide. Écrivez le paragraphe après « | » ou supprimez la ligne.", owner,
					entry.node().getOffset(), entry.node().getLength(), fix);
		} else {
			report(EMPTY_ENTRY, "Ce titre est vide. Écrivez-le entre les guillemets.", owner, entry.feature());
		}
	}

	/** The same line twice in one element: in one list, or among all the knowledge of a competence. */
	@Check(CheckType.FAST)
	public void entriesAreNotRepeated(EObject element) {
		for (List<TextEntry> list : lists(element)) {
			repeated(list);
			cutSentences(list);
		}
		if (element instanceof Competence competence) {
			List<TextEntry> knowledge = new ArrayList<>();
			for (KnowledgeGroup group : competence.getKnowledge()) {
				for (KnowledgeItem item : group.getItems()) {
					knowledge.addAll(entries(item)); // its text, the only one a knowledge item holds
				}
			}
			repeated(knowledge);
		}
	}

	private void repeated(List<TextEntry> list) {
		Map<String, TextEntry> first = new HashMap<>();
		for (TextEntry entry : list) {
			if (entry.isBlank() || entry.node() == null) {
				continue;
			}
			TextEntry previous = first.putIfAbsent(key(entry), entry);
			if (previous != null) {
				reportAt(DUPLICATE_ENTRY, "Cette entrée répète celle de la ligne " + previous.node().getStartLine() + " : "
						+ Names.quote(previous.value()) + ". Supprimez-la, ou précisez ce qui les distingue.", entry.owner(),
						entry.node().getOffset(), entry.node().getLength(), removeLine(entry));
			}
		}
	}

	/** A line without final punctuation followed by a line starting in lower case: a sentence cut in two. */
	private void cutSentences(List<TextEntry> list) {
		for (int i = 0; i + 1 < list.size(); i++) {
			TextEntry entry = list.get(i);
			TextEntry next = list.get(i + 1);
			if (entry.node() == null || next.node() == null || entry.isBlank() || next.isBlank()) {
				continue;
			}
			if (!TextEntry.endsComplete(entry.value()) && TextEntry.startsLowerCase(next.value())) {
				int from = entry.textEnd();
				int to = next.textStart();
				reportAt(CUT_SENTENCE, "Cette phrase semble coupée : elle n'a pas de ponctuation finale et la ligne suivante commence par une minuscule ("
						+ Names.quote(next.value()) + "). Joignez les deux lignes, ou terminez la phrase.", entry.owner(),
						entry.node().getOffset(), entry.node().getLength(), new Edit(from, to - from, " ").encode());
			}
		}
	}

	/** An element that is one line of a list (« - … »), or of a rubric. */
	private static boolean isListEntry(EObject element) {
		return element instanceof Criterion || element instanceof KnowledgeItem || element instanceof Deliverable
				|| element instanceof SubCompetence || element instanceof RubricLine;
	}

	/** The lists of entries an element holds: each multi-valued prose attribute, each list of entries. */
	private List<List<TextEntry>> lists(EObject element) {
		List<List<TextEntry>> lists = new ArrayList<>();
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			// A list of one value or none holds no repetition nor cut sentence: its nodes need no walk.
			if (attribute.isMany() && !attribute.getName().equals("certifiers") && ((List<?>) element.eGet(attribute)).size() > 1) {
				List<TextEntry> entries = TextEntry.of(element, attribute);
				if (entries.size() > 1) {
					lists.add(entries);
				}
			}
		}
		for (EReference reference : element.eClass().getEAllContainments()) {
			if (!reference.isMany()) {
				continue;
			}
			List<TextEntry> entries = new ArrayList<>();
			for (Object child : (List<?>) element.eGet(reference)) {
				if (isListEntry((EObject) child)) {
					entries.addAll(entries((EObject) child));
				}
			}
			if (entries.size() > 1) {
				lists.add(entries);
			}
		}
		return lists;
	}

	/** One kind of apostrophe throughout the referential: the one it uses most. */
	@Check(CheckType.FAST)
	public void apostrophesAreConsistent(Referential referential) {
		List<TextEntry> texts = new ArrayList<>(entries(referential));
		referential.eAllContents().forEachRemaining(o -> texts.addAll(entries(o)));
		long straight = 0;
		long curly = 0;
		for (TextEntry t : texts) {
			String value = t.value();
			for (int i = 0; value != null && i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == STRAIGHT) {
					straight++;
				} else if (c == CURLY) {
					curly++;
				}
			}
		}
		if (straight == 0 || curly == 0) {
			return;
		}
		char dominant = curly > straight ? CURLY : STRAIGHT;
		char other = dominant == CURLY ? STRAIGHT : CURLY;
		for (TextEntry t : texts) {
			if (t.node() == null || t.value() == null || t.value().indexOf(other) < 0) {
				continue;
			}
			List<String> edits = new ArrayList<>();
			String token = t.node().getText();
			for (int i = token.indexOf(other); i >= 0; i = token.indexOf(other, i + 1)) {
				edits.add(new Edit(t.node().getOffset() + i, 1, String.valueOf(dominant)).encode());
			}
			reportAt(MIXED_APOSTROPHES, "Ce texte utilise l'apostrophe « " + other + " » alors que le référentiel utilise surtout « "
					+ dominant + " » (" + Math.max(straight, curly) + " fois contre " + Math.min(straight, curly)
					+ "). Utilisez la même apostrophe partout.", t.owner(), t.node().getOffset(), t.node().getLength(),
					edits.toArray(String[]::new));
		}
	}

	/**
	 * A criterion or knowledge item of one competence copied into another with small differences:
	 * the same text up to case, accents, spaces, apostrophes and final punctuation, but not
	 * identical. Texts are grouped by normalised key, never compared pair by pair.
	 */
	@Check(CheckType.NORMAL)
	public void competencesDoNotShareEntries(Referential referential) {
		List<Competence> competences = new ArrayList<>(referential.getCompetences());
		competences.addAll(referential.getTransversalCompetences());
		Map<String, List<TextEntry>> byText = new LinkedHashMap<>();
		for (Competence competence : competences) {
			for (Criterion criterion : competence.getPerformanceCriteria()) {
				add(byText, "critère", criterion);
			}
			for (KnowledgeGroup group : competence.getKnowledge()) {
				for (KnowledgeItem item : group.getItems()) {
					add(byText, "savoir", item);
				}
			}
		}
		for (List<TextEntry> same : byText.values()) {
			TextEntry first = same.get(0);
			Competence firstCompetence = getContainerOfType(first.owner(), Competence.class);
			List<Competence> reported = new ArrayList<>(List.of(firstCompetence));
			for (TextEntry entry : same.subList(1, same.size())) {
				Competence competence = getContainerOfType(entry.owner(), Competence.class);
				if (reported.contains(competence) || entry.value().strip().equals(first.value().strip())) {
					// Within one competence: a duplicate entry, reported as such. The very same text in two
					// competences is deliberate reuse (REACs repeat shared savoir-faire in each sheet).
					continue;
				}
				reported.add(competence);
				String what = entry.owner() instanceof Criterion ? "Ce critère" : "Cet élément de savoir";
				reportAt(NEAR_DUPLICATE, what + " de la compétence " + competence.getName() + " (ligne " + entry.node().getStartLine()
						+ ") est presque identique à celui de la compétence " + firstCompetence.getName() + " (ligne "
						+ first.node().getStartLine() + ") : " + Names.quote(first.value())
						+ ". Gardez-le dans une seule compétence, ou précisez ce qui les distingue.", entry.owner(),
						entry.node().getOffset(), entry.node().getLength());
			}
		}
	}

	private void add(Map<String, List<TextEntry>> byText, String kind, EObject entry) {
		for (TextEntry text : entries(entry)) {
			if (!text.isBlank() && text.node() != null) {
				byText.computeIfAbsent(kind + ":" + key(text), k -> new ArrayList<>()).add(text);
			}
		}
	}

	/** An edit that removes the whole line of an entry, its indentation and its line break included. */
	private static String removeLine(TextEntry entry) {
		String text = entry.node().getRootNode().getText();
		int start = entry.node().getOffset();
		while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
			start--;
		}
		int end = entry.node().getEndOffset();
		while (end < text.length() && text.charAt(end) != '\n') {
			end++;
		}
		if (end < text.length()) {
			end++;
		}
		return new Edit(start, end - start, "").encode();
	}
}
