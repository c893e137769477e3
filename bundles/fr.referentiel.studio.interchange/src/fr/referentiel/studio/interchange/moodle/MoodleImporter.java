/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.moodle;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.Importer;
import fr.referentiel.studio.interchange.InputText;
import fr.referentiel.studio.interchange.framework.FrameworkBuilder;
import fr.referentiel.studio.interchange.framework.IdentityNotes;
import fr.referentiel.studio.interchange.framework.Item;
import fr.referentiel.studio.interchange.framework.ItemRole;
import fr.referentiel.studio.interchange.framework.Names;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentialKind;
import fr.referentiel.studio.model.ReferentielFactory;
import fr.referentiel.studio.model.Section;

/**
 * Imports a Moodle competency framework, the CSV of {@code admin/tool/lpimportcsv} (Moodle's
 * « Export competency framework », or Référentiel Studio's {@code --format moodle}): the framework
 * row gives the title and the identity, the competency rows the tree by their parent id numbers.
 * Where an element goes: the id numbers and descriptions of Référentiel Studio's own export say it
 * ({@code CP3-CR2} is a performance criterion of CP3); in another file, the framework's taxonomy
 * when its levels differ (domain, competency, indicator), else the shape of the tree, or the
 * user's choice by level (option {@link #LEVELS}).
 */
public final class MoodleImporter implements Importer {

	/** The option that gives the role of each level: {@code activité type,compétence,critère}. */
	public static final String LEVELS = "niveaux";

	static final List<String> HEADER = List.of("Parent id number", "Id number", "Shortname", "Description", "Description format",
			"Scale values", "Scale configuration", "Rule type (optional)", "Rule outcome (optional)", "Rule config (optional)",
			"Cross referenced competency id numbers", "Exported id (optional)", "Is framework", "Taxonomy");

	private static final ReferentielFactory F = ReferentielFactory.eINSTANCE;
	private static final Pattern START_LINE = Pattern.compile("startline (\\d+)|line (\\d+)");
	private static final Pattern LEAF = Pattern.compile("-(CD|CR|SF|SA|SK)\\d+");
	private static final Pattern NUMBER = Pattern.compile("N° (\\d{1,4})");
	private static final Pattern CODE = Pattern.compile("(TP-\\d{5}|RNCP\\d{3,5})(?:-(.+))?");
	/** Moodle's taxonomy words, by what they name in a referential. */
	private static final Map<String, ItemRole> TAXONOMY = Map.ofEntries(Map.entry("domain", ItemRole.ACTIVITY_TYPE),
			Map.entry("competency", ItemRole.COMPETENCE), Map.entry("skill", ItemRole.COMPETENCE),
			Map.entry("practice", ItemRole.COMPETENCE), Map.entry("indicator", ItemRole.PERFORMANCE_INDICATOR),
			Map.entry("behaviour", ItemRole.PERFORMANCE_INDICATOR), Map.entry("outcome", ItemRole.PERFORMANCE_CRITERION),
			Map.entry("proficiency", ItemRole.PERFORMANCE_CRITERION));

	@Override
	public String id() {
		return "moodle";
	}

	@Override
	public String label() {
		return "Référentiel de compétences Moodle (CSV de l'outil d'import/export)";
	}

	@Override
	public List<String> extensions() {
		return List.of("csv");
	}

	@Override
	public Imported read(Path input, Map<String, String> options) throws ImportException {
		String name = String.valueOf(input.getFileName());
		List<ItemRole> levels = levels(options.get(LEVELS)); // a mistake of the user is said before the file is read
		String text = InputText.read(input, "le fichier CSV d'un référentiel de compétences Moodle");
		return new Reading(name, records(text, name), levels).imported();
	}

	/** {@code activité type,compétence,critère}: one role a level, from the top. */
	public static List<ItemRole> levels(String option) throws ImportException {
		List<ItemRole> levels = new ArrayList<>();
		if (option == null || option.isBlank()) {
			return levels;
		}
		for (String word : option.split("[,;]")) {
			levels.add(ItemRole.named(word).orElseThrow(() -> new ImportException("Niveaux « " + option + " » : « " + word.strip()
					+ " » n'est pas un élément d'un référentiel. Écrivez l'un de : " + ItemRole.labels() + ", séparés par des virgules.")));
		}
		return levels;
	}

	/** One row of the file, with its line. */
	private record Row(int line, Map<String, String> values) {
		String get(String column) {
			String v = values.get(column);
			return v == null ? "" : v;
		}
	}

	/** The records, checked against Moodle's 14 columns. */
	private static List<Row> records(String text, String name) throws ImportException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
				.setIgnoreEmptyLines(true).get();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> header = parser.getHeaderNames();
			List<String> twice = HEADER.stream().filter(h -> header.indexOf(h) != header.lastIndexOf(h)).toList();
			if (!twice.isEmpty()) {
				throw new ImportException("« " + name + " », ligne 1 : la colonne « " + twice.get(0) + " » est nommée deux fois : "
						+ "laquelle lire ne peut pas être deviné. Gardez-en une seule. Rien n'a été écrit.", 1, 1);
			}
			List<String> missing = HEADER.stream().filter(h -> !header.contains(h)).toList();
			if (!missing.isEmpty()) {
				throw new ImportException("« " + name + " », ligne 1 : ce n'est pas un référentiel de compétences Moodle : il manque "
						+ (missing.size() == 1 ? "la colonne « " : "les colonnes « ") + String.join(" », « ", missing) + " ». La première "
						+ "ligne d'un export Moodle nomme ses 14 colonnes (« Parent id number », « Id number », « Shortname »…), en "
						+ "anglais. Rien n'a été écrit.", 1, 1);
			}
			LineStarts lines = new LineStarts(text);
			for (CSVRecord record : parser) {
				int line = lines.lineOf(record.getCharacterPosition());
				if (record.size() != header.size()) {
					throw new ImportException("« " + name + " », ligne " + line + " : " + record.size() + " champs au lieu de "
							+ header.size() + " (un guillemet mal fermé, ou une virgule en trop). Rien n'a été écrit.", line, 1);
				}
				Map<String, String> values = new HashMap<>();
				for (String column : HEADER) {
					values.put(column, record.get(column));
				}
				rows.add(new Row(line, values));
			}
		} catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
			Matcher at = START_LINE.matcher(String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage()));
			int lineNo = at.find() ? Integer.parseInt(at.group(1) != null ? at.group(1) : at.group(2)) : 0;
			String where = lineNo > 0 ? ", ligne " + lineNo : "";
			boolean quote = String.valueOf(e.getMessage()).contains("EOF") || String.valueOf(e.getCause()).contains("EOF");
			throw new ImportException("« " + name + " »" + where + " : le CSV est mal formé"
					+ (quote ? " (un guillemet ouvert n'est jamais fermé)" : " (guillemets ou séparateurs)") + ". Vérifiez le fichier, "
					+ "ou exportez le référentiel de Moodle à nouveau. Rien n'a été écrit.", lineNo, 0);
		}
		return rows;
	}

	/** The line of a character position, by a binary search of the line starts (a rescan for each record was quadratic). */
	private static final class LineStarts {
		private final int[] starts;
		private final int count;

		LineStarts(String text) {
			int[] found = new int[64];
			int n = 1;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					if (n == found.length) {
						found = java.util.Arrays.copyOf(found, n * 2);
					}
					found[n++] = i + 1;
				}
			}
			starts = found;
			count = n;
		}

		int lineOf(long position) {
			int i = java.util.Arrays.binarySearch(starts, 0, count, (int) Math.min(position, Integer.MAX_VALUE));
			return (i >= 0 ? i : -i - 2) + 1;
		}
	}

	/** One framework turned into a referential. */
	private static final class Reading {

		private final String fileName;
		private final List<Row> rows;
		private final List<ItemRole> levels;
		private final List<String> warnings = new ArrayList<>();
		private final List<String> header = new ArrayList<>();
		private final Referential r = F.createReferential();

		Reading(String fileName, List<Row> rows, List<ItemRole> levels) {
			this.fileName = fileName;
			this.rows = rows;
			this.levels = levels;
		}

		Imported imported() throws ImportException {
			List<Row> frameworks = rows.stream().filter(row -> row.get("Is framework").strip().equals("1")).toList();
			if (frameworks.isEmpty()) {
				throw new ImportException("« " + fileName + " » n'a pas de ligne de référentiel (« Is framework » à 1, la première "
						+ "ligne d'un export Moodle) : rien à importer.", rows.isEmpty() ? 1 : rows.get(0).line(), 1);
			}
			Row framework = frameworks.get(0);
			if (frameworks.size() > 1) {
				warnings.add("Le fichier contient " + frameworks.size() + " référentiels (« Is framework » à 1) : seul le premier est "
						+ "importé, avec ses compétences ; les autres commencent ligne " + frameworks.get(1).line() + ".");
			}
			List<String> taxonomy = List.of(framework.get("Taxonomy").split(",", -1));
			framework(framework);
			List<Item> top = tree(framework, taxonomy);
			FrameworkBuilder.build(r, top, warnings);
			Names.clean(r);
			header.add(0, "Importé de « " + fileName + " » (référentiel de compétences Moodle « " + framework.get("Id number") + " »).");
			header.add(1, "Moodle ne porte ni les activités, ni les modalités d'évaluation, ni les sections, ni le glossaire : voir "
					+ "docs/interchange.md.");
			return new Imported(r, header, warnings, Names.fileName(r));
		}

		private void framework(Row row) {
			List<String> paragraphs = Html.paragraphs(row.get("Description"));
			String shortname = row.get("Shortname").strip();
			String title = titleOf(shortname, paragraphs);
			r.setTitle(title.isEmpty() ? "Référentiel importé" : title);
			List<String> items = Html.listItems(row.get("Description"));
			IdentityNotes notes = IdentityNotes.apply(r, items);
			paragraphs.removeAll(items);
			List<String> prose = new ArrayList<>(paragraphs);
			prose.addAll(notes.unknown());
			if (!prose.isEmpty()) {
				Section section = F.createSection();
				section.setTitle("Présentation");
				section.getParagraphs().addAll(prose);
				r.getSections().add(section);
			}
			String id = row.get("Id number").strip();
			Matcher m = CODE.matcher(id);
			if (!notes.gave("Code") && m.matches()) {
				r.setCode(m.group(1));
			}
			if (!r.eIsSet(r.eClass().getEStructuralFeature("kind"))) {
				r.setKind(ReferentialKind.OTHER);
			}
			r.setName(Names.identifier(r));
			if (r.getAcronym() == null && r.getCode() == null && Names.identifier(id) != null) {
				r.setName(Names.identifier(id)); // the framework's id number names it better than its title
			}
			String scale = row.get("Scale values").strip();
			if (!scale.isEmpty()) {
				header.add("Échelle de Moodle : " + scale + " (un référentiel n'en a pas : elle se choisit à l'export, option scale).");
			}
		}

		/** The rows under the framework, as a tree by parent id numbers, in the order of the file. */
		private List<Item> tree(Row framework, List<String> taxonomy) throws ImportException {
			Map<String, Item> byId = new LinkedHashMap<>();
			Map<Item, Row> rowOf = new java.util.IdentityHashMap<>();
			Map<Item, Integer> depths = new java.util.IdentityHashMap<>();
			List<Item> top = new ArrayList<>();
			Map<String, List<String>> crossReferences = new LinkedHashMap<>();
			int index = rows.indexOf(framework);
			int orphans = 0;
			for (Row row : rows.subList(index + 1, rows.size())) {
				if (row.get("Is framework").strip().equals("1")) {
					break;
				}
				Item item = new Item();
				String idNumber = row.get("Id number").strip();
				item.code = idNumber;
				String parentId = row.get("Parent id number").strip();
				Item parent = parentId.isEmpty() ? null : byId.get(parentId);
				int depth = parent == null ? 1 : depths.get(parent) + 1;
				if (depth > FrameworkBuilder.MAX_DEPTH) {
					throw new ImportException("« " + fileName + " », ligne " + row.line() + " : plus de " + FrameworkBuilder.MAX_DEPTH
							+ " niveaux de compétences imbriquées ; un référentiel en a rarement plus de six. Vérifiez les numéros de "
							+ "parent (« Parent id number »). Rien n'a été écrit.", row.line(), 1);
				}
				depths.put(item, depth);
				if (!parentId.isEmpty() && parent == null) {
					orphans++;
				}
				describe(item, row, parent, parentId);
				if (parent == null) {
					top.add(item);
				} else {
					parent.children.add(item);
				}
				if (!idNumber.isEmpty() && byId.putIfAbsent(idNumber, item) != null) {
					warnings.add("Ligne " + row.line() + " : le numéro d'identification « " + idNumber + " » est déjà pris ligne "
							+ rowOf.get(byId.get(idNumber)).line() + " : les lignes qui le nomment comme parent vont sous la première.");
				}
				rowOf.put(item, row);
				String cross = row.get("Cross referenced competency id numbers").strip();
				if (!cross.isEmpty()) {
					crossReferences.put(idNumber, List.of(cross.split(",")));
				}
			}
			if (orphans > 0) {
				warnings.add(orphans + (orphans == 1 ? " ligne nomme un parent qui n'est pas avant elle : elle est placée"
						: " lignes nomment un parent qui n'est pas avant elles : elles sont placées") + " en haut.");
			}
			roles(top, taxonomy, 0);
			crossReferences(byId, crossReferences);
			return top;
		}

		/** Title, paragraphs, number and kind of one row, from its description as Référentiel Studio writes it. */
		private void describe(Item item, Row row, Item parent, String parentId) {
			List<String> paragraphs = Html.paragraphs(row.get("Description"));
			item.title = titleOf(row.get("Shortname").strip(), paragraphs);
			Matcher leaf = LEAF.matcher(item.code.startsWith(parentId + "-") && parent != null ? item.code.substring(parentId.length()) : "");
			if (leaf.matches() && !paragraphs.isEmpty()) {
				String kind = paragraphs.remove(paragraphs.size() - 1);
				item.role = switch (leaf.group(1)) {
					case "CD" -> ItemRole.DETAIL;
					case "CR" -> kind.equals("Indicateur de performance") ? ItemRole.PERFORMANCE_INDICATOR : ItemRole.PERFORMANCE_CRITERION;
					case "SF" -> ItemRole.SKILL;
					case "SA" -> ItemRole.KNOWLEDGE;
					default -> ItemRole.MIXED_KNOWLEDGE;
				};
				if (item.role == ItemRole.SKILL || item.role == ItemRole.KNOWLEDGE || item.role == ItemRole.MIXED_KNOWLEDGE) {
					item.heading = kind;
				}
			}
			for (String p : paragraphs) {
				Matcher number = NUMBER.matcher(p);
				if (p.startsWith("Contexte : ")) {
					item.context.add(p.substring("Contexte : ".length()));
				} else if (number.matches() && item.number == null) {
					item.number = Integer.valueOf(number.group(1));
				} else if (p.startsWith("Code : ") && parent == null) {
					item.code = p.substring("Code : ".length()).strip();
					item.role = ItemRole.BLOC;
				} else if (p.startsWith("Correspond à : ") || p.startsWith("Remplacée par : ")) {
					header.add(item.code + " : « " + p + " » (écrivez « correspond à » quand les deux versions sont chargées ensemble).");
				} else {
					item.description.add(p);
				}
			}
		}

		/**
		 * The roles the file does not say, level by level: the user's levels, else the framework's
		 * taxonomy when its words differ from one level to the next; otherwise the shape decides.
		 */
		private void roles(List<Item> items, List<String> taxonomy, int depth) {
			boolean informative = taxonomy.stream().map(String::strip).distinct().count() > 1;
			for (Item item : items) {
				if (item.role == null) {
					if (depth < levels.size()) {
						item.role = levels.get(depth);
					} else if (levels.isEmpty() && informative && depth < taxonomy.size()) {
						ItemRole role = TAXONOMY.get(taxonomy.get(depth).strip());
						// A domain holds competences: a row at that level with only criteria under it is a competence itself.
						boolean holdsCompetences = item.children.stream().anyMatch(c -> c.role == null);
						item.role = role == ItemRole.ACTIVITY_TYPE && !holdsCompetences ? null : role;
					}
				}
				roles(item.children, taxonomy, depth + 1);
			}
		}

		/** An activity type's cross-references name its transversal competences; others are said, not kept. */
		private void crossReferences(Map<String, Item> byId, Map<String, List<String>> references) {
			int kept = 0;
			int left = 0;
			for (Map.Entry<String, List<String>> entry : references.entrySet()) {
				Item item = byId.get(entry.getKey());
				for (String id : entry.getValue()) {
					Item target = byId.get(id.strip().replace("%2C", ","));
					if (item != null && target != null && item.role == ItemRole.ACTIVITY_TYPE && target.children.stream()
							.allMatch(c -> c.role != null && c.role != ItemRole.COMPETENCE)) {
						if (target.role == null || target.role == ItemRole.COMPETENCE) {
							target.role = ItemRole.TRANSVERSAL_COMPETENCE;
						}
						item.related.add(target);
						kept++;
					} else {
						left++;
					}
				}
			}
			if (left > 0) {
				warnings.add(left + (left == 1 ? " référence croisée (« Cross referenced competency id numbers ») n'est pas reprise"
						: " références croisées (« Cross referenced competency id numbers ») ne sont pas reprises")
						+ " : un référentiel ne lie que les activités types à leurs compétences transversales.");
			}
		}

		/**
		 * The whole title: the first paragraph of the description when the short name is it or its
		 * beginning cut with « … » (Moodle's 100 characters); else the short name. The paragraph is
		 * then taken out of the description.
		 */
		private static String titleOf(String shortname, List<String> paragraphs) {
			if (!paragraphs.isEmpty()) {
				String first = paragraphs.get(0);
				String head = shortname.endsWith("…") ? shortname.substring(0, shortname.length() - 1).strip() : null;
				if (first.equals(shortname) || (head != null && !head.isEmpty() && first.startsWith(head))) {
					paragraphs.remove(0);
					return first;
				}
			}
			return shortname;
		}
	}
}
