/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.tests;

import java.util.List;

import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.GlossaryEntry;
import fr.referentiel.studio.model.KnowledgeCategory;
import fr.referentiel.studio.model.KnowledgeGroup;
import fr.referentiel.studio.model.KnowledgeItem;
import fr.referentiel.studio.model.ProfessionalCompetence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentielFactory;

/**
 * A referential whose texts try to break out of every format: markup, table pipes, quotes,
 * separators, spreadsheet formulas, Markdown syntax and line breaks. Built in memory (the DSL
 * keeps texts on one line; other producers of models need not).
 */
public final class HostileReferential {

	public static final String SCRIPT = "<script>alert('pirate')</script>";
	public static final String FORMULA = "=HYPERLINK(\"http://exemple.invalid\";\"Cliquez\")";
	public static final String MULTILINE = "Première ligne ; avec \"guillemets\"\nDeuxième ligne | avec pipe";

	/** Every hostile text, used as knowledge items and criteria of the one competence. */
	public static final List<String> TEXTS = List.of(
			SCRIPT,
			"Colonne | colonne \\ barre oblique inverse",
			"Des \"guillemets\" et un point-virgule ; ici, une virgule",
			FORMULA,
			"+33 1 23 45 67 89",
			"-2+3 commence par un tiret",
			"@SOMME(A1:A2)",
			"\tcommence par une tabulation",
			"# pas un titre",
			"1. pas une liste",
			"> pas une citation",
			"*pas en gras* _ni souligné_ `ni code` [ni lien](http://exemple.invalid) ~~ni barré~~",
			"&eacute; &amp; &#233; restent écrits tels quels",
			"<img src=x onerror=alert(1)> & <b>balises</b>",
			MULTILINE);

	public static final String TITLE = "Titre " + SCRIPT + " | \"cité\" ; =1+1";
	public static final String COMPETENCE_TITLE = FORMULA;
	public static final String ACTIVITY_TITLE = "<b>Activité</b> & co | pipe";

	private HostileReferential() {
	}

	public static Referential create() {
		ReferentielFactory f = ReferentielFactory.eINSTANCE;
		Referential r = f.createReferential();
		r.setName("HOSTILE");
		r.setTitle(TITLE);
		r.setCode("=CMD|' /C calc'!A0");
		r.getSections().add(section(f, "Section <i>", "- un tiret en tête\nsur deux lignes"));

		ActivityType at = f.createActivityType();
		at.setName("AT1");
		at.setNumber(1);
		at.setTitle(ACTIVITY_TITLE);
		at.getDescription().add(MULTILINE);
		r.getActivityTypes().add(at);

		ProfessionalCompetence cp = f.createProfessionalCompetence();
		cp.setName("CP1");
		cp.setNumber(1);
		cp.setTitle(COMPETENCE_TITLE);
		cp.getDescription().add(MULTILINE);
		cp.getContext().add(SCRIPT);
		KnowledgeGroup group = f.createKnowledgeGroup();
		group.setCategory(KnowledgeCategory.TECHNICAL_SKILLS);
		for (String text : TEXTS) {
			KnowledgeItem item = f.createKnowledgeItem();
			item.setText(text);
			group.getItems().add(item);
			Criterion criterion = f.createCriterion();
			criterion.setText(text);
			cp.getPerformanceCriteria().add(criterion);
		}
		cp.getKnowledge().add(group);
		r.getCompetences().add(cp);
		at.getCompetences().add(cp);

		GlossaryEntry entry = f.createGlossaryEntry();
		entry.setTerm("\"Terme\" | <u>souligné</u>");
		entry.getDefinition().add(SCRIPT);
		r.getGlossary().add(entry);
		return r;
	}

	private static fr.referentiel.studio.model.Section section(ReferentielFactory f, String title, String paragraph) {
		fr.referentiel.studio.model.Section s = f.createSection();
		s.setTitle(title);
		s.getParagraphs().add(paragraph);
		return s;
	}
}
