/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

import static fr.referentiel.studio.export.Referentials.nullToEmpty;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import fr.referentiel.studio.export.KnowledgeSection;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.Vocabulary;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.BlockCorrespondence;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.EvaluationModality;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.Rubric;
import fr.referentiel.studio.model.RubricItem;
import fr.referentiel.studio.model.RubricLine;

/** The pieces the documents share: prose sections, lists, rubrics, modalities, conditions. */
final class Pieces {

	private Pieces() {
	}

	static void section(List<Content> out, int level, String heading, List<String> paragraphs) {
		if (!paragraphs.isEmpty()) {
			out.add(new Heading(level, heading));
			paragraphs(out, paragraphs);
		}
	}

	static void list(List<Content> out, int level, String heading, List<String> items) {
		if (!items.isEmpty()) {
			out.add(new Heading(level, heading));
			out.add(new ItemList(items));
		}
	}

	static void paragraphs(List<Content> out, List<String> paragraphs) {
		for (String p : paragraphs) {
			out.add(Paragraph.of(p));
		}
	}

	/** Each rubric under its heading (« FET03 – Conditions d'exercice »), its lines in order. */
	static void rubrics(List<Content> out, int level, List<Rubric> rubrics) {
		for (Rubric rubric : rubrics) {
			String code = nullToEmpty(rubric.getCode());
			out.add(new Heading(level, code.isEmpty() ? nullToEmpty(rubric.getTitle()) : code + " – " + nullToEmpty(rubric.getTitle())));
			lines(out, rubric.getLines());
		}
	}

	/** Prose lines as paragraphs; consecutive list lines as one list. */
	private static void lines(List<Content> out, List<RubricLine> lines) {
		List<String> run = new ArrayList<>();
		for (RubricLine line : lines) {
			if (line instanceof RubricItem) {
				run.add(nullToEmpty(line.getText()));
				continue;
			}
			if (!run.isEmpty()) {
				out.add(new ItemList(run));
				run = new ArrayList<>();
			}
			out.add(Paragraph.of(nullToEmpty(line.getText())));
		}
		if (!run.isEmpty()) {
			out.add(new ItemList(run));
		}
	}

	static void modalitiesAndCriteria(List<Content> out, Vocabulary words, List<EvaluationModality> modalities,
			List<Criterion> criteria) {
		for (EvaluationModality m : modalities) {
			out.add(new Paragraph(Referentials.modalityLabel(m) + " :", String.join("\n", m.getDescription())));
			if (m.getDuration() != null && !m.getDuration().isBlank()) {
				out.add(new Paragraph("Durée :", m.getDuration()));
			}
			if (!m.getDeliverables().isEmpty()) {
				out.add(new ItemList(Referentials.texts(m.getDeliverables())));
			}
			if (!m.getEvaluates().isEmpty()) {
				out.add(new Paragraph("Compétences évaluées :",
						m.getEvaluates().stream().map(Pieces::reference).collect(Collectors.joining("\n"))));
			}
		}
		if (!criteria.isEmpty()) {
			out.add(new Paragraph(words.evaluationCriteria() + " :", ""));
			out.add(new ItemList(Referentials.texts(criteria)));
		}
	}

	/** « CP3 – title » for a competence named elsewhere in a document. */
	static String reference(Competence c) {
		return Referentials.reference(c, null);
	}

	/** The conditions de réalisation of a bloc, when it gives them. */
	static void conditions(List<Content> out, int level, Vocabulary words, Block b) {
		if (b.getContext().isEmpty() && b.getResources().isEmpty() && b.getAutonomy().isEmpty()) {
			return;
		}
		out.add(new Heading(level, words.blockConditions()));
		section(out, level + 1, "Contexte", b.getContext());
		list(out, level + 1, "Ressources", b.getResources());
		section(out, level + 1, "Degré d'autonomie et responsabilités", b.getAutonomy());
	}

	/**
	 * A bloc's « correspond à » clauses, one paragraph each in the file's order (« Correspond
	 * partiellement à : » when the designer says how much), then the blocs of versions exported with
	 * this one that say they take it over (« Remplacé par : »).
	 */
	static void correspondences(List<Content> out, Block b) {
		Referential own = b.eContainer() instanceof Referential r ? r : null;
		for (BlockCorrespondence clause : b.getCorrespondences()) {
			String how = switch (clause.getExtent()) {
				case TOTAL -> "Correspond totalement à :";
				case PARTIAL -> "Correspond partiellement à :";
				default -> "Correspond à :";
			};
			out.add(new Paragraph(how, clause.getBlocks().stream().map(t -> Referentials.reference(t, own))
					.collect(Collectors.joining("\n"))));
		}
		List<String> takenUpBy = new ArrayList<>();
		for (BlockCorrespondence clause : Referentials.takenUpBy(b)) {
			takenUpBy.add(Referentials.reference((Block) clause.eContainer(), own) + Referentials.extentSuffix(clause));
		}
		if (!takenUpBy.isEmpty()) {
			out.add(new Paragraph("Remplacé par :", String.join("\n", takenUpBy)));
		}
	}

	/** The knowledge of a competence, each section under its heading. */
	static void knowledge(List<Content> out, int level, Competence c) {
		for (KnowledgeSection k : Referentials.knowledge(c)) {
			list(out, level, k.heading(), k.items());
		}
	}
}
