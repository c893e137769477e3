/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.caseframework;

import static fr.referentiel.studio.export.Referentials.nullToEmpty;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import fr.referentiel.studio.export.FrenchLabels;
import fr.referentiel.studio.export.IdentityField;
import fr.referentiel.studio.export.KnowledgeSection;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.Vocabulary;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Classification;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.CriteriaTerm;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.KnowledgeCategory;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.Relation;
import fr.referentiel.studio.model.RelationKind;
import fr.referentiel.studio.model.TransversalCompetence;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * The CASE 1.1 {@code CFPackage} of one referential, as a JSON tree in the order of the
 * specification's binding: CFDocument, CFItems, CFAssociations, CFDefinitions. Items come in the
 * order of the file: activity types and their activities (with their evaluation criteria), the
 * competences under the activity that lists them first (with their detailed competences,
 * performance criteria and knowledge), the transversal competences, the blocs (with their
 * evaluation criteria). Each item has one {@code isChildOf} association to its parent (the
 * CFDocument for the top ones), numbered from 1 under each parent ({@code sequenceNumber}).
 */
public final class CasePackage {

	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	/** A node of the package: an item or the document, as an association names it. */
	private record Node(String path, String identifier, String uri, String title) {

		JsonObject link() {
			JsonObject link = new JsonObject();
			link.addProperty("title", title);
			link.addProperty("identifier", identifier);
			link.addProperty("uri", uri);
			return link;
		}
	}

	/** A declared CFItemType. */
	private record ItemType(String code, String title, String description, Node node) {
	}

	private final Referential referential;
	private final String base;
	private final String key;
	private final String lastChange;
	private final Node document;
	private final JsonArray items = new JsonArray();
	private final JsonArray associations = new JsonArray();
	private final Map<String, ItemType> itemTypes = new LinkedHashMap<>();
	private final Map<String, Integer> childCounts = new HashMap<>();
	private final Map<Competence, Node> competenceNodes = new IdentityHashMap<>();
	private final Vocabulary vocabulary;

	private CasePackage(Referential referential, String base) {
		this.referential = referential;
		this.base = base;
		this.key = key(referential);
		this.lastChange = lastChange(referential);
		this.vocabulary = Vocabulary.of(referential);
		this.document = documentNode(referential);
	}

	/** @param base an absolute URI ending with « / » */
	static JsonObject of(Referential referential, String base) {
		return new CasePackage(referential, base).build();
	}

	/**
	 * What names a referential in its identifiers: its code (else its identifier in the file), and
	 * its millésime: a new version of a title gets new items, linked to the old ones by
	 * {@code exactMatchOf} and {@code replacedBy}.
	 */
	public static String key(Referential r) {
		String code = nullToEmpty(r.getCode()).strip();
		String name = code.isEmpty() ? nullToEmpty(r.getName()) : code;
		String version = nullToEmpty(r.getVersion()).strip();
		return version.isEmpty() ? name : name + "@" + version;
	}

	/** The date of the file (update, else validation, else 1980-01-01), at midnight in France, with its offset. */
	static String lastChange(Referential r) {
		LocalDate date = Referentials.documentDate(r);
		return DATE_TIME.format(date.atStartOfDay(FRANCE));
	}

	private Node documentNode(Referential r) {
		String id = NameBasedIds.of(key(r) + "/CFDocument");
		return new Node("CFDocument", id, base + "CFDocuments/" + id, text(r.getTitle()));
	}

	private Node itemNode(String path, String title) {
		String id = NameBasedIds.of(key + "/" + path);
		return new Node(path, id, base + "CFItems/" + id, title);
	}

	private JsonObject build() {
		JsonObject pack = new JsonObject();
		pack.add("CFDocument", cfDocument());
		collect();
		pack.add("CFItems", items);
		pack.add("CFAssociations", associations);
		JsonObject definitions = new JsonObject();
		JsonArray types = new JsonArray();
		for (ItemType type : itemTypes.values()) {
			JsonObject t = new JsonObject();
			t.addProperty("identifier", type.node().identifier());
			t.addProperty("uri", type.node().uri());
			t.addProperty("title", type.title());
			t.addProperty("description", type.description());
			t.addProperty("hierarchyCode", type.code());
			t.addProperty("typeCode", type.code());
			t.addProperty("lastChangeDateTime", lastChange);
			types.add(t);
		}
		definitions.add("CFItemTypes", types);
		pack.add("CFDefinitions", definitions);
		return pack;
	}

	private JsonObject cfDocument() {
		JsonObject d = new JsonObject();
		d.addProperty("identifier", document.identifier());
		d.addProperty("uri", document.uri());
		if (referential.eIsSet(referential.eClass().getEStructuralFeature("kind"))) {
			d.addProperty("frameworkType", FrenchLabels.of(referential.getKind()));
		}
		d.addProperty("caseVersion", "1.1");
		List<String> certifiers = referential.getCertifiers().stream().map(CasePackage::text).filter(s -> !s.isBlank()).toList();
		d.addProperty("creator", certifiers.isEmpty() ? "Certificateur non précisé" : String.join(" ; ", certifiers));
		d.addProperty("title", document.title());
		d.addProperty("lastChangeDateTime", lastChange);
		if (!certifiers.isEmpty()) {
			d.addProperty("publisher", String.join(" ; ", certifiers));
		}
		JsonArray subjects = new JsonArray();
		for (Classification c : referential.getClassifications()) {
			String label = nullToEmpty(c.getLabel()).strip();
			subjects.add(text(FrenchLabels.of(c.getSystem()) + " " + nullToEmpty(c.getCode()) + (label.isEmpty() ? "" : " – " + label)));
		}
		if (!subjects.isEmpty()) {
			d.add("subject", subjects);
		}
		d.addProperty("language", "fr");
		String version = text(referential.getVersion()).strip();
		if (!version.isEmpty()) {
			d.addProperty("version", version);
		}
		d.addProperty("adoptionStatus", adoptionStatus());
		String start = isoDate(referential.getValidationDate());
		if (start != null) {
			d.addProperty("statusStartDate", start);
		}
		List<String> notes = new ArrayList<>();
		for (IdentityField field : Referentials.identity(referential)) {
			if (!field.label().equals("Intitulé")) {
				notes.add(field.label() + " : " + field.value().replace("\n", " ; "));
			}
		}
		if (!notes.isEmpty()) {
			d.addProperty("notes", text(String.join("\n", notes)));
		}
		return d;
	}

	/** « Deprecated » once a newer version says it replaces this one, « Adopted » once validated, else « Draft ». */
	private String adoptionStatus() {
		boolean replaced = !Referentials.replacedBy(referential).isEmpty()
				|| referential.getRelations().stream().anyMatch(r -> r.getKind() == RelationKind.NEXT_VERSION);
		if (replaced) {
			return "Deprecated";
		}
		return isoDate(referential.getValidationDate()) != null ? "Adopted" : "Draft";
	}

	private static String isoDate(String frenchDate) {
		if (frenchDate == null) {
			return null;
		}
		try {
			return LocalDate.parse(frenchDate.strip(), DateTimeFormatter.ofPattern("dd/MM/uuuu")).toString();
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private void collect() {
		Map<ActivityNode, Node> nodes = new IdentityHashMap<>();
		for (ActivityType at : referential.getActivityTypes()) {
			activityNode(at, document, nodes);
		}
		Map<ProfessionalCompetence, ActivityNode> owners = Referentials.owners(referential);
		for (ProfessionalCompetence c : referential.getCompetences()) {
			ActivityNode owner = owners.get(c);
			competence(c, vocabulary.competence(), owner == null ? document : nodes.get(owner));
		}
		for (TransversalCompetence c : referential.getTransversalCompetences()) {
			competence(c, "Compétence transversale", document);
		}
		for (Block b : referential.getBlocks()) {
			String name = nullToEmpty(b.getName());
			String code = nullToEmpty(b.getCode()).strip();
			Node self = item(name, "bloc", "Bloc de compétences",
					"Bloc de compétences : une partie de la certification qui peut être validée à part (CCP d'un titre professionnel).",
					document, text(b.getTitle()), code.isEmpty() ? name : code, notes(b.getDescription(), b.getContext()), null);
			int k = 0;
			for (Criterion criterion : b.getEvaluationCriteria()) {
				k++;
				evaluationCriterion(self, k, criterion);
			}
			int n = 0;
			for (Competence c : Referentials.competences(b)) {
				Node competence = competenceNodes.get(c);
				if (competence != null) {
					n++;
					association("isPartOf", competence, self, n);
				}
			}
		}
		for (ProfessionalCompetence c : referential.getCompetences()) {
			correspondences(c);
		}
		for (TransversalCompetence c : referential.getTransversalCompetences()) {
			correspondences(c);
		}
		versions();
	}

	private void activityNode(ActivityNode node, Node parent, Map<ActivityNode, Node> nodes) {
		Node self;
		if (node instanceof ActivityType at) {
			String name = nullToEmpty(at.getName());
			self = item(name, "activite-type", "Activité type",
					"Activité type : ce que le titulaire fait au travail, certifiée par un bloc de compétences.", parent,
					text(at.getTitle()), name, notes(at.getDescription(), at.getContext()),
					at.isExtension() ? "Activité type d'extension" : null);
		} else {
			String number = nullToEmpty(((Activity) node).getNumber());
			self = item(Referentials.root(node).getName() + "-" + number, "activite", "Activité",
					"Activité (ou sous-activité) d'une activité type, numérotée comme dans le référentiel d'activités.", parent,
					text(node.getTitle()), number, notes(node.getDescription(), node.getContext()), null);
		}
		nodes.put(node, self);
		for (Activity child : node.getActivities()) {
			activityNode(child, self, nodes);
		}
		int k = 0;
		for (Criterion criterion : node.getEvaluationCriteria()) {
			k++;
			evaluationCriterion(self, k, criterion);
		}
	}

	private void evaluationCriterion(Node parent, int k, Criterion criterion) {
		item(parent.path() + "-CE" + k, "critere-evaluation", "Critère d'évaluation",
				"Critère d'évaluation : ce contre quoi le jury évalue une activité ou un bloc.", parent,
				text(criterion.getText()), null, null, null);
	}

	private void competence(Competence c, String kind, Node parent) {
		String name = nullToEmpty(c.getName());
		boolean transversal = c instanceof TransversalCompetence;
		Node self = item(name, transversal ? "competence-transversale" : "competence", kind,
				transversal ? "Compétence transversale : commune à tout l'emploi." : kind + " du référentiel de compétences.",
				parent, text(c.getTitle()), name, notes(c.getDescription(), c.getContext()), null);
		competenceNodes.put(c, self);
		int d = 0;
		for (String detail : Referentials.texts(c.getDetails())) {
			d++;
			item(name + "-CD" + d, "competence-detaillee", "Compétence détaillée",
					"Compétence détaillée : une partie d'une compétence.", self, text(detail), null, null, null);
		}
		boolean indicators = c.getCriteriaTerm() == CriteriaTerm.PERFORMANCE_INDICATORS;
		int k = 0;
		for (Criterion criterion : c.getPerformanceCriteria()) {
			k++;
			item(name + "-CR" + k, indicators ? "indicateur-performance" : "critere-performance",
					indicators ? "Indicateur de performance" : "Critère de performance",
					indicators ? "Indicateur de performance : ce qui montre que la compétence est maîtrisée."
							: "Critère de performance : ce que le jury observe pour dire la compétence acquise.",
					self, text(criterion.getText()), null, null, null);
		}
		int skills = 0;
		int knowledge = 0;
		int mixed = 0;
		for (KnowledgeSection section : Referentials.knowledge(c)) {
			for (String itemText : section.items()) {
				if (section.category() == null) {
					mixed++;
					item(name + "-SK" + mixed, "savoir-faire-ou-savoir", "Savoir-faire ou savoir",
							"Savoir-faire ou savoir d'une liste qui ne les distingue pas.", self, text(itemText), null, null,
							section.heading());
				} else if (section.category() == KnowledgeCategory.KNOWLEDGE) {
					knowledge++;
					item(name + "-SA" + knowledge, "savoir", "Savoir", "Savoir (connaissance) associé à une compétence.", self,
							text(itemText), null, null, section.heading());
				} else {
					skills++;
					item(name + "-SF" + skills, "savoir-faire", "Savoir-faire",
							"Savoir-faire (technique, organisationnel ou relationnel) associé à une compétence.", self,
							text(itemText), null, null, section.heading());
				}
			}
		}
	}

	/** « correspond à »: the competence is an exact match of the one of another version it takes up. */
	private void correspondences(Competence c) {
		Node self = competenceNodes.get(c);
		for (Competence other : c.getCorrespondsTo()) {
			if (other.eIsProxy()) {
				continue;
			}
			Referential owner = owner(other);
			Node target = competenceNodes.get(other);
			if (target == null && owner != null) {
				String id = NameBasedIds.of(key(owner) + "/" + nullToEmpty(other.getName()));
				target = new Node(other.getName(), id, base + "CFItems/" + id, text(other.getTitle()));
			}
			if (target != null) {
				association("exactMatchOf", self, target, null);
			}
		}
	}

	/** « remplace »: the older version is replaced by this one; « successeur »: this one by the newer. */
	private void versions() {
		for (Relation relation : referential.getRelations()) {
			Node other = otherDocument(relation);
			if (other == null) {
				continue;
			}
			if (relation.getKind() == RelationKind.PREVIOUS_VERSION) {
				association("replacedBy", other, document, null);
			} else if (relation.getKind() == RelationKind.NEXT_VERSION) {
				association("replacedBy", document, other, null);
			}
		}
	}

	private Node otherDocument(Relation relation) {
		Referential target = relation.getReferential();
		if (target != null && !target.eIsProxy()) {
			String id = NameBasedIds.of(key(target) + "/CFDocument");
			return new Node("CFDocument", id, base + "CFDocuments/" + id, text(target.getTitle()));
		}
		String code = nullToEmpty(relation.getCode()).strip();
		if (code.isEmpty()) {
			return null;
		}
		String id = NameBasedIds.of(code + "/CFDocument");
		String label = text(relation.getLabel()).strip();
		return new Node("CFDocument", id, base + "CFDocuments/" + id, label.isEmpty() ? code : label);
	}

	private static Referential owner(Competence c) {
		var e = c.eContainer();
		while (e != null && !(e instanceof Referential)) {
			e = e.eContainer();
		}
		return (Referential) e;
	}

	/** Adds an item and its isChildOf association; returns its node. */
	private Node item(String path, String typeCode, String typeTitle, String typeDescription, Node parent, String statement,
			String humanCode, String notes, String keyword) {
		Node self = itemNode(path, statement);
		ItemType type = itemTypes.computeIfAbsent(typeTitle, t -> {
			String id = NameBasedIds.of("CFItemType/" + t);
			return new ItemType(typeCode, t, typeDescription, new Node(typeCode, id, base + "CFItemTypes/" + id, t));
		});
		int sequence = childCounts.merge(parent.identifier(), 1, Integer::sum);
		JsonObject item = new JsonObject();
		item.addProperty("identifier", self.identifier());
		item.addProperty("fullStatement", statement);
		item.addProperty("CFItemType", type.title());
		item.addProperty("uri", self.uri());
		if (humanCode != null && !humanCode.isBlank()) {
			item.addProperty("humanCodingScheme", text(humanCode));
		}
		item.addProperty("listEnumeration", String.valueOf(sequence));
		if (keyword != null && !keyword.isBlank()) {
			JsonArray keywords = new JsonArray();
			keywords.add(text(keyword));
			item.add("conceptKeywords", keywords);
		}
		if (notes != null && !notes.isBlank()) {
			item.addProperty("notes", notes);
		}
		item.addProperty("language", "fr");
		item.add("CFItemTypeURI", type.node().link());
		item.addProperty("lastChangeDateTime", lastChange);
		items.add(item);
		association("isChildOf", self, parent, sequence);
		return self;
	}

	private void association(String type, Node origin, Node destination, Integer sequence) {
		String id = NameBasedIds.of(key + "/" + type + "/" + origin.identifier() + "/" + destination.identifier());
		JsonObject a = new JsonObject();
		a.addProperty("identifier", id);
		a.addProperty("associationType", type);
		if (sequence != null) {
			a.addProperty("sequenceNumber", sequence);
		}
		a.addProperty("uri", base + "CFAssociations/" + id);
		a.add("originNodeURI", origin.link());
		a.add("destinationNodeURI", destination.link());
		a.addProperty("lastChangeDateTime", lastChange);
		associations.add(a);
	}

	private static String notes(List<String> description, List<String> context) {
		List<String> parts = new ArrayList<>();
		if (!description.isEmpty()) {
			parts.add(String.join("\n", description));
		}
		if (!context.isEmpty()) {
			parts.add("Contexte : " + String.join("\n", context));
		}
		return parts.isEmpty() ? null : text(String.join("\n\n", parts));
	}

	/** The text as written, without the control characters no export writes. */
	private static String text(String text) {
		return ControlCharacters.blank(nullToEmpty(text));
	}
}
