/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.docx;

import java.util.List;
import java.util.Map;

import fr.referentiel.studio.export.DescribedExporter;
import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.ExportOption;
import fr.referentiel.studio.export.ExportSettings;
import fr.referentiel.studio.export.Layout;
import fr.referentiel.studio.export.LibraryLogging;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.document.BlocDocument;
import fr.referentiel.studio.export.document.ReacDocument;
import fr.referentiel.studio.export.document.RncpTable;
import fr.referentiel.studio.model.Referential;

/**
 * A Word document (Office Open XML, written by Apache POI): the layouts of the HTML document, with
 * Word's own structure — heading styles, bulleted lists, tables whose header row repeats on each
 * page, A4 pages numbered in the footer with the referential's code and millésime.
 */
public class DocxExporter extends DescribedExporter {

	public static final String DOCUMENT = "document";
	public static final String RNCP = "rncp";
	public static final String BLOCS = "blocs";
	public static final String TITLE = "title";

	private static final List<Layout> LAYOUTS = List.of(
			new Layout(DOCUMENT, "Le référentiel complet dans l'ordre d'un REAC, en pages A4 : identification, activités types, "
					+ "vue synoptique, fiches activités types et compétences, compétences transversales, glossaire."),
			new Layout(RNCP, "Le tableau « Référentiels » de France Compétences en pages A4 paysage : activités | compétences | "
					+ "modalités d'évaluation | critères d'évaluation, un tableau par activité type."),
			new Layout(BLOCS, "Le référentiel de compétences d'un diplôme (BTS) en pages A4 : par bloc, ses conditions de réalisation "
					+ "et le tableau Compétences | Indicateurs de performance | Savoirs associés."));

	private static final List<ExportOption> OPTIONS = List.of(ExportOption.text(TITLE,
			"Titre du document (propriétés du fichier et titre principal) ; par défaut, l'intitulé du référentiel.", ""));

	public DocxExporter() {
		super("docx", "Document Word", "docx", LAYOUTS, OPTIONS);
	}

	@Override
	public byte[] render(Referential referential, String layoutId, Map<String, String> options) throws ExportException {
		LibraryLogging.settle();
		ExportSettings settings = ExportSettings.resolve(this, layoutId, options);
		String title = settings.text(TITLE).isBlank() ? Referentials.nullToEmpty(referential.getTitle()) : settings.text(TITLE);
		WordDocument word = switch (settings.layoutId()) {
			case RNCP -> {
				List<RncpTable.Sheet> sheets = RncpTable.build(referential);
				WordDocument document = new WordDocument(referential, title, true);
				document.rncpTables(sheets);
				yield document;
			}
			case BLOCS -> new WordDocument(referential, title, false).contents(BlocDocument.build(referential));
			default -> new WordDocument(referential, title, false).contents(ReacDocument.build(referential));
		};
		return word.toBytes();
	}
}
