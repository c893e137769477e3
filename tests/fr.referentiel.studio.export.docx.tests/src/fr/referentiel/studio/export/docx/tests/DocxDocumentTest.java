/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.docx.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.Exporters;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.docx.DocxExporter;
import fr.referentiel.studio.export.tests.ExampleModels;
import fr.referentiel.studio.export.tests.Repeats;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Criterion;
import fr.referentiel.studio.model.Referential;

/** The Word documents read back with POI: what they say, in order, and Word's own structure. */
class DocxDocumentTest {

	private static final DocxExporter EXPORTER = new DocxExporter();

	private static byte[] render(String example, String layout) throws ExportException {
		return EXPORTER.render(ExampleModels.load(example), layout, Map.of());
	}

	@Test
	void theExporterIsContributedLikeTheOthers() {
		Exporter docx = Exporters.find("docx").orElseThrow();
		assertEquals("docx", docx.fileExtension());
		assertEquals(List.of("document", "rncp", "blocs"), docx.layouts().stream().map(l -> l.id()).toList());
	}

	/** Every competence title, criterion and knowledge item of the TAI example, in the file's order. */
	@Test
	void theTaiDocumentHoldsEveryCompetenceCriterionAndKnowledgeItemInOrder() throws Exception {
		Referential tai = ExampleModels.load(ExampleModels.TAI);
		String text = WordText.text(render(ExampleModels.TAI, DocxExporter.DOCUMENT));
		int from = 0;
		for (Competence c : tai.getCompetences()) {
			List<String> expected = new ArrayList<>();
			expected.add(c.getTitle());
			c.getPerformanceCriteria().stream().map(Criterion::getText).forEach(expected::add);
			expected.addAll(Referentials.knowledgeItems(c));
			for (String piece : expected) {
				int at = text.indexOf(piece, from);
				assertTrue(at >= 0, "« " + piece + " » missing, or out of order after position " + from);
				from = at;
			}
		}
		assertTrue(tai.getCompetences().size() >= 8, "the TAI example has its competences");
	}

	@Test
	void headingsCarryWordsHeadingStylesAndListsAreNumberedLists() throws Exception {
		try (XWPFDocument word = WordText.open(render(ExampleModels.TAI, DocxExporter.DOCUMENT))) {
			List<XWPFParagraph> body = word.getParagraphs();
			XWPFParagraph title = body.get(0);
			assertEquals("Titre1", title.getStyleID());
			assertEquals("Technicien d'assistance en informatique", title.getText());
			for (int level = 1; level <= 3; level++) {
				XWPFStyle style = word.getStyles().getStyle("Titre" + level);
				assertEquals("heading " + level, style.getName(), "Word's built-in heading, « Titre " + level + " » in French");
				assertEquals(BigInteger.valueOf(level - 1), style.getCTStyle().getPPr().getOutlineLvl().getVal(),
						"an outline level: the navigation pane and the table of contents find it");
			}
			assertTrue(body.stream().anyMatch(p -> "Titre2".equals(p.getStyleID()) && p.getText().equals("Vue synoptique")),
					"a part under Titre 2");
			assertTrue(body.stream().anyMatch(p -> "Titre3".equals(p.getStyleID()) && p.getText().startsWith("Compétence professionnelle n° 1 : ")),
					"a competence sheet under Titre 3");
			// A criterion is an item of a real list: numbered paragraph, not a typed bullet.
			Referential tai = ExampleModels.load(ExampleModels.TAI);
			String criterion = tai.getCompetences().get(0).getPerformanceCriteria().get(0).getText();
			XWPFParagraph item = body.stream().filter(p -> p.getText().equals(criterion)).findFirst().orElseThrow();
			assertNotNull(item.getNumID(), "the list item is numbered");
			assertEquals("bullet", item.getNumFmt());
			assertFalse(item.getText().startsWith("•"), "the bullet is the list's, not typed");
			assertEquals("fr-FR", word.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty().orElseThrow());
			assertEquals("Technicien d'assistance en informatique", word.getProperties().getCoreProperties().getTitle());
		}
	}

	@Test
	void tablesRepeatTheirHeaderRowAndNeverSplitARow() throws Exception {
		try (XWPFDocument word = WordText.open(render(ExampleModels.TAI, DocxExporter.DOCUMENT))) {
			assertFalse(word.getTables().isEmpty());
			for (XWPFTable table : word.getTables()) {
				assertTrue(table.getRow(0).isRepeatHeader(), "header row repeated on each page");
				for (XWPFTableRow row : table.getRows()) {
					assertTrue(row.isCantSplitRow(), "no row split across pages");
				}
			}
			XWPFTable synoptic = word.getTables().stream()
					.filter(t -> t.getRow(0).getCell(0).getText().equals("N° fiche AT")).findFirst().orElseThrow();
			assertEquals(List.of("N° fiche AT", "Activités types", "N° fiche CP", "Compétences professionnelles"),
					synoptic.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
		}
	}

	@Test
	void portraitA4ForTheDocumentLandscapeForTheRncpTable() throws Exception {
		try (XWPFDocument word = WordText.open(render(ExampleModels.TAI, DocxExporter.DOCUMENT))) {
			CTPageSz size = word.getDocument().getBody().getSectPr().getPgSz();
			assertEquals(BigInteger.valueOf(11906), size.getW());
			assertEquals(BigInteger.valueOf(16838), size.getH());
		}
		try (XWPFDocument word = WordText.open(render(ExampleModels.TAI, DocxExporter.RNCP))) {
			CTPageSz size = word.getDocument().getBody().getSectPr().getPgSz();
			assertEquals(BigInteger.valueOf(16838), size.getW());
			assertEquals(STPageOrientation.LANDSCAPE, size.getOrient());
			XWPFTable first = word.getTables().get(0);
			assertTrue(first.getRow(0).isRepeatHeader() && first.getRow(1).isRepeatHeader(), "both header rows repeat");
			assertEquals(List.of("Modalités d'évaluation", "Critères d'évaluation"),
					first.getRow(1).getTableCells().subList(2, 4).stream().map(c -> c.getText()).toList());
			assertTrue(first.getRow(0).getCell(0).getText().startsWith("Référentiel d'activités"));
			String text = WordText.text(render(ExampleModels.TAI, DocxExporter.RNCP));
			assertTrue(text.contains("Activité 1 : "), text);
		}
	}

	@Test
	void theFooterGivesTheCodeTheMillesimeAndThePageNumber() throws Exception {
		try (XWPFDocument word = WordText.open(render(ExampleModels.TAI, DocxExporter.DOCUMENT))) {
			XWPFFooter footer = word.getFooterList().get(0);
			String text = footer.getText();
			assertTrue(text.contains("TP-00476 – millésime 08"), text);
			assertTrue(text.contains("Page "), text);
			String xml = footer._getHdrFtr().xmlText();
			assertTrue(xml.contains(" PAGE ") && xml.contains(" NUMPAGES "), "page number fields: " + xml);
		}
	}

	@Test
	void theBlocLayoutOfTheBtsHasOneRowPerCompetence() throws Exception {
		Referential bts = ExampleModels.load(ExampleModels.BTS);
		try (XWPFDocument word = WordText.open(EXPORTER.render(bts, DocxExporter.BLOCS, Map.of()))) {
			XWPFTable first = word.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Compétences"))
					.findFirst().orElseThrow();
			int competences = Referentials.competences(bts.getBlocks().get(0)).size();
			assertEquals(competences + 1, first.getRows().size(), "a header row and one row per competence of the bloc");
			assertTrue(first.getRow(1).getCell(0).getText().startsWith(Referentials.competences(bts.getBlocks().get(0)).get(0).getTitle()));
		}
	}

	@Test
	void aLayoutWithNothingToShowRefusesInFrench() {
		ExportException refusal = assertThrows(ExportException.class, () -> render(ExampleModels.BTS, DocxExporter.RNCP));
		assertTrue(refusal.getMessage().contains("« rncp »") && refusal.getMessage().contains("aucune activité type"),
				refusal.getMessage());
	}

	@Test
	void twoExportsAreTheSameBytesDatedFromTheReferential() throws Exception {
		for (String layout : List.of(DocxExporter.DOCUMENT, DocxExporter.RNCP)) {
			byte[] first = render(ExampleModels.TAI, layout);
			Thread.sleep(1100); // ZIP times have a 2-second grain: cross a second at least
			assertArrayEquals(first, render(ExampleModels.TAI, layout), layout);
		}
		byte[] docx = render(ExampleModels.TAI, DocxExporter.DOCUMENT);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				assertEquals("2023-05-24T00:00", entry.getTimeLocal().toString(), entry.getName() + " dated from « date de mise à jour »");
			}
		}
		try (XWPFDocument word = WordText.open(docx)) {
			assertEquals("2023-05-24T00:00Z", word.getProperties().getCoreProperties().getCreated().toInstant().atOffset(ZoneOffset.UTC)
					.toString());
		}
	}

	/** Every value written twice is in the document twice, in every layout that shows it. */
	@Test
	void aValueWrittenTwiceIsInTheDocumentTwice(@TempDir Path dir) throws IOException, ExportException {
		Referential referential = Repeats.load(dir);
		for (String value : Repeats.SHOWN_BY.keySet()) {
			for (String formatLayout : Repeats.layoutsShowing(value, "docx")) {
				String text = WordText.text(EXPORTER.render(referential, formatLayout.substring(5), Map.of()));
				assertEquals(2, text.split(java.util.regex.Pattern.quote(value), -1).length - 1,
						formatLayout + " must show « " + value + " » twice:\n" + text);
			}
		}
	}

	/** Control characters never reach the file: XML could not hold them, and Word would refuse it. */
	@Test
	void controlCharactersAreNotWritten(@TempDir Path dir) throws Exception {
		Referential referential = ExampleModels.fromText("""
				référentiel R "Titre\u0007 avec cloche" {
				    type REAC
				    compétence C1 "Compétence\u001b[31m colorée" {
				        numéro 1
				    }
				}
				""");
		byte[] docx = EXPORTER.render(referential, DocxExporter.DOCUMENT, Map.of());
		String text = WordText.text(docx);
		assertTrue(text.contains("Compétence [31m colorée"), text);
		assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'), text);
	}
}
