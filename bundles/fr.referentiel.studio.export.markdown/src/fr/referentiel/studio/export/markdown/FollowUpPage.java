/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.markdown;

import static fr.referentiel.studio.export.Referentials.nullToEmpty;

import java.util.List;

import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.Vocabulary;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Referential;

/**
 * The training follow-up page (seed suivi-referentiel-tai.md): front matter for the static
 * site, one « ### CCP&lt;n&gt; - title » section per activity type, and a table where each
 * competence (a training module) stands on the row of its first savoir-faire, its further
 * savoir-faire and savoirs each on a row of their own with an empty first cell. Unlike the
 * hand-made page: no empty rows, no trailing spaces, every row closed by its pipe.
 */
final class FollowUpPage {

	private static final List<String> HEADER = List.of("Module", "Compétences");
	private static final String ALIGNMENT = "|:-------------|:------------|";

	private final Referential referential;
	private final String title;
	private final int order;
	private final boolean inMenu;

	FollowUpPage(Referential referential, String title, int order, boolean inMenu) {
		this.referential = referential;
		this.title = title;
		this.order = order;
		this.inMenu = inMenu;
	}

	/**
	 * One section per activity type (a REAC's CCP), or per bloc when the referential describes no
	 * activity type (a diploma, an RNCP title written by blocs), or one for the whole referential
	 * when it has neither.
	 *
	 * @throws ExportException when it has no competence: the page would have no module
	 */
	String render() throws ExportException {
		MarkdownWriter md = new MarkdownWriter();
		md.raw("---\n")
				.raw("title: " + MarkdownText.yamlString(title) + "\n")
				.raw("order: " + order + "\n")
				.raw("in_menu: " + inMenu + "\n")
				.raw("---\n");
		Vocabulary words = Vocabulary.of(referential);
		if (!referential.getActivityTypes().isEmpty()) {
			for (ActivityType at : referential.getActivityTypes()) {
				section(md, words.blockNumbered(Referentials.number(referential, at)) + " - " + nullToEmpty(at.getTitle()),
						Referentials.competences(referential, at));
			}
		} else if (!referential.getBlocks().isEmpty()) {
			int rank = 0;
			for (Block b : referential.getBlocks()) {
				rank++;
				int number = b.getNumber() > 0 ? b.getNumber() : rank;
				section(md, words.blockNumbered(number) + " - " + nullToEmpty(b.getTitle()), Referentials.competences(b));
			}
		} else if (!referential.getCompetences().isEmpty()) {
			// Neither activity type nor bloc: one section, the referential's competences in the file's order.
			section(md, nullToEmpty(referential.getTitle()), referential.getCompetences());
		} else {
			throw new ExportException("La page de suivi (mise en page « suivi ») présente un module par compétence, et ce "
					+ "référentiel n'en a aucune. Ajoutez ses compétences (compétence CP1 \"…\" { … }), ou choisissez la mise "
					+ "en page « full ».");
		}
		return md.toString();
	}

	private static void section(MarkdownWriter md, String heading, List<? extends Competence> competences) {
		md.block().line("### " + MarkdownText.escape(heading));
		md.block();
		md.tableRow(HEADER).line(ALIGNMENT);
		for (Competence c : competences) {
			if (c.eIsProxy()) {
				continue;
			}
			String module = MarkdownText.escape(nullToEmpty(c.getTitle()));
			List<String> items = Referentials.knowledgeItems(c);
			if (items.isEmpty()) {
				md.tableRow(List.of(module, ""));
			}
			for (int i = 0; i < items.size(); i++) {
				md.tableRow(List.of(i == 0 ? module : "", MarkdownText.escape(items.get(i))));
			}
		}
	}
}
