/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.export.document.Content;
import fr.referentiel.studio.export.document.DefinitionList;
import fr.referentiel.studio.export.document.Heading;
import fr.referentiel.studio.export.document.ItemList;
import fr.referentiel.studio.export.document.Paragraph;
import fr.referentiel.studio.export.document.Part;
import fr.referentiel.studio.export.document.RichTable;
import fr.referentiel.studio.export.document.RncpTable;
import fr.referentiel.studio.export.document.Table;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * One Word document being written: the format-neutral document model ({@link Content}) as Word
 * paragraphs with the styles of {@link WordStyles}, real lists and tables, on A4 pages (landscape
 * for the RNCP table) whose footer gives the referential's code, millésime and the page number.
 */
final class WordDocument {

	private static final int A4_SHORT = 11906; // twentieths of a point
	private static final int A4_LONG = 16838;
	private static final int MARGIN = 1021; // 18 mm
	private static final String BORDER = "8A8A8A";

	private final XWPFDocument document = new XWPFDocument();
	private final String title;
	private final WordStyles styles;
	/** Whether the next sheet starts a new page: not right after the heading of its series. */
	private boolean afterHeading;
	private final LocalDate date;

	WordDocument(Referential referential, String title, boolean landscape) {
		this.title = clean(title);
		this.date = Referentials.documentDate(referential);
		this.styles = WordStyles.install(document);
		page(landscape);
		footer(referential);
		properties(referential);
	}

	/** The contents in order; the first heading is the document title (the title option may replace it). */
	WordDocument contents(List<Content> contents) {
		boolean first = true;
		for (Content content : contents) {
			if (first && content instanceof Heading h && h.level() == 1) {
				heading(1, title);
			} else {
				append(content);
			}
			first = false;
		}
		return this;
	}

	/** The RNCP « Référentiels » document: title, lead-in, one table per activity type. */
	void rncpTables(List<RncpTable.Sheet> sheets) {
		heading(1, title);
		paragraph(null, RncpTable.INTRODUCTION);
		for (int i = 0; i < sheets.size(); i++) {
			rncpTable(sheets.get(i), i > 0);
		}
	}

	private void append(Content content) {
		switch (content) {
			case Heading h -> heading(h.level(), h.text());
			case Paragraph p -> paragraph(p.label(), p.text());
			case ItemList list -> list.items().forEach(item -> lines(listItem(document.createParagraph()), item));
			case Table t -> table(t);
			case RichTable t -> richTable(t);
			case DefinitionList d -> {
				for (DefinitionList.Definition entry : d.entries()) {
					XWPFParagraph term = document.createParagraph();
					term.setStyle(WordStyles.TERM);
					run(term, entry.term());
					for (String text : entry.paragraphs()) {
						XWPFParagraph definition = document.createParagraph();
						definition.setStyle(WordStyles.DEFINITION);
						lines(definition, text);
					}
				}
			}
			case Part part -> {
				boolean breakBefore = Part.SHEET.equals(part.role()) && !afterHeading;
				int before = document.getBodyElements().size();
				part.blocks().forEach(this::append);
				if (breakBefore) {
					firstParagraphFrom(before).ifPresent(p -> p.setPageBreak(true));
				}
			}
		}
		afterHeading = content instanceof Heading;
	}

	/** The first paragraph written since the body held {@code count} elements. */
	private Optional<XWPFParagraph> firstParagraphFrom(int count) {
		return document.getBodyElements().subList(count, document.getBodyElements().size()).stream()
				.filter(XWPFParagraph.class::isInstance).map(XWPFParagraph.class::cast).findFirst();
	}

	private void heading(int level, String text) {
		XWPFParagraph p = document.createParagraph();
		p.setStyle(WordStyles.heading(level));
		run(p, text);
	}

	private void paragraph(String label, String text) {
		XWPFParagraph p = document.createParagraph();
		label(p, label, text);
	}

	/** A bold label, then the text; lines of the text kept as line breaks. */
	private static void label(XWPFParagraph p, String label, String text) {
		if (label != null) {
			run(p, label).setBold(true);
			if (!text.isEmpty()) {
				run(p, " ");
			}
		}
		lines(p, text);
	}

	private XWPFParagraph listItem(XWPFParagraph p) {
		p.setStyle(WordStyles.LIST);
		p.setNumID(styles.bullets());
		p.setNumILvl(BigInteger.ZERO);
		return p;
	}

	private static XWPFParagraph lines(XWPFParagraph p, String text) {
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			XWPFRun run = run(p, lines[i]);
			if (i < lines.length - 1) {
				run.addBreak();
			}
		}
		return p;
	}

	private static XWPFRun run(XWPFParagraph p, String text) {
		XWPFRun run = p.createRun();
		run.setText(clean(text));
		return run;
	}

	/** No control character in the file: XML 1.0 cannot hold most of them, and none is meant to be read. */
	private static String clean(String text) {
		return ControlCharacters.blank(text == null ? "" : text);
	}

	private void table(Table t) {
		caption(t.caption());
		XWPFTable table = newTable(t.rows().size() + 1, t.header().size());
		header(table.getRow(0), t.header());
		for (int r = 0; r < t.rows().size(); r++) {
			List<String> row = t.rows().get(r);
			for (int c = 0; c < row.size(); c++) {
				XWPFParagraph p = firstParagraph(table.getRow(r + 1).getCell(c));
				lines(p, row.get(c));
				if (t.rowHeaders() && c == 0) {
					p.getRuns().forEach(run -> run.setBold(true));
				}
			}
		}
		afterTable();
	}

	private void richTable(RichTable t) {
		caption(t.caption());
		XWPFTable table = newTable(t.rows().size() + 1, t.header().size());
		header(table.getRow(0), t.header());
		for (int r = 0; r < t.rows().size(); r++) {
			cells(table.getRow(r + 1), t.rows().get(r));
		}
		afterTable();
	}

	private void rncpTable(RncpTable.Sheet sheet, boolean newPage) {
		XWPFParagraph caption = caption(sheet.caption());
		caption.setPageBreak(newPage);
		int columns = RncpTable.HEADER.stream().mapToInt(g -> Math.max(1, g.columns().size())).sum();
		XWPFTable table = newTable(sheet.rows().size() + 2, columns);
		XWPFTableRow groups = table.getRow(0);
		XWPFTableRow names = table.getRow(1);
		names.setRepeatHeader(true);
		int column = 0;
		// The header of two rows: a group of columns spans them; a single column is merged down.
		for (RncpTable.ColumnGroup group : RncpTable.HEADER) {
			XWPFTableCell cell = groups.getCell(column);
			XWPFParagraph p = firstParagraph(cell);
			run(p, group.title()).setBold(true);
			XWPFParagraph precision = cell.addParagraph();
			run(precision, group.precision()).setItalic(true);
			headerCell(cell);
			if (group.columns().isEmpty()) {
				tcPr(cell).addNewVMerge().setVal(STMerge.RESTART);
				XWPFTableCell below = names.getCell(column);
				tcPr(below).addNewVMerge();
				headerCell(below);
				column++;
			} else {
				tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(group.columns().size()));
				for (String name : group.columns()) {
					XWPFTableCell below = names.getCell(column++);
					run(firstParagraph(below), name).setBold(true);
					headerCell(below);
				}
			}
		}
		// A spanning cell takes the place of the cells it covers.
		while (groups.getTableCells().size() > RncpTable.HEADER.size()) {
			groups.removeCell(groups.getTableCells().size() - 1);
		}
		for (int r = 0; r < sheet.rows().size(); r++) {
			cells(table.getRow(r + 2), sheet.rows().get(r));
		}
		afterTable();
	}

	private void cells(XWPFTableRow row, List<List<Content>> cells) {
		for (int c = 0; c < cells.size(); c++) {
			XWPFTableCell cell = row.getCell(c);
			boolean firstOfCell = true;
			for (Content content : cells.get(c)) {
				if (content instanceof Paragraph p) {
					label(firstOfCell ? firstParagraph(cell) : cell.addParagraph(), p.label(), p.text());
					firstOfCell = false;
				} else if (content instanceof ItemList list) {
					for (String item : list.items()) {
						lines(listItem(firstOfCell ? firstParagraph(cell) : cell.addParagraph()), item);
						firstOfCell = false;
					}
				}
			}
		}
	}

	private XWPFParagraph caption(String caption) {
		if (caption == null) {
			return null;
		}
		XWPFParagraph p = document.createParagraph();
		p.setStyle(WordStyles.CAPTION);
		run(p, caption);
		return p;
	}

	/** A table across the page, its rows never split, its first row repeated on each page. */
	private XWPFTable newTable(int rows, int columns) {
		XWPFTable table = document.createTable(rows, columns);
		// Thin grey borders on every cell, as in the HTML (set on the table: POI's schemas have no table style).
		table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
		table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
		table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
		table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
		table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
		table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
		table.setCellMargins(30, 85, 30, 85);
		table.setWidth("100%");
		table.setTableAlignment(TableRowAlign.LEFT);
		for (XWPFTableRow row : table.getRows()) {
			row.setCantSplitRow(true);
		}
		table.getRow(0).setRepeatHeader(true);
		return table;
	}

	private static void header(XWPFTableRow row, List<String> header) {
		for (int c = 0; c < header.size(); c++) {
			XWPFTableCell cell = row.getCell(c);
			run(firstParagraph(cell), header.get(c)).setBold(true);
			headerCell(cell);
		}
	}

	private static void headerCell(XWPFTableCell cell) {
		cell.setColor("E6ECF5");
	}

	private static CTTcPr tcPr(XWPFTableCell cell) {
		return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
	}

	private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
		return cell.getParagraphs().get(0);
	}

	/** Word puts a table right after the next one unless a paragraph separates them. */
	private void afterTable() {
		document.createParagraph().setStyle(WordStyles.AFTER_TABLE);
	}

	private void page(boolean landscape) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		if (landscape) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		CTPageMar margins = section.addNewPgMar();
		BigInteger margin = BigInteger.valueOf(MARGIN);
		margins.setTop(margin);
		margins.setBottom(margin);
		margins.setLeft(margin);
		margins.setRight(margin);
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
	}

	/** « TP-00476 – millésime 08 » on the left, « Page 3 sur 40 » on the right. */
	private void footer(Referential referential) {
		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph p = footer.createParagraph();
		p.setStyle(WordStyles.FOOTER);
		StringBuilder identity = new StringBuilder(Referentials.nullToEmpty(referential.getCode()));
		String version = Referentials.nullToEmpty(referential.getVersion());
		if (!version.isBlank()) {
			identity.append(identity.isEmpty() ? "" : " – ").append("millésime ").append(version);
		}
		run(p, identity.toString());
		p.createRun().addTab();
		run(p, "Page ");
		field(p, "PAGE");
		run(p, " sur ");
		field(p, "NUMPAGES");
		p.setAlignment(ParagraphAlignment.LEFT);
	}

	/** A field Word and LibreOffice compute when they lay the pages out. */
	private static void field(XWPFParagraph p, String instruction) {
		p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		p.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
		p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		run(p, "1");
		p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	/** Title, author, language, and dates taken from the referential, never from the clock. */
	private void properties(Referential referential) {
		var core = document.getProperties().getCoreProperties();
		core.setTitle(title);
		// The author of a referential is its certifier; the tool is the application that wrote the file.
		core.setCreator(clean(referential.getCertifiers().isEmpty() ? "Référentiel Studio" : String.join(", ", referential.getCertifiers())));
		core.setSubjectProperty(clean(Referentials.nullToEmpty(referential.getCode())));
		Date day = Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
		core.setCreated(Optional.of(day));
		core.setModified(Optional.of(day));
		core.getUnderlyingProperties().setLanguageProperty(Optional.of(WordStyles.LANGUAGE));
		document.getProperties().getExtendedProperties().setApplication("Référentiel Studio");
	}

	byte[] toBytes() {
		try (XWPFDocument d = document) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			d.write(out);
			return StableZip.withEntryTimes(out.toByteArray(), date);
		} catch (IOException e) {
			// Written to memory: an I/O failure here is a defect, not a user's problem.
			throw new UncheckedIOException(e);
		}
	}
}
