/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.moodle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import fr.referentiel.studio.export.DescribedExporter;
import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.ExportNotices;
import fr.referentiel.studio.export.ExportOption;
import fr.referentiel.studio.export.ExportSettings;
import fr.referentiel.studio.export.Layout;
import fr.referentiel.studio.export.csv.SpreadsheetCells;
import fr.referentiel.studio.model.Referential;

/**
 * The referential as a Moodle competency framework in the CSV that Moodle's « Import competency
 * framework » ({@code admin/tool/lpimportcsv}) reads and its export writes: the 14 columns of
 * {@code framework_importer}, one framework row, then one row per competency with its parent's
 * id number (see {@link MoodleFramework}). Written as Moodle writes it: UTF-8 without byte-order
 * mark, « , » between fields, LF after each record; Apache Commons CSV does the quoting, and cells
 * that a spreadsheet would take for a formula are neutralised as in the CSV export.
 */
public class MoodleExporter extends DescribedExporter implements ExportNotices {

	public static final String FRAMEWORK = "framework";
	public static final String SCALE = "scale";

	/** The default scale: two values, the second proficient and given by default. */
	public static final String DEFAULT_SCALE = "Non acquis,Acquis";

	private static final List<Layout> LAYOUTS = List.of(new Layout(FRAMEWORK,
			"Un référentiel de compétences Moodle (outil d'import tool_lpimportcsv) : une ligne pour le référentiel, puis "
					+ "une par activité type (ou bloc), compétence, critère, savoir-faire et savoir, sous son parent."));

	private static final List<ExportOption> OPTIONS = List.of(ExportOption.text(SCALE,
			"Valeurs de l'échelle d'évaluation, séparées par des virgules, de la plus basse à la plus haute ; "
					+ "la dernière est celle de la compétence acquise.",
			DEFAULT_SCALE));

	public MoodleExporter() {
		super("moodle", "Référentiel de compétences Moodle (CSV)", "moodle.csv", LAYOUTS, OPTIONS);
	}

	@Override
	public byte[] render(Referential referential, String layoutId, Map<String, String> options) throws ExportException {
		MoodleFramework framework = framework(referential, layoutId, options);
		CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(',')
				.setQuote('"')
				.setQuoteMode(QuoteMode.MINIMAL)
				.setRecordSeparator("\n")
				.get();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, format)) {
			printer.printRecord(MoodleFramework.HEADER);
			for (List<String> row : framework.rows()) {
				printer.printRecord(SpreadsheetCells.neutralise(row));
			}
		} catch (IOException e) {
			throw new UncheckedIOException("writing to memory", e);
		}
		return bytes.toByteArray();
	}

	@Override
	public List<String> notices(Referential referential, String layoutId, Map<String, String> options) throws ExportException {
		return framework(referential, layoutId, options).notices();
	}

	private MoodleFramework framework(Referential referential, String layoutId, Map<String, String> options)
			throws ExportException {
		ExportSettings settings = ExportSettings.resolve(this, layoutId, options);
		MoodleFramework framework = MoodleFramework.of(referential, scale(settings.text(SCALE)));
		if (framework.competenceCount() == 0) {
			throw new ExportException("Le référentiel de compétences Moodle (mise en page « framework ») serait vide : "
					+ "ce référentiel n'a aucune compétence. Ajoutez ses compétences (compétence CP1 \"…\" { … }) avant d'exporter.");
		}
		return framework;
	}

	/** The scale as Moodle compacts it (values joined by « , »); refused with fewer than two values or an empty one. */
	static String scale(String given) throws ExportException {
		List<String> values = Arrays.stream(given.split(",", -1)).map(String::strip).toList();
		if (values.size() < 2 || values.stream().anyMatch(String::isEmpty)) {
			throw new ExportException("L'option « " + SCALE + " » attend au moins deux valeurs non vides séparées par des "
					+ "virgules, de la plus basse à la plus haute (par exemple « " + DEFAULT_SCALE + " ») : « " + given + " ».");
		}
		return String.join(",", values);
	}
}
