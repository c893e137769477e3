/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.markdown;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import fr.referentiel.studio.export.DescribedExporter;
import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.ExportOption;
import fr.referentiel.studio.export.ExportSettings;
import fr.referentiel.studio.export.Layout;
import fr.referentiel.studio.export.document.BlocDocument;
import fr.referentiel.studio.export.document.ReacDocument;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * GitHub-flavoured Markdown (also read by Jekyll): the training follow-up page of a static site,
 * or the whole referential. UTF-8 without byte-order mark, LF line ends.
 */
public class MarkdownExporter extends DescribedExporter {

	public static final String FOLLOW_UP = "suivi";
	public static final String FULL = "full";
	public static final String BLOCS = "blocs";
	public static final String TITLE = "title";
	public static final String ORDER = "order";
	public static final String IN_MENU = "in_menu";

	private static final List<Layout> LAYOUTS = List.of(
			new Layout(FOLLOW_UP, "La page de suivi de formation d'un site statique : en-tête (title, order, in_menu), "
					+ "une section « CCP<n> » par activité type (par bloc quand il n'y en a pas) et un tableau Module | Compétences listant les "
					+ "savoir-faire et savoirs de chaque compétence."),
			new Layout(FULL, "Le référentiel complet, dans l'ordre du document HTML (sans en-tête de site)."),
			new Layout(BLOCS, "Le référentiel de compétences d'un diplôme (BTS) : par bloc, le tableau Compétences | "
					+ "Indicateurs de performance | Savoirs associés, une ligne par compétence."));

	private static final List<ExportOption> OPTIONS = List.of(
			ExportOption.text(TITLE, "Titre de la page dans l'en-tête (front matter) de la page de suivi.", "Suivi Référentiel"),
			ExportOption.text(ORDER, "Rang de la page dans le menu du site (nombre entier).", "3"),
			ExportOption.flag(IN_MENU, "Afficher la page dans le menu du site.", true));

	public MarkdownExporter() {
		super("markdown", "Page Markdown", "md", LAYOUTS, OPTIONS);
	}

	@Override
	public byte[] render(Referential referential, String layoutId, Map<String, String> options) throws ExportException {
		ExportSettings settings = ExportSettings.resolve(this, layoutId, options);
		int order = settings.integer(ORDER);
		String text = switch (settings.layoutId()) {
			case FULL -> new DocumentMarkdown().render(ReacDocument.build(referential));
			case BLOCS -> new DocumentMarkdown().render(BlocDocument.build(referential));
			default -> new FollowUpPage(referential, settings.text(TITLE), order, settings.flag(IN_MENU)).render();
		};
		// Control characters would reach the reader raw (Markdown has no escape for them): see ControlCharacters.
		return ControlCharacters.blank(text).getBytes(StandardCharsets.UTF_8);
	}
}
