/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.BlockCorrespondence;
import fr.referentiel.studio.model.Classification;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.EvaluationModality;
import fr.referentiel.studio.model.KnowledgeCategory;
import fr.referentiel.studio.model.KnowledgeGroup;
import fr.referentiel.studio.model.KnowledgeItem;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.Relation;
import fr.referentiel.studio.model.RelationKind;
import fr.referentiel.studio.model.query.ModelQueries;

/**
 * Reading a referential the way the official documents present it, shared by every format so
 * that they agree: the order of competences, the knowledge headings, the numbering. Everything
 * here is deterministic (model order, stable sorts).
 */
public final class Referentials {

	private Referentials() {
	}

	/** The node and all its activities below it, depth first, in model order. */
	public static List<ActivityNode> tree(ActivityNode root) {
		return ModelQueries.tree(root);
	}

	/** The activities below the node (not the node itself), depth first. */
	public static List<Activity> descendants(ActivityNode node) {
		return tree(node).stream().skip(1).map(Activity.class::cast).toList();
	}

	/** The competences listed by the node or by any activity below it, once each, in order. */
	public static List<ProfessionalCompetence> competences(ActivityNode node) {
		return ModelQueries.competencesBelow(node);
	}

	/**
	 * The competences of an activity type: those its activity tree lists, or else those of the
	 * blocks that certify it (a referential may attach competences to blocks only).
	 */
	public static List<ProfessionalCompetence> competences(Referential referential, ActivityType activityType) {
		List<ProfessionalCompetence> listed = competences(activityType);
		if (!listed.isEmpty()) {
			return listed;
		}
		Set<ProfessionalCompetence> fromBlocks = new LinkedHashSet<>();
		for (Block block : blocks(referential, activityType)) {
			for (Competence c : block.getCompetences()) {
				if (c instanceof ProfessionalCompetence pc) {
					fromBlocks.add(pc);
				}
			}
		}
		return List.copyOf(fromBlocks);
	}

	/** The blocks that certify the activity type. */
	public static List<Block> blocks(Referential referential, ActivityType activityType) {
		return referential.getBlocks().stream().filter(b -> b.getActivityTypes().contains(activityType)).toList();
	}

	/**
	 * For each competence, the first activity node (activity types in order, depth first) that
	 * lists it: where the competence sits in the referential d'activités.
	 */
	public static Map<ProfessionalCompetence, ActivityNode> owners(Referential referential) {
		Map<ProfessionalCompetence, ActivityNode> owners = new IdentityHashMap<>();
		allOwners(referential).forEach((c, nodes) -> owners.put(c, nodes.get(0)));
		return owners;
	}

	/** The activity type at the root of the node's tree. */
	public static ActivityType root(ActivityNode node) {
		ActivityNode n = node;
		while (!(n instanceof ActivityType)) {
			n = (ActivityNode) n.eContainer();
		}
		return (ActivityType) n;
	}

	/** The printed number of an activity type: its « numéro », else its rank from 1. */
	public static int number(Referential referential, ActivityType activityType) {
		return activityType.getNumber() > 0 ? activityType.getNumber()
				: referential.getActivityTypes().indexOf(activityType) + 1;
	}

	/** The printed number of a competence sheet, or "" when the referential gives none. */
	public static String number(Competence competence) {
		return competence.getNumber() > 0 ? String.valueOf(competence.getNumber()) : "";
	}

	/** « Activité type n° 1 » or « Activité 1.2 », as the documents name a node. */
	public static String label(Referential referential, ActivityNode node) {
		return switch (node) {
			case ActivityType at -> Vocabulary.of(referential).activityType(at) + " n° " + number(referential, at);
			case Activity a -> "Activité " + nullToEmpty(a.getNumber());
			default -> throw new IllegalArgumentException(String.valueOf(node));
		};
	}

	/**
	 * The knowledge of a competence, group by group in the order of the file (never sorted nor
	 * merged: a sheet shows what the author wrote where it was written). A group's own heading
	 * replaces its category's; a mixed group has a heading and no category.
	 */
	public static List<KnowledgeSection> knowledge(Competence competence) {
		List<KnowledgeSection> sections = new ArrayList<>();
		for (KnowledgeGroup group : competence.getKnowledge()) {
			KnowledgeCategory category = group.isSetCategory() ? group.getCategory() : null;
			String heading = group.getHeading() == null || group.getHeading().isBlank()
					? (category == null ? "Savoir-faire et savoirs" : FrenchLabels.of(category))
					: group.getHeading();
			sections.add(new KnowledgeSection(category, heading,
					group.getItems().stream().map(KnowledgeItem::getText).map(Referentials::nullToEmpty).toList()));
		}
		return sections;
	}

	/** The texts of a list of rubric lines, criteria, sub-competences…, in order. */
	public static List<String> texts(List<? extends EObject> entries) {
		List<String> texts = new ArrayList<>();
		for (EObject entry : entries) {
			Object text = entry.eGet(entry.eClass().getEStructuralFeature("text"));
			texts.add(text == null ? "" : text.toString());
		}
		return texts;
	}

	/**
	 * Every activity node that lists the competence, activity types in order, depth first: older
	 * REACs share a competence between activity types.
	 */
	public static Map<ProfessionalCompetence, List<ActivityNode>> allOwners(Referential referential) {
		Map<ProfessionalCompetence, List<ActivityNode>> owners = new IdentityHashMap<>();
		for (ActivityType type : referential.getActivityTypes()) {
			for (ActivityNode node : tree(type)) {
				for (ProfessionalCompetence c : node.getCompetences()) {
					List<ActivityNode> list = owners.computeIfAbsent(c, k -> new ArrayList<>());
					if (!list.contains(node)) {
						list.add(node);
					}
				}
			}
			for (ProfessionalCompetence c : competences(referential, type)) {
				List<ActivityNode> list = owners.computeIfAbsent(c, k -> new ArrayList<>());
				if (list.stream().noneMatch(n -> root(n) == type)) {
					list.add(type);
				}
			}
		}
		return owners;
	}

	/**
	 * The competences a bloc certifies, in order: those it lists, then those of its activity types
	 * it does not list.
	 */
	public static List<Competence> competences(Block block) {
		return ModelQueries.competencesOf(block);
	}

	/** All knowledge items of a competence, in the order of {@link #knowledge(Competence)}. */
	public static List<String> knowledgeItems(Competence competence) {
		return knowledge(competence).stream().flatMap(s -> s.items().stream()).toList();
	}

	/** « Livrable – Dossier de validation »: the kind, and the title when it says more. */
	public static String modalityLabel(EvaluationModality m) {
		String kind = FrenchLabels.of(m.getKind());
		String title = nullToEmpty(m.getTitle()).strip();
		return title.isEmpty() || title.equalsIgnoreCase(kind) ? kind : kind + " – " + title;
	}

	/** The identity block of the referential (cover of a REAC), only the fields it gives. */
	public static List<IdentityField> identity(Referential r) {
		List<IdentityField> fields = new ArrayList<>();
		add(fields, "Intitulé", r.getTitle());
		add(fields, "Sigle", r.getAcronym());
		add(fields, "Type de document", r.getKind() == null ? null : FrenchLabels.of(r.getKind()));
		add(fields, "Code", r.getCode());
		add(fields, "Niveau", r.getLevel() > 0 ? String.valueOf(r.getLevel()) : null);
		add(fields, "Millésime", r.getVersion());
		add(fields, "Date de validation", r.getValidationDate());
		add(fields, "Date de mise à jour", r.getUpdateDate());
		add(fields, r.getCertifiers().size() > 1 ? "Certificateurs" : "Certificateur", String.join("\n", r.getCertifiers()));
		for (Classification c : r.getClassifications()) {
			add(fields, FrenchLabels.of(c.getSystem()),
					c.getLabel() == null || c.getLabel().isBlank() ? c.getCode() : c.getCode() + " – " + c.getLabel());
		}
		for (Relation relation : r.getRelations()) {
			String target = relation.getReferential() != null && !relation.getReferential().eIsProxy()
					? versionLabel(relation.getReferential())
					: nullToEmpty(relation.getCode());
			if (relation.getLabel() != null && !relation.getLabel().isBlank()) {
				target = target.isEmpty() ? relation.getLabel() : target + " – " + relation.getLabel();
			}
			add(fields, FrenchLabels.of(relation.getKind()), target);
		}
		// The reverse link, when the replacing version is exported with this one and this one does not say it.
		for (Referential newer : replacedBy(r)) {
			boolean said = r.getRelations().stream().anyMatch(x -> x.getKind() == RelationKind.NEXT_VERSION && x.getReferential() == newer);
			if (!said) {
				add(fields, FrenchLabels.of(RelationKind.NEXT_VERSION), versionLabel(newer));
			}
		}
		return fields;
	}

	private static void add(List<IdentityField> fields, String label, String value) {
		if (value != null && !value.isBlank()) {
			fields.add(new IdentityField(label, value));
		}
	}

	/**
	 * The competences of other versions loaded with this one (the files exported together) that
	 * say « correspond à » it: the reverse of its own links, « Remplacée par » in the documents.
	 */
	public static List<Competence> takenUpBy(Competence competence) {
		ReverseLinks links = ReverseLinks.of(competence);
		return links == null ? List.of() : links.of(links.competences, competence);
	}

	/** « (totalement) », « (partiellement) » after a bloc a clause names, or nothing when the clause does not say how much. */
	public static String extentSuffix(BlockCorrespondence clause) {
		return switch (clause.getExtent()) {
			case TOTAL -> " (totalement)";
			case PARTIAL -> " (partiellement)";
			default -> "";
		};
	}

	/** The blocs of other versions loaded with this one that say « correspond à » it, with the clause that says it. */
	public static List<BlockCorrespondence> takenUpBy(Block block) {
		ReverseLinks links = ReverseLinks.of(block);
		return links == null ? List.of() : links.of(links.blocks, block);
	}

	/**
	 * Who says « correspond à » whom among the referentials of one resource set, read once and
	 * kept on the set: each competence and bloc of each export asks it, and scanning every other
	 * file for each of them made one export of 200 versions take minutes. The index is made again
	 * when the set's files change; the exports read models they do not edit.
	 */
	private static final class ReverseLinks extends org.eclipse.emf.common.notify.impl.AdapterImpl {

		private final List<Resource> builtFrom;
		final Map<EObject, List<EObject>> competences = new IdentityHashMap<>();
		final Map<EObject, List<EObject>> blocks = new IdentityHashMap<>();

		private ReverseLinks(List<Resource> resources) {
			builtFrom = List.copyOf(resources);
			for (Resource resource : builtFrom) {
				resource.getAllContents().forEachRemaining(e -> {
					if (e instanceof Competence c) {
						c.getCorrespondsTo().forEach(target -> competences.computeIfAbsent(target, k -> new ArrayList<>()).add(c));
					} else if (e instanceof BlockCorrespondence clause) {
						clause.getBlocks().forEach(target -> blocks.computeIfAbsent(target, k -> new ArrayList<>()).add(clause));
					}
				});
			}
		}

		/** The index of the element's resource set, or null outside one. */
		static ReverseLinks of(EObject element) {
			Resource own = element.eResource();
			if (own == null || own.getResourceSet() == null) {
				return null;
			}
			var set = own.getResourceSet();
			synchronized (set) {
				for (var adapter : List.copyOf(set.eAdapters())) {
					if (adapter instanceof ReverseLinks links) {
						if (links.builtFrom.equals(set.getResources())) {
							return links;
						}
						set.eAdapters().remove(links);
					}
				}
				ReverseLinks links = new ReverseLinks(set.getResources());
				set.eAdapters().add(links);
				return links;
			}
		}

		/** The elements of other files than {@code target}'s that name it, in load order. */
		@SuppressWarnings("unchecked")
		<T> List<T> of(Map<EObject, List<EObject>> index, EObject target) {
			List<T> out = new ArrayList<>();
			for (EObject source : index.getOrDefault(target, List.of())) {
				if (source.eResource() != target.eResource()) {
					out.add((T) source);
				}
			}
			return out;
		}
	}

	/** The referentials loaded with this one that say they replace it (« remplace »), in load order. */
	public static List<Referential> replacedBy(Referential referential) {
		return otherVersionsLoaded(referential).stream().filter(other -> other.getRelations().stream()
				.anyMatch(r -> r.getKind() == RelationKind.PREVIOUS_VERSION && r.getReferential() == referential)).toList();
	}

	private static List<Referential> otherVersionsLoaded(EObject element) {
		Resource own = element.eResource();
		if (own == null || own.getResourceSet() == null) {
			return List.of();
		}
		List<Referential> others = new ArrayList<>();
		for (Resource resource : List.copyOf(own.getResourceSet().getResources())) {
			if (resource != own && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Referential r) {
				others.add(r);
			}
		}
		return others;
	}

	/** « TAI_2018 – Technicien… (TP-00476, millésime 07, 23/05/2018) »: a version named so a reader finds it. */
	public static String versionLabel(Referential r) {
		List<String> details = new ArrayList<>();
		for (String part : new String[] { r.getCode(), r.getVersion() == null ? null : "millésime " + r.getVersion(),
				r.getUpdateDate() != null ? r.getUpdateDate() : r.getValidationDate() }) {
			if (part != null && !part.isBlank()) {
				details.add(part);
			}
		}
		return nullToEmpty(r.getName()) + " – " + nullToEmpty(r.getTitle()) + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
	}

	/**
	 * A competence named across versions: « TAI_2018.CP2 (n° 2) – title », its referential named
	 * when it is not {@code from} ({@code null}: never named).
	 */
	public static String reference(Competence c, Referential from) {
		if (c.eIsProxy()) {
			return "?";
		}
		EObject owner = c;
		while (owner != null && !(owner instanceof Referential)) {
			owner = owner.eContainer();
		}
		String number = number(c);
		String name = (from != null && owner instanceof Referential r && r != from ? nullToEmpty(r.getName()) + "." : "") + nullToEmpty(c.getName());
		return name + (number.isEmpty() ? "" : " (n° " + number + ")") + " – " + nullToEmpty(c.getTitle());
	}

	/** A bloc named across versions: « RNCP35340.BC01 (RNCP35340BC01) – title », as {@link #reference(Competence, Referential)}. */
	public static String reference(Block b, Referential from) {
		if (b.eIsProxy()) {
			return "?";
		}
		String name = (from != null && b.eContainer() instanceof Referential r && r != from ? nullToEmpty(r.getName()) + "." : "")
				+ nullToEmpty(b.getName());
		String code = nullToEmpty(b.getCode());
		return name + (code.isBlank() ? "" : " (" + code + ")") + " – " + nullToEmpty(b.getTitle());
	}

	/** The date exported documents carry when the referential gives none: the epoch of ZIP dates. */
	public static final LocalDate NO_DATE = LocalDate.of(1980, 1, 1);

	/**
	 * The date of the referential's documents (the dates inside a DOCX or PDF): its update date,
	 * else its validation date, written jj/mm/aaaa; never the clock, so that two exports of one
	 * file are the same bytes.
	 */
	public static LocalDate documentDate(Referential r) {
		for (String text : new String[] { r.getUpdateDate(), r.getValidationDate() }) {
			if (text != null) {
				try {
					return LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern("dd/MM/uuuu"));
				} catch (DateTimeParseException e) {
					// Not a date of the official form: the next one, or none.
				}
			}
		}
		return NO_DATE;
	}

	public static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
