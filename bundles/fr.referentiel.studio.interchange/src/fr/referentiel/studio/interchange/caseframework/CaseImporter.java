/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.caseframework;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

import fr.referentiel.studio.export.FrenchLabels;
import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.Importer;
import fr.referentiel.studio.interchange.InputText;
import fr.referentiel.studio.interchange.framework.FrameworkBuilder;
import fr.referentiel.studio.interchange.framework.IdentityNotes;
import fr.referentiel.studio.interchange.framework.Item;
import fr.referentiel.studio.interchange.framework.ItemRole;
import fr.referentiel.studio.interchange.framework.Names;
import fr.referentiel.studio.model.ClassificationSystem;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentialKind;
import fr.referentiel.studio.model.ReferentielFactory;
import fr.referentiel.studio.model.Relation;
import fr.referentiel.studio.model.RelationKind;
import fr.referentiel.studio.model.Section;

/**
 * Imports a 1EdTech CASE 1.1 {@code CFPackage} (JSON): the CFDocument gives the referential's
 * identity, the CFItems and their {@code isChildOf} tree its activity types, activities,
 * competences, criteria, knowledge and blocs, by their CFItemType (the types Référentiel Studio's
 * own export declares are known; the user maps others with the option {@link #TYPES}, and an
 * unmapped type gets its place from the shape of the tree), {@code isPartOf} the competences of
 * the blocs. Lenient with CASE 1.0 and early OpenSALT exports: timestamps without a zone, sequence
 * numbers written as strings, keys it does not know.
 */
public final class CaseImporter implements Importer {

	/** The option that maps item types: {@code Cluster=activité type;Standard=compétence;Component=critère}. */
	public static final String TYPES = "types";

	private static final ReferentielFactory F = ReferentielFactory.eINSTANCE;
	private static final Pattern SUBJECT = Pattern.compile("(Code NSF|Code ROME|Formacode) (\\S+(?: – .*)?)");
	private static final Pattern CODE = Pattern.compile("TP-\\d{5}|RNCP\\d{3,5}");
	private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");

	@Override
	public String id() {
		return "case";
	}

	@Override
	public String label() {
		return "Référentiel CASE 1.1 (paquet CFPackage, JSON)";
	}

	@Override
	public List<String> extensions() {
		return List.of("json");
	}

	@Override
	public Imported read(Path input, Map<String, String> options) throws ImportException {
		String name = String.valueOf(input.getFileName());
		Map<String, ItemRole> mapping = mapping(options.get(TYPES)); // a mistake of the user is said before the file is read
		JsonObject pack = parse(InputText.read(input, "le fichier JSON d'un paquet CASE (CFPackage)"), name);
		return new Reading(name, pack, mapping).imported();
	}

	/** {@code Cluster=activité type;Standard=compétence} as a map; a word that names no role is refused with the list. */
	public static Map<String, ItemRole> mapping(String option) throws ImportException {
		Map<String, ItemRole> mapping = new LinkedHashMap<>();
		if (option == null || option.isBlank()) {
			return mapping;
		}
		for (String pair : option.split("[;\\n]")) {
			if (pair.isBlank()) {
				continue;
			}
			int eq = pair.lastIndexOf('=');
			if (eq <= 0) {
				throw new ImportException("Correspondance des types « " + pair.strip() + " » : écrivez « Type=rôle », par exemple "
						+ "« Standard=compétence », et séparez-les par « ; ».");
			}
			String role = pair.substring(eq + 1).strip();
			ItemRole r = ItemRole.named(role).orElseThrow(() -> new ImportException("Correspondance des types « " + pair.strip()
					+ " » : « " + role + " » n'est pas un élément d'un référentiel. Écrivez l'un de : " + ItemRole.labels() + "."));
			mapping.put(pair.substring(0, eq).strip(), r);
		}
		return mapping;
	}

	/** The JSON read strictly (a comment or a missing comma is an error, as for any CASE service), with its position. */
	static JsonObject parse(String text, String name) throws ImportException {
		JsonElement root;
		try {
			JsonReader reader = new JsonReader(new StringReader(text));
			reader.setStrictness(Strictness.STRICT);
			reader.setNestingLimit(64);
			root = JsonParser.parseReader(reader);
			if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
				throw new JsonParseException("text after the JSON value at " + reader.getPath());
			}
		} catch (JsonParseException | java.io.IOException | IllegalStateException e) {
			Matcher m = LOCATION.matcher(String.valueOf(e.getMessage()));
			int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
			int column = line > 0 ? Integer.parseInt(m.group(2)) : 0;
			throw new ImportException("« " + name + " »" + (line > 0 ? ", ligne " + line + ", colonne " + column : "")
					+ " : ce n'est pas du JSON valide" + (text.isBlank() ? " (le fichier est vide)" : "")
					+ " (fichier tronqué, virgule ou guillemet manquant, commentaire). Vérifiez le fichier, ou exportez-le à nouveau. "
					+ "Rien n'a été écrit.", line, column);
		}
		if (root.isJsonObject() && root.getAsJsonObject().has("CFPackage") && root.getAsJsonObject().get("CFPackage").isJsonObject()) {
			root = root.getAsJsonObject().get("CFPackage");
		}
		if (!root.isJsonObject() || !root.getAsJsonObject().has("CFDocument") || !root.getAsJsonObject().get("CFDocument").isJsonObject()) {
			throw new ImportException("« " + name + " » n'est pas un paquet CASE : il n'a pas d'objet « CFDocument » (un paquet "
					+ "CASE, réponse de getCFPackage, a CFDocument, CFItems et CFAssociations). Rien n'a été écrit.", 1, 1);
		}
		for (String list : List.of("CFItems", "CFAssociations")) {
			JsonElement value = root.getAsJsonObject().get(list);
			if (value != null && !value.isJsonNull() && !value.isJsonArray()) {
				throw new ImportException("« " + name + " » : « " + list + " » n'est pas une liste (un tableau JSON […]), comme un paquet "
						+ "CASE l'écrit. Rien n'a été écrit.", 1, 1);
			}
		}
		return root.getAsJsonObject();
	}

	/** One package turned into a referential. */
	private static final class Reading {

		private final String fileName;
		private final JsonObject pack;
		private final Map<String, ItemRole> mapping;
		private final List<String> warnings = new ArrayList<>();
		private final List<String> header = new ArrayList<>();
		private final Referential r = F.createReferential();
		private final Map<String, String> typeCodes = new HashMap<>();
		private final Map<String, Item> items = new LinkedHashMap<>();
		private final Set<String> unknownTypes = new java.util.LinkedHashSet<>();

		Reading(String fileName, JsonObject pack, Map<String, ItemRole> mapping) {
			this.fileName = fileName;
			this.pack = pack;
			this.mapping = mapping;
		}

		Imported imported() throws ImportException {
			JsonObject doc = pack.getAsJsonObject("CFDocument");
			String docId = string(doc, "identifier");
			document(doc);
			definitions();
			for (JsonObject item : objects(pack, "CFItems")) {
				item(item);
			}
			List<Item> top = tree(docId);
			FrameworkBuilder.build(r, top, warnings);
			Names.clean(r);
			if (!unknownTypes.isEmpty()) {
				warnings.add("Types d'éléments qui ne sont pas ceux de Référentiel Studio : « " + String.join(" », « ", unknownTypes)
						+ " » ; leur place vient de la forme de l'arbre (en haut, un élément qui a des petits-enfants est une activité "
						+ "type ; au-dessus des feuilles, une compétence ; les feuilles, des critères de performance). Pour la choisir : "
						+ "--types \"" + unknownTypes.iterator().next() + "=compétence\" (rôles : " + ItemRole.labels() + ").");
			}
			String date = string(doc, "lastChangeDateTime");
			header.add(0, "Importé de « " + fileName + " » (paquet CASE" + (string(doc, "caseVersion") == null ? ""
					: " " + string(doc, "caseVersion")) + ", CFDocument " + docId + (date == null ? "" : ", modifié le " + date) + ").");
			header.add(1, "CASE ne porte ni les modalités d'évaluation, ni les sections, ni le glossaire : voir docs/interchange.md.");
			return new Imported(r, header, warnings, Names.fileName(r));
		}

		private void document(JsonObject doc) {
			String title = string(doc, "title");
			if (title == null || title.isBlank()) {
				warnings.add("Le CFDocument n'a pas de titre : le référentiel s'appelle « Référentiel importé ».");
				title = "Référentiel importé";
			}
			r.setTitle(title.strip());
			IdentityNotes notes = IdentityNotes.apply(r, lines(string(doc, "notes")));
			if (r.getKind() == null || !r.eIsSet(r.eClass().getEStructuralFeature("kind"))) {
				String type = string(doc, "frameworkType");
				ReferentialKind kind = ReferentialKind.OTHER;
				for (ReferentialKind k : ReferentialKind.values()) {
					if (FrenchLabels.of(k).equals(type)) {
						kind = k;
					}
				}
				r.setKind(kind);
				if (kind == ReferentialKind.OTHER && type != null && !type.isBlank()) {
					header.add("Type de cadre (frameworkType) : " + type + ".");
				}
			}
			String creator = string(doc, "creator");
			if (!notes.gave("Certificateur") && creator != null && !creator.isBlank() && !creator.equals("Certificateur non précisé")) {
				for (String c : creator.split(" ; ")) {
					r.getCertifiers().add(c.strip());
				}
			}
			String publisher = string(doc, "publisher");
			if (publisher != null && !publisher.isBlank() && !publisher.equals(creator)) {
				header.add("Éditeur (publisher) : " + publisher + ".");
			}
			if (!notes.gave("Millésime") && string(doc, "version") != null) {
				r.setVersion(string(doc, "version").strip());
			}
			String start = string(doc, "statusStartDate");
			if (!notes.gave("Date de validation") && start != null) {
				try {
					r.setValidationDate(LocalDate.parse(start.strip().substring(0, Math.min(10, start.strip().length())))
							.format(DateTimeFormatter.ofPattern("dd/MM/uuuu")));
				} catch (DateTimeParseException e) {
					header.add("Date de début de statut (statusStartDate) : " + start + ".");
				}
			}
			subjects(doc, notes);
			List<String> prose = new ArrayList<>();
			String description = string(doc, "description");
			if (description != null && !description.isBlank()) {
				prose.addAll(lines(description));
			}
			prose.addAll(notes.unknown());
			if (!prose.isEmpty()) {
				Section section = F.createSection();
				section.setTitle("Présentation");
				section.getParagraphs().addAll(prose);
				r.getSections().add(section);
			}
			for (String other : List.of("adoptionStatus", "officialSourceURL", "licenseURI", "educationLevel")) {
				JsonElement value = doc.get(other);
				if (value != null && !value.isJsonNull() && !other.equals("adoptionStatus")) {
					header.add(other + " : " + value + ".");
				}
			}
			r.setName(Names.identifier(r));
		}

		private void subjects(JsonObject doc, IdentityNotes notes) {
			JsonElement subjects = doc.get("subject");
			if (subjects == null || !subjects.isJsonArray()) {
				return;
			}
			List<String> others = new ArrayList<>();
			for (JsonElement s : subjects.getAsJsonArray()) {
				String text = s.isJsonPrimitive() ? s.getAsString().strip() : String.valueOf(s);
				Matcher m = SUBJECT.matcher(text);
				if (m.matches()) {
					for (ClassificationSystem system : ClassificationSystem.values()) {
						if (FrenchLabels.of(system).equals(m.group(1)) && !notes.gave(m.group(1))) {
							r.getClassifications().add(IdentityNotes.classification(system, m.group(2)));
						}
					}
				} else {
					others.add(text);
				}
			}
			if (!others.isEmpty()) {
				header.add("Sujets (subject) : " + String.join(" ; ", others) + ".");
			}
		}

		/** CFItemTypes of CFDefinitions: the type codes of Référentiel Studio's own export, by title and identifier. */
		private void definitions() {
			JsonElement definitions = pack.get("CFDefinitions");
			if (definitions == null || !definitions.isJsonObject()) {
				return;
			}
			for (JsonObject type : objects(definitions.getAsJsonObject(), "CFItemTypes")) {
				String code = string(type, "typeCode") != null ? string(type, "typeCode") : string(type, "hierarchyCode");
				if (code != null) {
					typeCodes.putIfAbsent(String.valueOf(string(type, "title")), code);
					typeCodes.putIfAbsent(String.valueOf(string(type, "identifier")), code);
				}
			}
		}

		private void item(JsonObject json) {
			String id = string(json, "identifier");
			Item item = new Item();
			item.title = string(json, "fullStatement");
			if (item.title == null || item.title.isBlank()) {
				item.title = string(json, "abbreviatedStatement");
			}
			item.code = string(json, "humanCodingScheme");
			notes(item, string(json, "notes"));
			JsonElement keywords = json.get("conceptKeywords");
			if (keywords != null && keywords.isJsonArray()) {
				for (JsonElement k : keywords.getAsJsonArray()) {
					String word = k.isJsonPrimitive() ? k.getAsString().strip() : "";
					if (word.equals("Activité type d'extension")) {
						item.extension = true;
					} else if (!word.isEmpty() && item.heading == null) {
						item.heading = word;
					}
				}
			}
			item.role = role(json);
			if (id == null || items.containsKey(id)) {
				warnings.add("Un CFItem " + (id == null ? "sans identifiant" : "répète l'identifiant " + id)
						+ " : il est importé, mais aucune association ne peut le désigner.");
				id = "\u0000duplicate " + items.size(); // no identifier of a file holds a NUL
			}
			items.put(id, item);
		}

		/** « description\n\nContexte : context » as the CASE export writes notes: paragraphs, one a line. */
		private static void notes(Item item, String notes) {
			if (notes == null) {
				return;
			}
			for (String part : notes.split("\n\n")) {
				if (part.startsWith("Contexte : ")) {
					item.context.addAll(lines(part.substring("Contexte : ".length())));
				} else {
					item.description.addAll(lines(part));
				}
			}
		}

		private ItemRole role(JsonObject json) {
			String type = string(json, "CFItemType");
			JsonElement uri = json.get("CFItemTypeURI");
			String typeId = uri != null && uri.isJsonObject() ? string(uri.getAsJsonObject(), "identifier") : null;
			if (type == null && uri != null && uri.isJsonObject()) {
				type = string(uri.getAsJsonObject(), "title");
			}
			if (type == null) {
				return null;
			}
			if (mapping.containsKey(type)) {
				return mapping.get(type);
			}
			String code = typeCodes.getOrDefault(type, typeCodes.get(String.valueOf(typeId)));
			ItemRole role = code == null ? null : ItemRole.named(code).orElse(null);
			if (role == null) {
				role = ItemRole.named(type).orElse(null);
			}
			if (role == null) {
				unknownTypes.add(type);
			}
			return role;
		}

		/** The items under the CFDocument by isChildOf, each under its first parent, in sequence order; blocs get their members. */
		private List<Item> tree(String docId) throws ImportException {
			Map<Object, TreeMap<Long, Item>> children = new IdentityHashMap<>();
			Map<Item, Boolean> placed = new IdentityHashMap<>();
			Object document = new Object();
			Map<String, Integer> skipped = new TreeMap<>();
			List<Object[]> partOf = new ArrayList<>();
			long order = 0;
			int extraParents = 0;
			for (JsonObject a : objects(pack, "CFAssociations")) {
				order++;
				String type = String.valueOf(string(a, "associationType"));
				Item origin = items.get(node(a, "originNodeURI"));
				String destinationId = node(a, "destinationNodeURI");
				Item destination = items.get(destinationId);
				Integer sequence = sequence(a.get("sequenceNumber"));
				if (type.equals("isChildOf") && origin != null) {
					if (placed.containsKey(origin)) {
						extraParents++;
						continue;
					}
					Object parent = destination != null ? destination : document;
					if (destination == null && !java.util.Objects.equals(destinationId, docId)) {
						warnings.add("Le parent de « " + short40(origin.title) + " » (" + destinationId
								+ ") n'est pas dans le paquet : l'élément est placé en haut.");
					}
					long key = (sequence == null ? Integer.MAX_VALUE : sequence.longValue()) * 1_000_000L + order;
					children.computeIfAbsent(parent, k -> new TreeMap<>()).put(key, origin);
					placed.put(origin, true);
				} else if (type.equals("isPartOf") && origin != null && destination != null && isBloc(destination)) {
					partOf.add(new Object[] { destination, (sequence == null ? Integer.MAX_VALUE : sequence.longValue()) * 1_000_000L + order,
							origin });
				} else if (type.equals("replacedBy") && java.util.Objects.equals(destinationId, docId)) {
					previousVersion(a);
				} else {
					skipped.merge(type, 1, Integer::sum);
				}
			}
			partOf.sort(Comparator.comparingLong(x -> (Long) x[1]));
			for (Object[] p : partOf) {
				((Item) p[0]).members.add((Item) p[2]);
			}
			Map<Item, Boolean> reached = new IdentityHashMap<>();
			List<Item> top = new ArrayList<>();
			for (Item item : children.getOrDefault(document, new TreeMap<>()).values()) {
				if (attach(item, children, reached, 1)) {
					top.add(item);
				}
			}
			int orphans = 0;
			for (Item item : items.values()) {
				if (!reached.containsKey(item) && attach(item, children, reached, 1)) {
					top.add(item); // no isChildOf, or a cycle of them: at the top, after the others
					orphans++;
				}
			}
			if (orphans > 0) {
				warnings.add(orphans + (orphans == 1 ? " élément n'a" : " éléments n'ont") + " pas de parent (isChildOf) qui mène au "
						+ "CFDocument : placé" + (orphans == 1 ? "" : "s") + " en haut, à la fin.");
			}
			if (extraParents > 0) {
				warnings.add(extraParents + " association" + (extraParents == 1 ? " isChildOf donne" : "s isChildOf donnent")
						+ " un deuxième parent à un élément : un référentiel range chaque élément sous un seul parent, le premier.");
			}
			if (!skipped.isEmpty()) {
				List<String> kinds = new ArrayList<>();
				skipped.forEach((k, n) -> kinds.add(n + " " + k));
				header.add("Associations non reprises : " + String.join(", ", kinds) + " (exactMatchOf vers une autre version : "
						+ "écrivez « correspond à » quand les deux versions sont chargées ensemble).");
			}
			return top;
		}

		/** A bloc, or an item whose type says nothing (isPartOf then says it is one). */
		private static boolean isBloc(Item item) {
			return item.role == null || item.role == ItemRole.BLOC;
		}

		/** Marks {@code item} and its subtree reached; false if it already was (a second parent or a cycle). */
		private boolean attach(Item item, Map<Object, TreeMap<Long, Item>> children, Map<Item, Boolean> reached, int depth)
				throws ImportException {
			if (depth > FrameworkBuilder.MAX_DEPTH) {
				throw new ImportException("« " + fileName + " » : plus de " + FrameworkBuilder.MAX_DEPTH + " niveaux d'éléments imbriqués "
						+ "(isChildOf), sous « " + short40(item.title) + " » ; un référentiel en a rarement plus de six. Vérifiez le "
						+ "paquet. Rien n'a été écrit.");
			}
			if (reached.put(item, true) != null) {
				return false;
			}
			for (Item child : children.getOrDefault(item, new TreeMap<>()).values()) {
				if (attach(child, children, reached, depth + 1)) {
					item.children.add(child);
				}
			}
			return true;
		}

		/** replacedBy towards this document: the older version, when its title is an official code and the notes do not say it. */
		private void previousVersion(JsonObject association) {
			JsonElement origin = association.get("originNodeURI");
			String title = origin != null && origin.isJsonObject() ? string(origin.getAsJsonObject(), "title") : null;
			boolean said = r.getRelations().stream().anyMatch(x -> x.getKind() == RelationKind.PREVIOUS_VERSION);
			if (!said && title != null && CODE.matcher(title.strip()).matches()) {
				Relation relation = F.createRelation();
				relation.setKind(RelationKind.PREVIOUS_VERSION);
				relation.setCode(title.strip());
				r.getRelations().add(relation);
			} else if (!said) {
				header.add("Remplace (replacedBy) : " + title + ".");
			}
		}

		private static String node(JsonObject association, String key) {
			JsonElement link = association.get(key);
			return link != null && link.isJsonObject() ? string(link.getAsJsonObject(), "identifier") : null;
		}

		/** A number, or a string of digits (CASE 1.0 and OpenSALT wrote both). */
		private static Integer sequence(JsonElement value) {
			if (value == null || !value.isJsonPrimitive()) {
				return null;
			}
			try {
				return Integer.valueOf(value.getAsString().strip());
			} catch (NumberFormatException e) {
				return null;
			}
		}

		private static String short40(String text) {
			String t = text == null ? "" : text.strip();
			return t.length() <= 40 ? t : t.substring(0, 40) + "…";
		}
	}

	private static List<JsonObject> objects(JsonObject parent, String key) {
		JsonElement array = parent.get(key);
		List<JsonObject> out = new ArrayList<>();
		if (array instanceof JsonArray a) {
			for (JsonElement e : a) {
				if (e.isJsonObject()) {
					out.add(e.getAsJsonObject());
				}
			}
		}
		return out;
	}

	/** A string member (a number is read as its text), or null. */
	static String string(JsonObject object, String key) {
		JsonElement value = object.get(key);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
	}

	/** Non-empty lines of a text. */
	static List<String> lines(String text) {
		List<String> out = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\\R")) {
				if (!line.isBlank()) {
					out.add(line.strip());
				}
			}
		}
		return out;
	}
}
