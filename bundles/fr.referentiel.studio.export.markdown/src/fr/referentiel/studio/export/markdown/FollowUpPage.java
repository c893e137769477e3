/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.markdown;

import static fr.referentiel.studio.export.Referentials.nullToEmpty;

import java.util.List;

import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.ProfessionalCompetence;
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

	String render() {
		MarkdownWriter md = new MarkdownWriter();
		md.raw("---\n")
				.raw("title: " + MarkdownText.yamlString(title) + "\n")
				.raw("order: " + order + "\n")
				.raw("in_menu: " + inMenu + "\n")
				.raw("---\n");
		for (ActivityType at : referential.getActivityTypes()) {
			md.block().line("### CCP" + Referentials.number(referential, at) + " - " + MarkdownText.escape(nullToEmpty(at.getTitle())));
			md.block();
			md.tableRow(HEADER).line(ALIGNMENT);
			for (ProfessionalCompetence c : Referentials.competences(referential, at)) {
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
		return md.toString();
	}
}
