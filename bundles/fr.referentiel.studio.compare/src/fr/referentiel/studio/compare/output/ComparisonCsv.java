/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.Pairing;
import fr.referentiel.studio.export.csv.SpreadsheetCells;

/**
 * The tables of a comparison for a spreadsheet, as the CSV exporter writes its own: « ; », UTF-8
 * with a byte-order mark, CRLF, quoting by Apache Commons CSV, and every cell through
 * {@link SpreadsheetCells} so that no text of a referential runs as a formula.
 */
public final class ComparisonCsv {

	static final List<String> PAIRING_HEADER = List.of("Élément", "Ancien identifiant", "Nouvel identifiant", "Changement",
			"Règle d'appariement", "Similarité", "Ancien intitulé", "Nouvel intitulé", "Ancien parent", "Nouveau parent");

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private ComparisonCsv() {
	}

	/** One row per pairing, elements without counterpart on either side included. */
	public static byte[] pairings(Comparison comparison) {
		List<List<String>> rows = new ArrayList<>();
		for (Pairing p : comparison.pairings()) {
			rows.add(List.of(p.kind().label(), Texts.ids(p.olds()), Texts.ids(p.news()), Texts.changes(p), Texts.rules(p),
					Texts.score(p), Texts.titles(p.olds()), Texts.titles(p.news()), Texts.parents(p.olds()), Texts.parents(p.news())));
		}
		return csv(PAIRING_HEADER, rows);
	}

	/** The tableau de correspondance, codes and titles in columns of their own. */
	public static byte[] correspondence(Comparison comparison) {
		return csv(CorrespondenceTable.CSV_HEADER, CorrespondenceTable.csvRows(comparison));
	}

	private static byte[] csv(List<String> header, List<List<String>> rows) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(";").setQuote('"').setQuoteMode(QuoteMode.MINIMAL)
				.setRecordSeparator("\r\n").get();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(UTF8_BOM);
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, format)) {
			printer.printRecord(SpreadsheetCells.neutralise(header));
			for (List<String> row : rows) {
				printer.printRecord(SpreadsheetCells.neutralise(row));
			}
		} catch (IOException e) {
			throw new UncheckedIOException("writing to memory", e);
		}
		return bytes.toByteArray();
	}
}
