/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.docx.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A Word file read back by POI, as a reader reads it: its paragraphs in order, tables cell by cell. */
final class WordText {

	private WordText() {
	}

	static XWPFDocument open(byte[] docx) {
		try {
			return new XWPFDocument(new ByteArrayInputStream(docx));
		} catch (IOException e) {
			throw new UncheckedIOException("POI cannot open the document", e);
		}
	}

	/** Every paragraph of the body, table cells included, in reading order. */
	static List<XWPFParagraph> paragraphs(XWPFDocument document) {
		List<XWPFParagraph> out = new ArrayList<>();
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph p) {
				out.add(p);
			} else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						out.addAll(cell.getParagraphs());
					}
				}
			}
		}
		return out;
	}

	/** The text of the document, one paragraph a line (a line break inside a paragraph is a « \n » too). */
	static String text(byte[] docx) {
		try (XWPFDocument document = open(docx)) {
			return String.join("\n", paragraphs(document).stream().map(XWPFParagraph::getText).toList());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
