/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.document;

import static fr.referentiel.studio.export.Referentials.nullToEmpty;

import java.util.ArrayList;
import java.util.List;

import fr.referentiel.studio.export.Anchors;
import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.KnowledgeSection;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.Vocabulary;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Referential;

/**
 * The référentiel de compétences of a diploma (a BTS annex) as one document: per bloc, its number
 * and title, its conditions de réalisation, and the table Compétences | Indicateurs de performance
 * | Savoirs associés with one row per competence holding its sub-items, its indicators and its
 * knowledge under their headings, then the bloc's modalities. Blocs and competences in the order
 * of the file.
 */
public final class BlocDocument {

	private BlocDocument() {
	}

	/** @throws ExportException when the referential has no bloc: this layout would be empty */
	public static List<Content> build(Referential referential) throws ExportException {
		if (referential.getBlocks().isEmpty()) {
			throw new ExportException("La mise en page « blocs » présente les blocs de compétences, et ce référentiel n'en a aucun. "
					+ "Ajoutez ses blocs (bloc BC01 \"…\" { compétences … }), ou choisissez une autre mise en page (document).");
		}
		Vocabulary words = Vocabulary.of(referential);
		List<Content> out = new ArrayList<>();
		out.add(new Heading(1, nullToEmpty(referential.getTitle())));
		out.add(ReacDocument.identityPart(referential));
		out.add(new Heading(2, "Référentiel de compétences"));
		List<String> header = List.of("Compétences", words.criteriaColumn(), words.knowledgeColumn());
		for (Block b : referential.getBlocks()) {
			List<Content> part = new ArrayList<>();
			part.add(new Heading(3, words.block(b)));
			if (b.getCode() != null && !b.getCode().isBlank()) {
				part.add(new Paragraph("Code :", b.getCode()));
			}
			Pieces.paragraphs(part, b.getDescription());
			Pieces.conditions(part, 4, words, b);
			Pieces.rubrics(part, 4, b.getRubrics());
			Pieces.correspondences(part, b);
			List<List<List<Content>>> rows = new ArrayList<>();
			for (Competence c : Referentials.competences(b)) {
				if (!c.eIsProxy()) {
					rows.add(row(c));
				}
			}
			if (!rows.isEmpty()) {
				part.add(new RichTable(null, header, rows));
			}
			if (!b.getModalities().isEmpty() || !b.getEvaluationCriteria().isEmpty()) {
				part.add(new Heading(4, "Évaluation"));
				Pieces.modalitiesAndCriteria(part, words, b.getModalities(), b.getEvaluationCriteria());
			}
			out.add(new Part(Part.SHEET, part, Anchors.of(b)));
		}
		return List.copyOf(out);
	}

	private static List<List<Content>> row(Competence c) {
		List<Content> competence = new ArrayList<>();
		competence.add(new Paragraph(nullToEmpty(c.getTitle()), "", Anchors.of(c)));
		if (!c.getDetails().isEmpty()) {
			competence.add(new ItemList(Referentials.texts(c.getDetails())));
		}
		List<Content> criteria = new ArrayList<>();
		if (!c.getPerformanceCriteria().isEmpty()) {
			criteria.add(new ItemList(Referentials.texts(c.getPerformanceCriteria())));
		}
		List<Content> knowledge = new ArrayList<>();
		for (KnowledgeSection k : Referentials.knowledge(c)) {
			knowledge.add(new Paragraph(k.heading(), ""));
			knowledge.add(new ItemList(k.items()));
		}
		return List.of(competence, criteria, knowledge);
	}
}
