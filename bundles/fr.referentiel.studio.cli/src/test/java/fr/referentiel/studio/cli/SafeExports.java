/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.output.ComparisonOutputs;
import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.Exporters;
import fr.referentiel.studio.export.Layout;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * What every export must be whatever the text of the referential: rendered without an exception
 * other than {@link ExportException}, and safe to open. HTML holds only the elements the exporter
 * writes (so no {@code <script>}, {@code <iframe>} or {@code on…=} handler can come from the text);
 * CSV parses back into rows of the same width whose cells never start like a formula; Markdown
 * tables keep their column count and no raw HTML passes unescaped.
 */
final class SafeExports {

	/** The elements the HTML exporter writes: anything else came from the text of a referential. */
	private static final Set<String> HTML_ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "main",
			"section", "h1", "h2", "h3", "h4", "h5", "h6", "p", "strong", "span", "br", "ul", "li", "dl", "dt", "dd",
			"table", "caption", "thead", "tbody", "tr", "th", "td");

	/** The comparison's pages add the marks of removed and added words. */
	private static final Set<String> COMPARISON_HTML_ELEMENTS = union(HTML_ELEMENTS, Set.of("ins", "del"));

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new java.util.HashSet<>(a);
		all.addAll(b);
		return Set.copyOf(all);
	}

	/** A spreadsheet reads a cell starting with one of these as a formula. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SafeExports() {
	}

	/** Every format and layout of the referential, by « format/layout »; each checked. */
	static Map<String, byte[]> renderAll(Referential referential) {
		return renderAll(referential, Set.of());
	}

	/**
	 * Every layout of every format but those left out: the fuzz test leaves out the PDF, laid out
	 * from the HTML it already checks, whose second of layout per input would leave it few inputs.
	 */
	static Map<String, byte[]> renderAll(Referential referential, Set<String> leftOut) {
		Map<String, byte[]> outputs = new LinkedHashMap<>();
		for (Exporter exporter : Exporters.available()) {
			if (leftOut.contains(exporter.formatId())) {
				continue;
			}
			for (Layout layout : exporter.layouts()) {
				byte[] content;
				try {
					content = exporter.render(referential, layout.id(), Map.of());
				} catch (ExportException e) {
					continue; // a refusal with a message for the user is an acceptable outcome
				}
				check(exporter.formatId(), content);
				outputs.put(exporter.formatId() + "/" + layout.id(), content);
			}
		}
		return outputs;
	}

	/**
	 * Every file of the comparison of the two referentials (« referentiel compare --out »), each
	 * checked as the exports are; the JSON parses back.
	 */
	static Map<String, byte[]> compareAll(Referential old, Referential neu) {
		Comparison comparison = Comparison.of("ancien.referentiel", old, "nouveau.referentiel", neu);
		Map<String, byte[]> outputs = ComparisonOutputs.render(comparison, "nouveau", EnumSet.allOf(ComparisonOutputs.Format.class));
		outputs.forEach((name, content) -> {
			String text = new String(content, StandardCharsets.UTF_8);
			if (name.endsWith(".html")) {
				html(text, COMPARISON_HTML_ELEMENTS);
			} else if (name.endsWith(".csv")) {
				csv(content);
			} else if (name.endsWith(".md")) {
				markdown(text);
			} else if (name.endsWith(".xml")) {
				// The RNCP fragment: well-formed XML without a DTD, no control character (XML 1.0 cannot hold them).
				require(text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r'), "control character in the XML");
				try {
					javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
					factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
					factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(content));
				} catch (Exception e) {
					throw new AssertionError("the CORRESPONDANCES fragment does not parse: " + e.getMessage(), e);
				}
			} else {
				// JSON would escape a control character (\\u001b) that a reader decodes back: none may be left to escape.
				require(!text.contains("\\u00") && !text.contains("\\u20"), "control character in the JSON");
				com.google.gson.JsonParser.parseString(text).getAsJsonObject();
			}
		});
		return outputs;
	}

	static void check(String formatId, byte[] content) {
		switch (formatId) {
			case "html" -> html(new String(content, StandardCharsets.UTF_8));
			case "csv" -> csv(content);
			case "markdown" -> markdown(new String(content, StandardCharsets.UTF_8));
			case "docx" -> docx(content);
			case "pdf" -> pdf(content);
			default -> {
				// a format added later: no invariant known here
			}
		}
	}

	/** Word opens it (POI reads it back), and no control character is in its text. */
	static String docx(byte[] content) {
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(content));
				XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			String text = extractor.getText();
			assertFalse(text.codePoints().anyMatch(c -> ControlCharacters.isControl(c) && c != '\n' && c != '\t'),
					"a control character in the Word text");
			return text;
		} catch (IOException e) {
			throw new AssertionError("POI cannot read the Word document", e);
		}
	}

	/** PDFBox reads it back, and every font it uses is embedded. */
	static String pdf(byte[] content) {
		try (PDDocument pdf = Loader.loadPDF(content)) {
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
				}
			}
			return new PDFTextStripper().getText(pdf);
		} catch (IOException e) {
			throw new AssertionError("PDFBox cannot read the PDF", e);
		}
	}

	static Document html(String html) {
		return html(html, HTML_ELEMENTS);
	}

	private static Document html(String html, Set<String> elements) {
		String lower = html.toLowerCase(java.util.Locale.ROOT);
		require(!lower.contains("<script") && !lower.contains("<iframe"), "raw <script> or <iframe> in the HTML");
		require(html.chars().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)),
				"control character in the HTML");
		Document document = Jsoup.parse(html);
		for (Element element : document.getAllElements()) {
			if (element == document) {
				continue;
			}
			require(elements.contains(element.normalName()), "unexpected HTML element <" + element.normalName() + ">");
			for (Attribute attribute : element.attributes()) {
				require(!attribute.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"),
						"event handler attribute " + attribute.getKey());
			}
		}
		return document;
	}

	static List<CSVRecord> csv(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
				.setFormat(CSVFormat.DEFAULT.builder().setDelimiter(';').get()).get()) {
			records = parser.getRecords();
		} catch (IOException | UncheckedIOException e) {
			throw new AssertionError("the CSV does not parse back: " + e, e);
		}
		require(!records.isEmpty(), "the CSV has no header");
		int width = records.get(0).size();
		for (CSVRecord record : records) {
			require(record.size() == width, "CSV row " + record.getRecordNumber() + " has " + record.size()
					+ " cells, the header " + width);
			for (String cell : record) {
				require(cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0,
						"CSV cell read as a formula: " + abbreviate(cell));
			}
		}
		return records;
	}

	static void markdown(String markdown) {
		List<String> table = new ArrayList<>();
		for (String line : (markdown + "\n").split("\n", -1)) {
			if (line.startsWith("|")) {
				table.add(line);
				continue;
			}
			tableCellCounts(table);
			table.clear();
		}
		// Raw HTML is rendered by Markdown readers: the only tag written is a line break.
		for (int i = markdown.indexOf('<'); i >= 0; i = markdown.indexOf('<', i + 1)) {
			require(backslashesBefore(markdown, i) % 2 == 1 || markdown.startsWith("<br>", i),
					"unescaped < in the Markdown near " + abbreviate(markdown.substring(i)));
		}
	}

	private static void tableCellCounts(List<String> table) {
		if (table.isEmpty()) {
			return;
		}
		int width = cells(table.get(0));
		for (String row : table) {
			require(cells(row) == width, "Markdown row with " + cells(row) + " cells instead of " + width + ": "
					+ abbreviate(row));
		}
	}

	/** The cells of a {@code | a | b |} row: its pipes not escaped by a backslash, less one. */
	static int cells(String row) {
		int pipes = 0;
		for (int i = 0; i < row.length(); i++) {
			char c = row.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '|') {
				pipes++;
			}
		}
		return pipes - 1;
	}

	private static int backslashesBefore(String text, int index) {
		int n = 0;
		for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
			n++;
		}
		return n;
	}

	private static String abbreviate(String text) {
		return text.length() <= 120 ? text : text.substring(0, 120) + "…";
	}

	private static void require(boolean condition, String what) {
		if (!condition) {
			throw new AssertionError(what);
		}
	}
}
