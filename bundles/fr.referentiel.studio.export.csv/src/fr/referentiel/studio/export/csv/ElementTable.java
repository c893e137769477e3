/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.csv;

import static fr.referentiel.studio.export.Referentials.nullToEmpty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.referentiel.studio.export.FrenchLabels;
import fr.referentiel.studio.export.KnowledgeSection;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.Vocabulary;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityNode;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.BlockCorrespondence;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.CriteriaTerm;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.Deliverable;
import fr.referentiel.studio.model.EvaluationModality;
import fr.referentiel.studio.model.GlossaryEntry;
import fr.referentiel.studio.model.KnowledgeCategory;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.Rubric;
import fr.referentiel.studio.model.Section;
import fr.referentiel.studio.model.RubricItem;
import fr.referentiel.studio.model.RubricLine;
import fr.referentiel.studio.model.TransversalCompetence;

/**
 * The rows of the « elements » layout: one per element of the referential. Elements without a
 * name of their own get an identifier made of their parent's and a counter (CP1-CR2 is the second
 * performance criterion of CP1), stable as long as the order in the file does not change.
 * Paragraphs are joined with line breaks: a description stays in one cell.
 */
final class ElementTable {

	static final List<String> HEADER = List.of("Référentiel", "Élément", "Identifiant", "Numéro", "Parent", "Chemin",
			"Catégorie", "Intitulé", "Description", "Contexte", "Correspond à", "Remplacée par");

	private static final String PATH_SEPARATOR = " > ";

	private final Referential referential;
	private final String referentialName;
	private final List<List<String>> rows = new ArrayList<>();

	private ElementTable(Referential referential) {
		this.referential = referential;
		this.referentialName = nullToEmpty(referential.getName());
	}

	static List<List<String>> rows(Referential referential) {
		ElementTable table = new ElementTable(referential);
		table.collect();
		return table.rows;
	}

	/** Who an element hangs under: its identifier and its path of short names. */
	private record Owner(String id, String path) {

		Owner child(String id, String pathElement) {
			return new Owner(id, path.isEmpty() ? pathElement : path + PATH_SEPARATOR + pathElement);
		}
	}

	private static final Owner ROOT = new Owner("", "");

	private void collect() {
		int section = 0;
		for (Section s : referential.getSections()) {
			section++;
			row("Section", ROOT.child("SE" + section, "SE" + section), ROOT, String.valueOf(section), "",
					nullToEmpty(s.getTitle()), lines(s.getParagraphs()), "");
		}
		Map<ProfessionalCompetence, ActivityNode> owners = Referentials.owners(referential);
		Map<ActivityNode, Owner> nodeOwners = new java.util.IdentityHashMap<>();
		for (ActivityType at : referential.getActivityTypes()) {
			activityNode(at, ROOT, nodeOwners);
		}
		for (ProfessionalCompetence c : referential.getCompetences()) {
			ActivityNode owner = owners.get(c);
			competence(c, Vocabulary.of(referential).competence(), owner == null ? ROOT : nodeOwners.get(owner));
		}
		for (TransversalCompetence c : referential.getTransversalCompetences()) {
			competence(c, "Compétence transversale", ROOT);
		}
		for (Block b : referential.getBlocks()) {
			String name = nullToEmpty(b.getName());
			Owner self = ROOT.child(name, name);
			// A bloc's official code stands in « Numéro »; a bloc numbered too keeps its code in « Catégorie ».
			boolean numbered = b.getNumber() > 0;
			row("Bloc de compétences", self, ROOT, numbered ? String.valueOf(b.getNumber()) : nullToEmpty(b.getCode()),
					numbered ? nullToEmpty(b.getCode()) : "", nullToEmpty(b.getTitle()), lines(b.getDescription()),
					lines(b.getContext()), blocs(b.getCorrespondences()), blocs(Referentials.takenUpBy(b)));
			int r = 0;
			for (String resource : b.getResources()) {
				r++;
				row("Ressource", item(self, "RE", r), self, String.valueOf(r), "", resource, "", "");
			}
			if (!b.getAutonomy().isEmpty()) {
				row("Autonomie et responsabilités", item(self, "AU", 1), self, "1", "", "Degré d'autonomie et responsabilités",
						lines(b.getAutonomy()), "");
			}
			rubrics(self, b.getRubrics());
			modalitiesAndCriteria(self, b.getModalities(), b.getEvaluationCriteria());
		}
		int term = 0;
		for (GlossaryEntry entry : referential.getGlossary()) {
			term++;
			Owner self = ROOT.child("GL" + term, "Glossaire" + PATH_SEPARATOR + "GL" + term);
			row("Terme du glossaire", self, ROOT, String.valueOf(term), "", nullToEmpty(entry.getTerm()),
					lines(entry.getDefinition()), "");
		}
	}

	private void activityNode(ActivityNode node, Owner parent, Map<ActivityNode, Owner> nodeOwners) {
		Owner self;
		if (node instanceof ActivityType at) {
			String name = nullToEmpty(at.getName());
			self = parent.child(name, name);
			row(at.isExtension() ? "Activité type d'extension" : "Activité type", self, parent, String.valueOf(Referentials.number(referential, at)), "",
					nullToEmpty(at.getTitle()), lines(at.getDescription()), lines(at.getContext()));
		} else {
			String number = nullToEmpty(((Activity) node).getNumber());
			self = parent.child(Referentials.root(node).getName() + "-" + number, number);
			row("Activité", self, parent, number, "", nullToEmpty(node.getTitle()), lines(node.getDescription()),
					lines(node.getContext()));
		}
		nodeOwners.put(node, self);
		rubrics(self, node.getRubrics());
		for (Activity child : node.getActivities()) {
			activityNode(child, self, nodeOwners);
		}
		modalitiesAndCriteria(self, node.getModalities(), node.getEvaluationCriteria());
	}

	private void modalitiesAndCriteria(Owner parent, List<EvaluationModality> modalities, List<Criterion> criteria) {
		int m = 0;
		for (EvaluationModality modality : modalities) {
			m++;
			Owner self = item(parent, "MO", m);
			List<String> description = new ArrayList<>(modality.getDescription());
			if (modality.getDuration() != null && !modality.getDuration().isBlank()) {
				description.add("Durée : " + modality.getDuration());
			}
			row("Modalité d'évaluation", self, parent, String.valueOf(m), FrenchLabels.of(modality.getKind()),
					nullToEmpty(modality.getTitle()), lines(description), "");
			int d = 0;
			for (Deliverable deliverable : modality.getDeliverables()) {
				d++;
				row("Livrable", item(self, "LI", d), self, String.valueOf(d), "", nullToEmpty(deliverable.getText()), "",
						"");
			}
		}
		int k = 0;
		for (Criterion criterion : criteria) {
			k++;
			row("Critère d'évaluation", item(parent, "CE", k), parent, String.valueOf(k), "",
					nullToEmpty(criterion.getText()), "", "");
		}
	}

	private void competence(Competence c, String kind, Owner parent) {
		String name = nullToEmpty(c.getName());
		Owner self = parent.child(name, name);
		row(kind, self, parent, Referentials.number(c), "", nullToEmpty(c.getTitle()), lines(c.getDescription()),
				lines(c.getContext()), versions(c.getCorrespondsTo()), versions(Referentials.takenUpBy(c)));
		int d = 0;
		for (String text : Referentials.texts(c.getDetails())) {
			d++;
			row("Compétence détaillée", item(self, "CD", d), self, String.valueOf(d), "", text, "", "");
		}
		rubrics(self, c.getRubrics());
		String criterionKind = c.getCriteriaTerm() == CriteriaTerm.PERFORMANCE_INDICATORS ? "Indicateur de performance"
				: "Critère de performance";
		int k = 0;
		for (Criterion criterion : c.getPerformanceCriteria()) {
			k++;
			row(criterionKind, item(self, "CR", k), self, String.valueOf(k), "", nullToEmpty(criterion.getText()), "", "");
		}
		int skills = 0;
		int knowledge = 0;
		int mixed = 0;
		for (KnowledgeSection section : Referentials.knowledge(c)) {
			for (String text : section.items()) {
				if (section.category() == null) {
					mixed++;
					row("Savoir-faire ou savoir", item(self, "SK", mixed), self, String.valueOf(mixed), section.heading(), text, "", "");
				} else if (section.category() == KnowledgeCategory.KNOWLEDGE) {
					knowledge++;
					row("Savoir", item(self, "SA", knowledge), self, String.valueOf(knowledge), section.heading(), text, "", "");
				} else {
					skills++;
					row("Savoir-faire", item(self, "SF", skills), self, String.valueOf(skills), section.heading(), text, "", "");
				}
			}
		}
	}

	/** Rubrics as rows (RU1, or the rubric's own code): their prose and list lines in one cell, in order. */
	private void rubrics(Owner parent, List<Rubric> rubrics) {
		int n = 0;
		for (Rubric rubric : rubrics) {
			n++;
			String code = nullToEmpty(rubric.getCode());
			Owner self = code.isEmpty() ? item(parent, "RU", n) : parent.child(parent.id() + "-" + code, code);
			List<String> text = new ArrayList<>();
			for (RubricLine line : rubric.getLines()) {
				text.add(line instanceof RubricItem ? "- " + nullToEmpty(line.getText()) : nullToEmpty(line.getText()));
			}
			row("Rubrique", self, parent, code.isEmpty() ? String.valueOf(n) : code, "", nullToEmpty(rubric.getTitle()),
					lines(text), "");
		}
	}

	private static Owner item(Owner parent, String code, int n) {
		return parent.child(parent.id() + "-" + code + n, code + n);
	}

	private void row(String kind, Owner self, Owner parent, String number, String category, String title,
			String description, String context) {
		row(kind, self, parent, number, category, title, description, context, "", "");
	}

	private void row(String kind, Owner self, Owner parent, String number, String category, String title,
			String description, String context, String correspondsTo, String takenUpBy) {
		rows.add(List.of(referentialName, kind, self.id(), number, parent.id(), self.path(), category, title,
				description, context, correspondsTo, takenUpBy));
	}

	/** The competences of other versions by their identifiers, one a line: « TAI_2018.CP2 (n° 2) – title ». */
	private String versions(List<? extends Competence> competences) {
		return String.join("\n", competences.stream().map(c -> Referentials.reference(c, referential)).toList());
	}

	/**
	 * The blocs of « correspond à » clauses, one a line, « (partiellement) » or « (totalement) » when
	 * the clause says so: the bloc's own clauses, or those of other versions that name it.
	 */
	private String blocs(List<BlockCorrespondence> clauses) {
		List<String> lines = new ArrayList<>();
		for (BlockCorrespondence clause : clauses) {
			String how = Referentials.extentSuffix(clause);
			boolean own = clause.eContainer().eContainer() == referential;
			for (Block b : own ? clause.getBlocks() : List.of((Block) clause.eContainer())) {
				lines.add(Referentials.reference(b, referential) + how);
			}
		}
		return String.join("\n", lines);
	}

	private static String lines(List<String> paragraphs) {
		return String.join("\n", paragraphs);
	}
}
