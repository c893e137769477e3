/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.pdf;

import java.util.Map;

import fr.referentiel.studio.export.DescribedExporter;
import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.LibraryLogging;
import fr.referentiel.studio.export.html.HtmlExporter;
import fr.referentiel.studio.model.Referential;

/**
 * An accessible PDF (PDF/UA-1, tagged): the HTML document of the same layout laid out on A4 pages
 * by openhtmltopdf, so the PDF says what the HTML says — one document model, one set of layouts.
 */
public class PdfExporter extends DescribedExporter {

	private static final HtmlExporter HTML = new HtmlExporter();

	public PdfExporter() {
		super("pdf", "Document PDF accessible", "pdf", HTML.layouts(), HTML.options());
	}

	@Override
	public byte[] render(Referential referential, String layoutId, Map<String, String> options) throws ExportException {
		LibraryLogging.settle();
		return TaggedPdf.render(referential, HTML.render(referential, layoutId, options));
	}
}
