/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.referentiel.studio.compare.Change;
import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.KnowledgeGroup;
import fr.referentiel.studio.model.KnowledgeItem;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentielFactory;

/**
 * A hundred times the TAI example (300 activity types, 900 competences, 18,000 criteria and
 * knowledge items a side) compares, and every reworded competence is found as modified: similarity
 * reads an index of words, it does not compare every pair of texts. How long it takes is measured
 * by the benchmark ({@code ReferentielBenchmarks.compare}, bench/RESULTS.md), not asserted here: a
 * timed assertion fails on a busy machine and proves nothing on a fast one.
 */
class ScaleTest {

	private static final ReferentielFactory FACTORY = ReferentielFactory.eINSTANCE;

	/** Words enough that texts differ as real ones do; drawn from a fixed seed so that runs are alike. */
	private static final List<String> VOCABULARY = vocabulary();

	private static List<String> vocabulary() {
		List<String> words = new ArrayList<>();
		Random random = new Random(7);
		for (int i = 0; i < 3000; i++) {
			StringBuilder w = new StringBuilder();
			int length = 4 + random.nextInt(6);
			for (int k = 0; k < length; k++) {
				w.append((char) ('a' + random.nextInt(26)));
			}
			words.add(w.toString());
		}
		return words;
	}

	private static String sentence(Random random, int words) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < words; i++) {
			s.append(i == 0 ? "" : " ").append(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
		}
		return s.append('.').toString();
	}

	/**
	 * The same referential each time for the same seed; the first {@code reworded} competences get a
	 * word added to their title and to their first criterion and knowledge item.
	 */
	private static Referential referential(String name, int types, int perType, int reworded) {
		Random random = new Random(42);
		Referential r = FACTORY.createReferential();
		r.setName(name);
		r.setTitle("Référentiel de mesure");
		int n = 0;
		for (int t = 1; t <= types; t++) {
			ActivityType type = FACTORY.createActivityType();
			type.setName("AT" + t);
			type.setTitle(sentence(random, 6));
			type.getDescription().add(sentence(random, 60));
			r.getActivityTypes().add(type);
			Block block = FACTORY.createBlock();
			block.setName("CCP" + t);
			block.setTitle(type.getTitle());
			block.getActivityTypes().add(type);
			r.getBlocks().add(block);
			for (int c = 0; c < perType; c++) {
				n++;
				ProfessionalCompetence competence = FACTORY.createProfessionalCompetence();
				competence.setName("CP" + n);
				String title = sentence(random, 8);
				competence.setTitle(n <= reworded ? "modifié " + title : title);
				competence.getDescription().add(sentence(random, 50));
				competence.getContext().add(sentence(random, 30));
				for (int k = 0; k < 8; k++) {
					Criterion criterion = FACTORY.createCriterion();
					String text = sentence(random, 9);
					criterion.setText(n <= reworded && k == 0 ? "modifié " + text : text);
					competence.getPerformanceCriteria().add(criterion);
				}
				KnowledgeGroup group = FACTORY.createKnowledgeGroup();
				group.setHeading("Savoirs");
				for (int k = 0; k < 12; k++) {
					KnowledgeItem item = FACTORY.createKnowledgeItem();
					String text = sentence(random, 8);
					item.setText(n <= reworded && k == 0 ? "modifié " + text : text);
					group.getItems().add(item);
				}
				competence.getKnowledge().add(group);
				r.getCompetences().add(competence);
				type.getCompetences().add(competence);
				block.getCompetences().add(competence);
			}
		}
		return r;
	}

	@Test
	void aHundredfoldReferentialIsComparedElementByElement() {
		Referential old = referential("GRAND_1", 300, 3, 0);
		Referential neu = referential("GRAND_2", 300, 3, 90);
		Comparison comparison = Comparison.of("grand-1.referentiel", old, "grand-2.referentiel", neu);
		assertEquals(3 * 90, comparison.counts().get(Change.MODIFIED));
		assertEquals(0, comparison.counts().get(Change.ADDED));
		assertEquals(0, comparison.counts().get(Change.REMOVED));
	}
}
