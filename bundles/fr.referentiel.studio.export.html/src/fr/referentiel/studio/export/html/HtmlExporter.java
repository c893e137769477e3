/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.html;

import java.util.List;
import java.util.Map;

import fr.referentiel.studio.export.DescribedExporter;
import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.ExportOption;
import fr.referentiel.studio.export.ExportSettings;
import fr.referentiel.studio.export.Layout;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.document.BlocDocument;
import fr.referentiel.studio.export.document.ReacDocument;
import fr.referentiel.studio.model.Referential;

/**
 * One self-contained HTML5 file (CSS embedded, no external resource), printable on A4: the whole
 * referential, or the RNCP « Référentiels » table.
 */
public class HtmlExporter extends DescribedExporter {

	public static final String DOCUMENT = "document";
	public static final String RNCP = "rncp";
	public static final String BLOCS = "blocs";
	public static final String TITLE = "title";

	private static final List<Layout> LAYOUTS = List.of(
			new Layout(DOCUMENT, "Le référentiel complet dans l'ordre d'un REAC : identification, activités types, "
					+ "vue synoptique, fiches activités types et compétences, compétences transversales, glossaire."),
			new Layout(RNCP, "Le tableau « Référentiels » de France Compétences : activités | compétences | "
					+ "modalités d'évaluation | critères d'évaluation, un tableau par activité type."),
			new Layout(BLOCS, "Le référentiel de compétences d'un diplôme (BTS) : par bloc, ses conditions de réalisation et le "
					+ "tableau Compétences | Indicateurs de performance | Savoirs associés, une ligne par compétence."));

	private static final List<ExportOption> OPTIONS = List.of(ExportOption.text(TITLE,
			"Titre de la page (onglet du navigateur et titre principal) ; par défaut, l'intitulé du référentiel.", ""));

	public HtmlExporter() {
		super("html", "Document HTML", "html", LAYOUTS, OPTIONS);
	}

	@Override
	public byte[] render(Referential referential, String layoutId, Map<String, String> options) throws ExportException {
		ExportSettings settings = ExportSettings.resolve(this, layoutId, options);
		String title = settings.text(TITLE).isBlank() ? Referentials.nullToEmpty(referential.getTitle())
				: settings.text(TITLE);
		return switch (settings.layoutId()) {
			case RNCP -> new RncpTableHtml(referential, title).render();
			case BLOCS -> new DocumentHtml(title).render(BlocDocument.build(referential));
			default -> new DocumentHtml(title).render(ReacDocument.build(referential));
		};
	}
}
