/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import fr.referentiel.studio.export.DescribedExporter;
import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.ExportOption;
import fr.referentiel.studio.export.ExportSettings;
import fr.referentiel.studio.export.Layout;
import fr.referentiel.studio.model.Referential;

/**
 * The referential as one flat table for spreadsheets and learning platforms. Defaults fit the
 * French spreadsheet programs: « ; » separator, UTF-8 with a byte-order mark (without it Excel
 * reads the accents as Windows-1252), CRLF line ends. Apache Commons CSV does the quoting, so a
 * separator, a quote or a line break inside a text stays in its cell.
 */
public class CsvExporter extends DescribedExporter {

	public static final String ELEMENTS = "elements";
	public static final String SEPARATOR = "separator";
	public static final String BOM = "bom";

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final List<Layout> LAYOUTS = List.of(new Layout(ELEMENTS,
			"Une ligne par élément (section, activité, compétence, critère, savoir-faire, savoir, modalité, livrable…) avec son "
					+ "identifiant, son type, son numéro, son parent et son chemin, pour filtrer et croiser dans un tableur."));

	private static final List<ExportOption> OPTIONS = List.of(
			new ExportOption(SEPARATOR, "Séparateur de colonnes : « ; » pour les tableurs réglés en français, « , » sinon.",
					";", List.of(";", ",")),
			ExportOption.flag(BOM, "Marque d'ordre des octets UTF-8 en tête de fichier, pour qu'Excel reconnaisse l'UTF-8.",
					true));

	public CsvExporter() {
		super("csv", "Tableau CSV", "csv", LAYOUTS, OPTIONS);
	}

	@Override
	public byte[] render(Referential referential, String layoutId, Map<String, String> options) throws ExportException {
		ExportSettings settings = ExportSettings.resolve(this, layoutId, options);
		CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(settings.text(SEPARATOR))
				.setQuote('"')
				.setQuoteMode(QuoteMode.MINIMAL)
				.setRecordSeparator("\r\n")
				.get();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (settings.flag(BOM)) {
			bytes.writeBytes(UTF8_BOM);
		}
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, format)) {
			printer.printRecord(SpreadsheetCells.neutralise(ElementTable.HEADER));
			List<List<String>> rows = ElementTable.rows(referential);
			if (rows.isEmpty()) {
				throw new ExportException("Le tableau CSV (mise en page « elements ») aurait seulement sa ligne d'en-tête : ce référentiel ne décrit aucun élément "
						+ "(section, activité type, compétence, bloc, terme du glossaire). Ajoutez-en avant d'exporter.");
			}
			for (List<String> row : rows) {
				printer.printRecord(SpreadsheetCells.neutralise(row));
			}
		} catch (IOException e) {
			throw new UncheckedIOException("writing to memory", e);
		}
		return bytes.toByteArray();
	}
}
