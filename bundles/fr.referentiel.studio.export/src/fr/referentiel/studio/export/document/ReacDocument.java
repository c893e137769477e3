/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

import static fr.referentiel.studio.export.Referentials.nullToEmpty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.referentiel.studio.export.IdentityField;
import fr.referentiel.studio.export.KnowledgeSection;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.Deliverable;
import fr.referentiel.studio.model.EvaluationModality;
import fr.referentiel.studio.model.GlossaryEntry;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.Section;
import fr.referentiel.studio.model.TransversalCompetence;

/**
 * The whole referential as one document, in the order of a REAC: identity, presentation
 * sections, list of activity types, synoptic view, activity type sheets, competence sheets,
 * transversal competences, blocks, glossary. Parts with nothing to show are left out.
 */
public final class ReacDocument {

	private final Referential referential;
	private final List<Content> blocks = new ArrayList<>();

	private ReacDocument(Referential referential) {
		this.referential = referential;
	}

	public static List<Content> build(Referential referential) {
		ReacDocument document = new ReacDocument(referential);
		document.buildAll();
		return List.copyOf(document.blocks);
	}

	private void buildAll() {
		blocks.add(new Heading(1, nullToEmpty(referential.getTitle())));
		identity();
		presentation();
		if (!referential.getActivityTypes().isEmpty()) {
			activityTypeList();
			synopticView();
			blocks.add(new Heading(2, "Fiches activités types"));
			referential.getActivityTypes().forEach(this::activityTypeSheet);
		}
		if (!referential.getCompetences().isEmpty()) {
			blocks.add(new Heading(2, "Fiches compétences professionnelles"));
			Map<ProfessionalCompetence, ActivityNode> owners = Referentials.owners(referential);
			for (ProfessionalCompetence c : referential.getCompetences()) {
				competenceSheet(c, owners.get(c));
			}
		}
		if (!referential.getTransversalCompetences().isEmpty()) {
			blocks.add(new Heading(2, "Compétences transversales"));
			for (TransversalCompetence c : referential.getTransversalCompetences()) {
				competenceSheet(c, null);
			}
		}
		blocksOfCompetences();
		glossary();
	}

	private void identity() {
		List<List<String>> rows = Referentials.identity(referential).stream()
				.map((IdentityField f) -> List.of(f.label(), f.value())).toList();
		blocks.add(new Part("identite", List.of(new Heading(2, "Identification"),
				new Table(null, List.of("Rubrique", "Valeur"), rows, true))));
	}

	private void presentation() {
		if (referential.getSections().isEmpty()) {
			return;
		}
		List<Content> part = new ArrayList<>();
		part.add(new Heading(2, "Présentation"));
		for (Section section : referential.getSections()) {
			part.add(new Heading(3, nullToEmpty(section.getTitle())));
			paragraphs(part, section.getParagraphs());
		}
		blocks.add(new Part("presentation", part));
	}

	private void activityTypeList() {
		List<String> items = referential.getActivityTypes().stream()
				.map(at -> Referentials.label(referential, at) + " : " + nullToEmpty(at.getTitle())).toList();
		blocks.add(new Part("activites-types", List.of(new Heading(2, "Liste des activités types"), new ItemList(items))));
	}

	/** AT n° ↔ CP n° ↔ title; the activity type is written on its first row only, as in a REAC. */
	private void synopticView() {
		List<List<String>> rows = new ArrayList<>();
		for (ActivityType at : referential.getActivityTypes()) {
			String number = String.valueOf(Referentials.number(referential, at));
			List<ProfessionalCompetence> competences = Referentials.competences(referential, at);
			if (competences.isEmpty()) {
				rows.add(List.of(number, nullToEmpty(at.getTitle()), "", ""));
			}
			for (int i = 0; i < competences.size(); i++) {
				ProfessionalCompetence c = competences.get(i);
				rows.add(List.of(i == 0 ? number : "", i == 0 ? nullToEmpty(at.getTitle()) : "",
						Referentials.number(c), nullToEmpty(c.getTitle())));
			}
		}
		blocks.add(new Part("synoptique", List.of(new Heading(2, "Vue synoptique"), new Table(null,
				List.of("N° fiche AT", "Activités types", "N° fiche CP", "Compétences professionnelles"), rows, false))));
	}

	private void activityTypeSheet(ActivityType at) {
		List<Content> sheet = new ArrayList<>();
		sheet.add(new Heading(3, Referentials.label(referential, at) + " : " + nullToEmpty(at.getTitle())));
		section(sheet, "Définition, description de l'activité type et conditions d'exercice", at.getDescription());
		section(sheet, "Contexte d'exercice", at.getContext());
		section(sheet, "Réglementation d'activités", at.getRegulation());
		list(sheet, "Activités", Referentials.descendants(at).stream()
				.map(a -> Referentials.label(referential, a) + " : " + nullToEmpty(a.getTitle())).toList());
		list(sheet, "Liste des compétences professionnelles de l'activité type",
				Referentials.competences(referential, at).stream().map(c -> nullToEmpty(c.getTitle())).toList());
		list(sheet, "Compétences transversales de l'activité type",
				at.getTransversalCompetences().stream().map(c -> nullToEmpty(c.getTitle())).toList());
		evaluation(sheet, at);
		blocks.add(new Part(Part.SHEET, sheet));
	}

	/** The modalities and evaluation criteria of every node of the activity tree that has some. */
	private void evaluation(List<Content> sheet, ActivityType at) {
		List<Content> evaluation = new ArrayList<>();
		for (ActivityNode node : Referentials.tree(at)) {
			if (node.getModalities().isEmpty() && node.getEvaluationCriteria().isEmpty()) {
				continue;
			}
			evaluation.add(new Paragraph(Referentials.label(referential, node) + " :", nullToEmpty(node.getTitle())));
			modalitiesAndCriteria(evaluation, node.getModalities(), node.getEvaluationCriteria());
		}
		if (!evaluation.isEmpty()) {
			sheet.add(new Heading(4, "Évaluation"));
			sheet.addAll(evaluation);
		}
	}

	private static void modalitiesAndCriteria(List<Content> out, List<EvaluationModality> modalities,
			List<Criterion> criteria) {
		for (EvaluationModality m : modalities) {
			out.add(new Paragraph(Referentials.modalityLabel(m) + " :", String.join("\n", m.getDescription())));
			if (m.getDuration() != null && !m.getDuration().isBlank()) {
				out.add(new Paragraph("Durée :", m.getDuration()));
			}
			if (!m.getDeliverables().isEmpty()) {
				out.add(new ItemList(m.getDeliverables().stream().map(Deliverable::getText).map(Referentials::nullToEmpty).toList()));
			}
			if (!m.getEvaluates().isEmpty()) {
				out.add(new Paragraph("Compétences évaluées :",
						m.getEvaluates().stream().map(c -> nullToEmpty(c.getTitle())).collect(Collectors.joining("\n"))));
			}
		}
		if (!criteria.isEmpty()) {
			out.add(new Paragraph("Critères d'évaluation :", ""));
			out.add(new ItemList(texts(criteria)));
		}
	}

	private void competenceSheet(Competence c, ActivityNode owner) {
		List<Content> sheet = new ArrayList<>();
		String number = Referentials.number(c);
		String heading = c instanceof TransversalCompetence ? nullToEmpty(c.getTitle())
				: (number.isEmpty() ? "Compétence professionnelle" : "Compétence professionnelle n° " + number)
						+ " : " + nullToEmpty(c.getTitle());
		sheet.add(new Heading(3, heading));
		if (owner != null) {
			sheet.add(new Paragraph(Referentials.label(referential, owner) + " :", nullToEmpty(owner.getTitle())));
		}
		int before = sheet.size();
		section(sheet, "Description de la compétence – processus de mise en œuvre", c.getDescription());
		section(sheet, "Contexte(s) professionnel(s) de mise en œuvre", c.getContext());
		list(sheet, "Critères de performance", texts(c.getPerformanceCriteria()));
		for (KnowledgeSection k : Referentials.knowledge(c)) {
			list(sheet, k.heading(), k.items());
		}
		if (!c.getCorrespondsTo().isEmpty()) {
			sheet.add(new Paragraph("Correspond à :", c.getCorrespondsTo().stream()
					.map(o -> o.eIsProxy() ? "?" : nullToEmpty(o.getTitle())).collect(Collectors.joining("\n"))));
		}
		// A sheet with nothing but its title (an RNCP table's competence) needs no page of its own.
		blocks.add(new Part(sheet.size() > before ? Part.SHEET : "fiche-breve", sheet));
	}

	private void blocksOfCompetences() {
		if (referential.getBlocks().isEmpty()) {
			return;
		}
		List<Content> part = new ArrayList<>();
		part.add(new Heading(2, "Blocs de compétences"));
		List<List<String>> rows = new ArrayList<>();
		for (fr.referentiel.studio.model.Block b : referential.getBlocks()) {
			rows.add(List.of(nullToEmpty(b.getName()), nullToEmpty(b.getCode()), nullToEmpty(b.getTitle()),
					b.getActivityTypes().stream().map(at -> Referentials.label(referential, at))
							.collect(Collectors.joining("\n")),
					b.getCompetences().stream().map(c -> nullToEmpty(c.getTitle())).collect(Collectors.joining("\n"))));
		}
		part.add(new Table(null, List.of("Bloc", "Code", "Intitulé", "Activités types", "Compétences"), rows, true));
		for (fr.referentiel.studio.model.Block b : referential.getBlocks()) {
			if (b.getDescription().isEmpty() && b.getModalities().isEmpty() && b.getEvaluationCriteria().isEmpty()
					&& b.getOptions().isEmpty()) {
				continue;
			}
			part.add(new Heading(3, nullToEmpty(b.getName()) + " : " + nullToEmpty(b.getTitle())));
			paragraphs(part, b.getDescription());
			if (!b.getOptions().isEmpty()) {
				part.add(new Paragraph("Options :",
						b.getOptions().stream().map(o -> nullToEmpty(o.getTitle())).collect(Collectors.joining("\n"))));
			}
			modalitiesAndCriteria(part, b.getModalities(), b.getEvaluationCriteria());
		}
		blocks.add(new Part("blocs", part));
	}

	private void glossary() {
		if (referential.getGlossary().isEmpty()) {
			return;
		}
		List<DefinitionList.Definition> entries = new ArrayList<>();
		for (GlossaryEntry entry : referential.getGlossary()) {
			entries.add(new DefinitionList.Definition(nullToEmpty(entry.getTerm()), entry.getDefinition()));
		}
		blocks.add(new Part("glossaire", List.of(new Heading(2, "Glossaire"), new DefinitionList(entries))));
	}

	private static void section(List<Content> out, String heading, List<String> paragraphs) {
		if (!paragraphs.isEmpty()) {
			out.add(new Heading(4, heading));
			paragraphs(out, paragraphs);
		}
	}

	private static void list(List<Content> out, String heading, List<String> items) {
		if (!items.isEmpty()) {
			out.add(new Heading(4, heading));
			out.add(new ItemList(items));
		}
	}

	private static void paragraphs(List<Content> out, List<String> paragraphs) {
		for (String p : paragraphs) {
			out.add(Paragraph.of(p));
		}
	}

	private static List<String> texts(List<Criterion> criteria) {
		return criteria.stream().map(Criterion::getText).map(Referentials::nullToEmpty).toList();
	}
}
