/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.Exporters;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.html.HtmlExporter;
import fr.referentiel.studio.export.pdf.PdfExporter;
import fr.referentiel.studio.export.tests.ExampleModels;
import fr.referentiel.studio.export.tests.Repeats;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.Referential;

/** The PDF documents read back with PDFBox: their text in order, their tags, fonts and metadata. */
class PdfDocumentTest {

	private static final PdfExporter EXPORTER = new PdfExporter();
	private static final Map<String, byte[]> RENDERED = new java.util.HashMap<>();

	/** Each example and layout is laid out once for all the tests (a second or so each). */
	private static synchronized byte[] render(String example, String layout) throws ExportException {
		byte[] pdf = RENDERED.get(example + layout);
		if (pdf == null) {
			pdf = EXPORTER.render(ExampleModels.load(example), layout, Map.of());
			RENDERED.put(example + layout, pdf);
		}
		return pdf;
	}

	/**
	 * The text as read, without its white space: a line wraps where the layout puts it (after
	 * « sans- » in « sans-fils »), and the words, their order and their spelling are what count.
	 */
	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return words(new PDFTextStripper().getText(document));
		}
	}

	private static String words(String text) {
		return text.replaceAll("\\s+", "");
	}

	@Test
	void theExporterIsContributedWithTheLayoutsOfTheHtml() {
		assertEquals(new HtmlExporter().layouts(), Exporters.find("pdf").orElseThrow().layouts());
	}

	@Test
	void theTaiDocumentHoldsEveryCompetenceCriterionAndKnowledgeItemInOrder() throws Exception {
		Referential tai = ExampleModels.load(ExampleModels.TAI);
		String text = text(render(ExampleModels.TAI, HtmlExporter.DOCUMENT));
		int from = 0;
		for (Competence c : tai.getCompetences()) {
			List<String> expected = new ArrayList<>();
			expected.add(c.getTitle());
			c.getPerformanceCriteria().stream().map(Criterion::getText).forEach(expected::add);
			expected.addAll(Referentials.knowledgeItems(c));
			for (String piece : expected) {
				int at = text.indexOf(words(piece), from);
				assertTrue(at >= 0, "« " + piece + " » missing, or out of order after position " + from);
				from = at;
			}
		}
	}

	/** PDF/UA: the structure tree holds headings, lists and tables; language, title, bookmarks, fonts. */
	@Test
	void aTaggedDocumentInFrenchWithItsTitleBookmarksAndEmbeddedFonts() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(render(ExampleModels.TAI, HtmlExporter.DOCUMENT))) {
			assertEquals("fr-FR", pdf.getDocumentCatalog().getLanguage());
			assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
			assertEquals("Technicien d'assistance en informatique", pdf.getDocumentInformation().getTitle());
			assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle(), "the title is the window title");
			Set<String> types = new HashSet<>();
			List<String> thScopes = new ArrayList<>();
			collect(pdf.getDocumentCatalog().getStructureTreeRoot(), types, thScopes);
			for (String type : List.of("H1", "H2", "H3", "L", "LI", "Table", "TR", "TH", "TD", "P")) {
				assertTrue(types.contains(type), "structure element " + type + " in " + types);
			}
			assertTrue(thScopes.contains("Column"), "header cells say what they head: " + thScopes);
			PDOutlineItem first = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
			assertNotNull(first, "bookmarks from the headings");
			assertEquals("Technicien d'assistance en informatique", first.getTitle());
			for (PDPage page : pdf.getPages()) {
				assertEquals(595, Math.round(page.getMediaBox().getWidth()), "A4");
				assertEquals(842, Math.round(page.getMediaBox().getHeight()), "A4 portrait");
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					assertTrue(font.isEmbedded(), font.getName() + " is embedded");
					assertTrue(font.getName().contains("DejaVu"), font.getName());
				}
			}
			String firstPage = pageText(pdf, 1);
			assertTrue(firstPage.contains("TP-00476 – millésime 08"), firstPage);
			assertTrue(firstPage.contains("Page 1 sur " + pdf.getNumberOfPages()), firstPage);
		}
	}

	@Test
	void theRncpTableIsOnLandscapePagesAndItsHeaderRepeats() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(render(ExampleModels.TAI, HtmlExporter.RNCP))) {
			PDPage page = pdf.getPage(0);
			assertEquals(842, Math.round(page.getMediaBox().getWidth()), "A4 landscape");
			int pagesWithHeader = 0;
			for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
				if (pageText(pdf, i).contains("Référentiel de compétences")) {
					pagesWithHeader++;
				}
			}
			assertTrue(pdf.getNumberOfPages() > 3 && pagesWithHeader >= pdf.getNumberOfPages() - 1,
					"the header on every page of the tables: " + pagesWithHeader + " of " + pdf.getNumberOfPages());
		}
	}

	@Test
	void aLayoutWithNothingToShowRefusesInFrench() {
		ExportException refusal = assertThrows(ExportException.class, () -> render(ExampleModels.BTS, HtmlExporter.RNCP));
		assertTrue(refusal.getMessage().contains("« rncp »"), refusal.getMessage());
	}

	@Test
	void twoExportsAreTheSameBytesDatedFromTheReferential() throws Exception {
		byte[] first = render(ExampleModels.TAI, HtmlExporter.DOCUMENT);
		Thread.sleep(1100);
		byte[] second = EXPORTER.render(ExampleModels.load(ExampleModels.TAI), HtmlExporter.DOCUMENT, Map.of());
		assertArrayEquals(first, second);
		try (PDDocument pdf = Loader.loadPDF(first)) {
			assertEquals(2023, pdf.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
			String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
			assertFalse(xmp.contains("CreateDate>") && !xmp.contains("<xmp:CreateDate>2023-05-24T00:00:00Z</xmp:CreateDate>"), xmp);
			assertTrue(xmp.contains("pdfuaid"), "the PDF/UA identification: " + xmp);
		}
	}

	@Test
	void everyLayoutOfEveryExampleShowsItsCompetencesOrRefuses() throws Exception {
		for (String example : List.of(ExampleModels.TAI, ExampleModels.ASR, ExampleModels.BTS)) {
			Referential referential = ExampleModels.load(example);
			for (var layout : EXPORTER.layouts()) {
				byte[] pdf;
				try {
					pdf = render(example, layout.id());
				} catch (ExportException e) {
					assertTrue(e.getMessage().contains("« " + layout.id() + " »"), e.getMessage());
					continue;
				}
				String text = text(pdf);
				for (Competence c : referential.getCompetences()) {
					assertTrue(text.contains(words(c.getTitle())), example + " " + layout.id() + " lacks « " + c.getTitle() + " »");
				}
			}
		}
	}

	@Test
	void aValueWrittenTwiceIsInTheDocumentTwice(@TempDir Path dir) throws Exception {
		Referential referential = Repeats.load(dir);
		Map<String, String> texts = new java.util.HashMap<>();
		for (String value : Repeats.SHOWN_BY.keySet()) {
			for (String formatLayout : Repeats.layoutsShowing(value, "pdf")) {
				String layout = formatLayout.substring(4);
				String text = texts.computeIfAbsent(layout, l -> {
					try {
						return text(EXPORTER.render(referential, l, Map.of()));
					} catch (ExportException | IOException e) {
						throw new AssertionError(e);
					}
				});
				assertEquals(2, text.split(java.util.regex.Pattern.quote(words(value)), -1).length - 1,
						formatLayout + " must show « " + value + " » twice:\n" + text);
			}
		}
	}

	private static String pageText(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf).replaceAll("\\s+", " ");
	}

	private static void collect(PDStructureNode node, Set<String> types, List<String> thScopes) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				types.add(element.getStructureType());
				if ("TH".equals(element.getStructureType())) {
					COSBase attributes = element.getCOSObject().getDictionaryObject(COSName.A);
					if (attributes instanceof COSDictionary a) {
						thScopes.add(a.getNameAsString(COSName.getPDFName("Scope")));
					} else if (attributes instanceof org.apache.pdfbox.cos.COSArray array) {
						for (COSBase each : array) {
							if (each instanceof COSDictionary a) {
								thScopes.add(a.getNameAsString(COSName.getPDFName("Scope")));
							}
						}
					}
				}
				collect(element, types, thScopes);
			}
		}
	}
}
