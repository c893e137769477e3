/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.moodle;

import static fr.referentiel.studio.export.Referentials.nullToEmpty;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.referentiel.studio.export.IdentityField;
import fr.referentiel.studio.export.KnowledgeSection;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.CriteriaTerm;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.TransversalCompetence;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * The rows of a Moodle competency framework, as {@code tool_lpimportcsv} reads them: the
 * framework row first, then the competencies, each after its parent. The tree is the one a
 * learning platform assesses: the activity types (or, without them, the blocs) as domains, the
 * competences under the activity type that lists them first, then under each competence its
 * detailed competences, its performance criteria and its knowledge items, in the order of the
 * file. Transversal competences come after, at the top. Moodle's tree has no place for the
 * activities themselves, the modalities, the sections or the glossary.
 */
final class MoodleFramework {

	/** The 14 columns of {@code framework_importer::list_required_headers()}, in its order and its English words. */
	static final List<String> HEADER = List.of("Parent id number", "Id number", "Shortname", "Description",
			"Description format", "Scale values", "Scale configuration", "Rule type (optional)", "Rule outcome (optional)",
			"Rule config (optional)", "Cross referenced competency id numbers", "Exported id (optional)", "Is framework",
			"Taxonomy");

	/** Moodle's limit (PARAM_TEXT, shorten_text(…, 100)) for id numbers and short names, in characters. */
	static final int MAX_LENGTH = 100;

	/** Moodle's FORMAT_HTML. */
	private static final String HTML = "1";

	/** One competency of the framework before it becomes a row. */
	private record Entry(String parent, String idNumber, String shortname, String description, List<String> related) {
	}

	private final Referential referential;
	private final String scaleValues;
	private final List<Entry> entries = new ArrayList<>();
	private final List<String> notices = new ArrayList<>();
	/** The elements whose short name was cut after a whole word: said once, at the end. */
	private final List<String> cutAtAWord = new ArrayList<>();
	private final Map<Competence, String> competenceIds = new IdentityHashMap<>();
	private boolean grouped;
	private String frameworkId;
	private String frameworkShortname;

	private MoodleFramework(Referential referential, String scaleValues) {
		this.referential = referential;
		this.scaleValues = scaleValues;
	}

	static MoodleFramework of(Referential referential, String scaleValues) {
		MoodleFramework framework = new MoodleFramework(referential, scaleValues);
		framework.collect();
		return framework;
	}

	/** The competences (professional and transversal) the framework holds. */
	int competenceCount() {
		return competenceIds.size();
	}

	/**
	 * The short names and id numbers cut inside a word, in the order of the rows, then one sentence
	 * naming the short names cut after a whole word (long criteria and knowledge items are common:
	 * one line, not one per item).
	 */
	List<String> notices() {
		List<String> all = new ArrayList<>(notices);
		if (!cutAtAWord.isEmpty()) {
			all.add("Moodle : " + (cutAtAWord.size() == 1 ? "le nom abrégé de « " + cutAtAWord.get(0) + " » a"
					: cutAtAWord.size() + " noms abrégés ont") + " plus de " + MAX_LENGTH
					+ " caractères, la limite de Moodle : " + (cutAtAWord.size() == 1 ? "il est coupé" : "ils sont coupés")
					+ " après le dernier mot entier, suivi de « … », et l'intitulé complet est dans la description ("
					+ String.join(", ", cutAtAWord) + ").");
		}
		return all;
	}

	/** The rows under the header, the framework's first. */
	List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		int values = scaleValues.split(",", -1).length;
		// The proficient and default value: the last of the scale (« Acquis »). Moodle replaces the
		// scale id of the first object by the id of the scale it finds or creates with these values.
		String configuration = "[{\"scaleid\":\"1\"},{\"id\":" + values + ",\"scaledefault\":1,\"proficient\":1}]";
		// One taxonomy a level of the tree, as Moodle's export writes them.
		Map<String, Integer> depths = new java.util.HashMap<>();
		int depth = 0;
		for (Entry e : entries) {
			int d = e.parent().isEmpty() ? 1 : depths.getOrDefault(e.parent(), 0) + 1;
			depths.put(e.idNumber(), d);
			depth = Math.max(depth, d);
		}
		List<String> words = grouped ? List.of("domain", "competency", "indicator") : List.of("competency", "indicator");
		List<String> taxonomy = new ArrayList<>();
		for (int level = 0; level < depth; level++) {
			taxonomy.add(words.get(Math.min(level, words.size() - 1)));
		}
		rows.add(List.of("", frameworkId, frameworkShortname, frameworkDescription(),
				HTML, scaleValues, configuration, "", "", "", "", "", "1", String.join(",", taxonomy)));
		int exported = 0;
		for (Entry e : entries) {
			exported++;
			rows.add(List.of(e.parent(), e.idNumber(), e.shortname(), e.description(), HTML, "", "", "", "0", "null",
					String.join(",", e.related().stream().map(id -> id.replace(",", "%2C")).toList()),
					String.valueOf(exported), "", ""));
		}
		return rows;
	}

	private String frameworkIdNumber() {
		String code = text(referential.getCode()).strip();
		String id = code.isEmpty() ? nullToEmpty(referential.getName()) : code;
		String version = text(referential.getVersion()).strip();
		return idNumber(version.isEmpty() ? id : id + "-" + version);
	}

	private String frameworkDescription() {
		StringBuilder html = new StringBuilder();
		html.append(paragraph(text(referential.getTitle())));
		List<String> fields = new ArrayList<>();
		for (IdentityField field : Referentials.identity(referential)) {
			if (!field.label().equals("Intitulé")) {
				fields.add(escape(field.label() + " : " + text(field.value()).replace("\n", " ; ")));
			}
		}
		if (!fields.isEmpty()) {
			html.append("<ul><li>").append(String.join("</li><li>", fields)).append("</li></ul>");
		}
		return html.toString();
	}

	private void collect() {
		frameworkId = frameworkIdNumber();
		frameworkShortname = shortname(text(referential.getTitle()), "le référentiel");
		Map<ProfessionalCompetence, ActivityNode> owners = Referentials.owners(referential);
		Set<ProfessionalCompetence> placed = new LinkedHashSet<>();
		if (!referential.getActivityTypes().isEmpty()) {
			grouped = true;
			for (ActivityType at : referential.getActivityTypes()) {
				String id = nullToEmpty(at.getName());
				List<String> related = new ArrayList<>();
				for (TransversalCompetence t : at.getTransversalCompetences()) {
					if (!t.eIsProxy() && t.eContainer() == referential) {
						related.add(idNumber(nullToEmpty(t.getName())));
					}
				}
				add("", id, at.getTitle(), html(at.getTitle(), at.getDescription(), at.getContext(), List.of()), related);
				for (ProfessionalCompetence c : referential.getCompetences()) {
					ActivityNode owner = owners.get(c);
					if (owner != null && Referentials.root(owner) == at && placed.add(c)) {
						competence(c, id);
					}
				}
			}
		} else if (!referential.getBlocks().isEmpty()) {
			grouped = true;
			for (Block b : referential.getBlocks()) {
				String id = nullToEmpty(b.getName());
				String code = text(b.getCode()).strip();
				List<String> extra = code.isEmpty() ? List.of() : List.of("Code : " + code);
				add("", id, b.getTitle(), html(b.getTitle(), b.getDescription(), b.getContext(), extra), List.of());
				for (Competence c : Referentials.competences(b)) {
					if (c instanceof ProfessionalCompetence pc && c.eContainer() == referential && placed.add(pc)) {
						competence(pc, id);
					}
				}
			}
		}
		for (ProfessionalCompetence c : referential.getCompetences()) {
			if (placed.add(c)) {
				competence(c, "");
			}
		}
		for (TransversalCompetence c : referential.getTransversalCompetences()) {
			competence(c, "");
		}
		resolveRelated();
	}

	private void competence(Competence c, String parent) {
		String id = nullToEmpty(c.getName());
		competenceIds.put(c, idNumber(id));
		List<String> extra = new ArrayList<>();
		String number = Referentials.number(c);
		if (!number.isEmpty()) {
			extra.add("N° " + number);
		}
		for (Competence other : c.getCorrespondsTo()) {
			extra.add("Correspond à : " + text(Referentials.reference(other, referential)));
		}
		for (Competence other : Referentials.takenUpBy(c)) {
			extra.add("Remplacée par : " + text(Referentials.reference(other, referential)));
		}
		add(parent, id, c.getTitle(), html(c.getTitle(), c.getDescription(), c.getContext(), extra), new ArrayList<>());
		int d = 0;
		for (String detail : Referentials.texts(c.getDetails())) {
			d++;
			leaf(id, id + "-CD" + d, detail, "Compétence détaillée");
		}
		String criterionKind = c.getCriteriaTerm() == CriteriaTerm.PERFORMANCE_INDICATORS ? "Indicateur de performance"
				: "Critère de performance";
		int k = 0;
		for (Criterion criterion : c.getPerformanceCriteria()) {
			k++;
			leaf(id, id + "-CR" + k, criterion.getText(), criterionKind);
		}
		int skills = 0;
		int knowledge = 0;
		int mixed = 0;
		for (KnowledgeSection section : Referentials.knowledge(c)) {
			for (String item : section.items()) {
				String code;
				if (section.category() == null) {
					code = "SK" + ++mixed;
				} else if (section.category() == fr.referentiel.studio.model.KnowledgeCategory.KNOWLEDGE) {
					code = "SA" + ++knowledge;
				} else {
					code = "SF" + ++skills;
				}
				leaf(id, id + "-" + code, item, section.heading());
			}
		}
	}

	private void leaf(String parent, String id, String statement, String kind) {
		add(parent, id, statement, html(statement, List.of(), List.of(), List.of(kind)), List.of());
	}

	private void add(String parent, String id, String title, String description, List<String> related) {
		entries.add(new Entry(parent.isEmpty() ? "" : idNumber(parent), idNumber(id), shortname(text(title), id), description,
				new ArrayList<>(related)));
	}

	/** The cross-references Moodle can make: « correspond à » a competence of this same framework. */
	private void resolveRelated() {
		Map<String, Entry> byId = new java.util.HashMap<>();
		for (Entry e : entries) {
			byId.putIfAbsent(e.idNumber(), e);
		}
		for (Map.Entry<Competence, String> c : competenceIds.entrySet()) {
			Entry e = byId.get(c.getValue());
			for (Competence other : c.getKey().getCorrespondsTo()) {
				String target = competenceIds.get(other);
				if (e != null && target != null && !target.equals(e.idNumber()) && !e.related().contains(target)) {
					e.related().add(target);
				}
			}
		}
	}

	/** The full text, escaped, in HTML paragraphs: the title, the description, the context, then the details. */
	private static String html(String title, List<String> description, List<String> context, List<String> extra) {
		StringBuilder html = new StringBuilder(paragraph(text(title)));
		for (String p : description) {
			html.append(paragraph(text(p)));
		}
		for (String p : context) {
			html.append("<p><em>Contexte :</em> ").append(escape(text(p))).append("</p>");
		}
		for (String p : extra) {
			html.append(paragraph(text(p)));
		}
		return html.toString();
	}

	private static String paragraph(String text) {
		return "<p>" + escape(text) + "</p>";
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * A short name within Moodle's 100 characters: a longer title is cut after its last whole word
	 * that fits, followed by « … » (the description keeps it whole), said in the summary notice; a
	 * first word longer than the limit is cut inside, and a notice of its own says so.
	 */
	private String shortname(String title, String element) {
		String name = title.strip().replaceAll("\\s+", " ");
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		String head = prefix(name, MAX_LENGTH - 1);
		int space = head.lastIndexOf(' ');
		if (space > 0) {
			cutAtAWord.add(element);
			return head.substring(0, space).stripTrailing() + "…";
		}
		String cut = head + "…";
		notices.add("Moodle : le nom abrégé de « " + element + " » a plus de " + MAX_LENGTH
				+ " caractères sans espace où le couper ; il est coupé au milieu d'un mot (« " + cut
				+ " »), et l'intitulé complet est dans la description.");
		return cut;
	}

	/** An id number within Moodle's limit; identifiers are one word, so a cut is inside it and said. */
	private String idNumber(String id) {
		if (id.codePointCount(0, id.length()) <= MAX_LENGTH) {
			return id;
		}
		String cut = prefix(id, MAX_LENGTH);
		String notice = "Moodle : le numéro d'identification « " + id + " » a plus de " + MAX_LENGTH
				+ " caractères ; il est coupé au milieu (« " + cut + " »).";
		if (!notices.contains(notice)) {
			notices.add(notice);
		}
		return cut;
	}

	private static String prefix(String text, int codePoints) {
		return text.substring(0, text.offsetByCodePoints(0, codePoints));
	}

	private static String text(String text) {
		return ControlCharacters.blank(nullToEmpty(text));
	}
}
