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

import fr.referentiel.studio.export.Anchors;
import fr.referentiel.studio.export.IdentityField;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.Vocabulary;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
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
	private final Vocabulary words;
	private final List<Content> blocks = new ArrayList<>();

	private ReacDocument(Referential referential) {
		this.referential = referential;
		this.words = Vocabulary.of(referential);
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
			blocks.add(new Heading(2, words.activityTypeSheets()));
			referential.getActivityTypes().forEach(this::activityTypeSheet);
		}
		if (!referential.getCompetences().isEmpty()) {
			blocks.add(new Heading(2, words.competenceSheets()));
			Map<ProfessionalCompetence, List<ActivityNode>> owners = Referentials.allOwners(referential);
			for (ProfessionalCompetence c : referential.getCompetences()) {
				competenceSheet(c, owners.getOrDefault(c, List.of()));
			}
		}
		if (!referential.getTransversalCompetences().isEmpty()) {
			blocks.add(new Heading(2, "Compétences transversales"));
			for (TransversalCompetence c : referential.getTransversalCompetences()) {
				competenceSheet(c, List.of());
			}
		}
		blocksOfCompetences();
		glossary();
	}

	private void identity() {
		blocks.add(identityPart(referential));
	}

	/** The identity of the referential (cover of the document), as a two-column table. */
	static Part identityPart(Referential referential) {
		List<List<String>> rows = Referentials.identity(referential).stream()
				.map((IdentityField f) -> List.of(f.label(), f.value())).toList();
		return new Part("identite", List.of(new Heading(2, "Identification"),
				new Table(null, List.of("Rubrique", "Valeur"), rows, true)));
	}

	private void presentation() {
		if (referential.getSections().isEmpty()) {
			return;
		}
		List<Content> part = new ArrayList<>();
		part.add(new Heading(2, "Présentation"));
		for (Section section : referential.getSections()) {
			part.add(new Heading(3, nullToEmpty(section.getTitle())));
			Pieces.paragraphs(part, section.getParagraphs());
		}
		blocks.add(new Part("presentation", part));
	}

	private void activityTypeList() {
		List<String> items = referential.getActivityTypes().stream()
				.map(at -> Referentials.label(referential, at) + " : " + nullToEmpty(at.getTitle())).toList();
		blocks.add(new Part("activites-types", List.of(new Heading(2, "Liste des " + words.activityTypes().toLowerCase(java.util.Locale.ROOT)), new ItemList(items))));
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
				List.of("N° fiche AT", words.activityTypes(), "N° fiche CP", words.competences()), rows, false))));
	}

	private void activityTypeSheet(ActivityType at) {
		List<Content> sheet = new ArrayList<>();
		sheet.add(new Heading(3, Referentials.label(referential, at) + " : " + nullToEmpty(at.getTitle())));
		Pieces.section(sheet, 4, "Définition, description de l'activité type et conditions d'exercice", at.getDescription());
		Pieces.section(sheet, 4, "Contexte d'exercice", at.getContext());
		Pieces.section(sheet, 4, "Réglementation d'activités", at.getRegulation());
		Pieces.rubrics(sheet, 4, at.getRubrics());
		Pieces.list(sheet, 4, "Activités", Referentials.descendants(at).stream()
				.map(a -> Referentials.label(referential, a) + " : " + nullToEmpty(a.getTitle())).toList());
		// What an activity says beyond its title: its prose and rubrics, under its label.
		for (ActivityNode a : Referentials.descendants(at)) {
			if (a.getDescription().isEmpty() && a.getContext().isEmpty() && a.getRubrics().isEmpty()) {
				continue;
			}
			sheet.add(new Heading(4, Referentials.label(referential, a) + " : " + nullToEmpty(a.getTitle()), Anchors.of(a)));
			Pieces.paragraphs(sheet, a.getDescription());
			Pieces.section(sheet, 5, "Contexte", a.getContext());
			Pieces.rubrics(sheet, 5, a.getRubrics());
		}
		Pieces.list(sheet, 4, "Liste des " + words.competences().toLowerCase(java.util.Locale.ROOT) + " de l'activité type",
				Referentials.competences(referential, at).stream().map(c -> nullToEmpty(c.getTitle())).toList());
		Pieces.list(sheet, 4, "Compétences transversales de l'activité type",
				at.getTransversalCompetences().stream().map(c -> nullToEmpty(c.getTitle())).toList());
		evaluation(sheet, at);
		blocks.add(new Part(Part.SHEET, sheet, Anchors.of(at)));
	}

	/** The modalities and evaluation criteria of every node of the activity tree that has some. */
	private void evaluation(List<Content> sheet, ActivityType at) {
		List<Content> evaluation = new ArrayList<>();
		for (ActivityNode node : Referentials.tree(at)) {
			if (node.getModalities().isEmpty() && node.getEvaluationCriteria().isEmpty()) {
				continue;
			}
			evaluation.add(new Paragraph(Referentials.label(referential, node) + " :", nullToEmpty(node.getTitle())));
			Pieces.modalitiesAndCriteria(evaluation, words, node.getModalities(), node.getEvaluationCriteria());
		}
		if (!evaluation.isEmpty()) {
			sheet.add(new Heading(4, "Évaluation"));
			sheet.addAll(evaluation);
		}
	}

	private void competenceSheet(Competence c, List<ActivityNode> owners) {
		List<Content> sheet = new ArrayList<>();
		String number = Referentials.number(c);
		String heading = c instanceof TransversalCompetence ? nullToEmpty(c.getTitle())
				: (number.isEmpty() ? words.competence() : words.competence() + " n° " + number)
						+ " : " + nullToEmpty(c.getTitle());
		sheet.add(new Heading(3, heading));
		for (ActivityNode owner : owners) {
			sheet.add(new Paragraph(Referentials.label(referential, owner) + " :", nullToEmpty(owner.getTitle())));
		}
		int before = sheet.size();
		Pieces.list(sheet, 4, words.subCompetences(), Referentials.texts(c.getDetails()));
		Pieces.section(sheet, 4, "Description de la compétence – processus de mise en œuvre", c.getDescription());
		Pieces.section(sheet, 4, "Contexte(s) professionnel(s) de mise en œuvre", c.getContext());
		Pieces.rubrics(sheet, 4, c.getRubrics());
		Pieces.list(sheet, 4, words.criteria(c), Referentials.texts(c.getPerformanceCriteria()));
		Pieces.knowledge(sheet, 4, c);
		if (!c.getCorrespondsTo().isEmpty()) {
			sheet.add(new Paragraph("Correspond à :", c.getCorrespondsTo().stream().map(t -> Referentials.reference(t, referential))
					.collect(Collectors.joining("\n"))));
		}
		// The reverse link, when the version that takes this competence up is exported with this one.
		List<Competence> takenUpBy = Referentials.takenUpBy(c);
		if (!takenUpBy.isEmpty()) {
			sheet.add(new Paragraph("Remplacée par :", takenUpBy.stream().map(t -> Referentials.reference(t, referential))
					.collect(Collectors.joining("\n"))));
		}
		// A sheet with nothing but its title (an RNCP table's competence) needs no page of its own.
		blocks.add(new Part(sheet.size() > before ? Part.SHEET : "fiche-breve", sheet, Anchors.of(c)));
	}

	private void blocksOfCompetences() {
		if (referential.getBlocks().isEmpty()) {
			return;
		}
		List<Content> part = new ArrayList<>();
		part.add(new Heading(2, words.blocks()));
		List<List<String>> rows = new ArrayList<>();
		for (Block b : referential.getBlocks()) {
			rows.add(List.of(nullToEmpty(b.getName()), nullToEmpty(b.getCode()), nullToEmpty(b.getTitle()),
					b.getActivityTypes().stream().map(at -> Referentials.label(referential, at))
							.collect(Collectors.joining("\n")),
					b.getCompetences().stream().map(c -> nullToEmpty(c.getTitle())).collect(Collectors.joining("\n"))));
		}
		part.add(new Table(null, List.of(words.blockShort(), "Code", "Intitulé", words.activityTypes(), words.competences()),
				rows, true));
		for (Block b : referential.getBlocks()) {
			if (b.getDescription().isEmpty() && b.getModalities().isEmpty() && b.getEvaluationCriteria().isEmpty()
					&& b.getOptions().isEmpty() && b.getRubrics().isEmpty() && b.getContext().isEmpty()
					&& b.getResources().isEmpty() && b.getAutonomy().isEmpty() && b.getNumber() == 0
					&& b.getCorrespondences().isEmpty() && Referentials.takenUpBy(b).isEmpty()) {
				continue;
			}
			part.add(new Heading(3, b.getNumber() > 0 ? words.block(b) : nullToEmpty(b.getName()) + " : " + nullToEmpty(b.getTitle()),
					Anchors.of(b)));
			Pieces.paragraphs(part, b.getDescription());
			if (!b.getOptions().isEmpty()) {
				part.add(new Paragraph("Options :",
						b.getOptions().stream().map(o -> nullToEmpty(o.getTitle())).collect(Collectors.joining("\n"))));
			}
			Pieces.conditions(part, 4, words, b);
			Pieces.rubrics(part, 4, b.getRubrics());
			Pieces.correspondences(part, b);
			Pieces.modalitiesAndCriteria(part, words, b.getModalities(), b.getEvaluationCriteria());
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

}
