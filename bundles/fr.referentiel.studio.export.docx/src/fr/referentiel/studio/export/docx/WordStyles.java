/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The styles of the documents. The headings are Word's built-in « heading 1…3 » (named « Titre 1…3 »
 * in a French Word, their identifiers as a French Word writes them), with an outline level, so the
 * navigation pane and a table of contents find them; the list paragraphs are numbered with a
 * bullet, not typed bullets.
 */
final class WordStyles {

	static final String LANGUAGE = "fr-FR";
	static final String LIST = "Paragraphedeliste";
	static final String CAPTION = "Lgende";
	static final String TERM = "Terme";
	static final String DEFINITION = "Dfinition";
	static final String FOOTER = "Pieddepage";
	static final String AFTER_TABLE = "Aprstableau";

	private static final String FONT = "Arial";

	private final BigInteger bullets;

	private WordStyles(BigInteger bullets) {
		this.bullets = bullets;
	}

	/** Writes the styles and the bullet numbering into the document. */
	static WordStyles install(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		styles.setSpellingLanguage(LANGUAGE);
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		styles.setDefaultFonts(fonts);
		CTStyle normal = paragraphStyle("Normal", "Normal", null, 20, false);
		normal.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(80));
		add(styles, normal);
		String[] colours = { "1B1B1B", "1B1B1B", "2C4A7A", "1B1B1B", "1B1B1B", "1B1B1B" };
		int[] sizes = { 36, 28, 23, 20, 20, 20 };
		for (int level = 1; level <= 6; level++) {
			CTStyle heading = paragraphStyle(heading(level), "heading " + level, "Normal", sizes[level - 1], true);
			CTPPrGeneral p = heading.getPPr();
			p.addNewKeepNext();
			p.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 0 : level <= 3 ? 240 : 160));
			p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			heading.getRPr().addNewColor().setVal(colours[level - 1]);
			add(styles, heading);
		}
		CTStyle list = paragraphStyle(LIST, "List Paragraph", "Normal", 20, false);
		list.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(20));
		add(styles, list);
		CTStyle caption = paragraphStyle(CAPTION, "caption", "Normal", 20, true);
		caption.getPPr().addNewKeepNext();
		add(styles, caption);
		CTStyle term = paragraphStyle(TERM, "Terme du glossaire", "Normal", 20, true);
		term.getPPr().addNewKeepNext();
		add(styles, term);
		CTStyle definition = paragraphStyle(DEFINITION, "Définition du glossaire", "Normal", 20, false);
		definition.getPPr().addNewInd().setLeft(BigInteger.valueOf(567));
		add(styles, definition);
		add(styles, paragraphStyle(AFTER_TABLE, "Après un tableau", "Normal", 8, false));
		CTStyle footer = paragraphStyle(FOOTER, "footer", "Normal", 16, false);
		var tab = footer.getPPr().addNewTabs().addNewTab();
		tab.setVal(STTabJc.RIGHT);
		tab.setPos(BigInteger.valueOf(9638));
		add(styles, footer);
		return new WordStyles(bullets(document));
	}

	/** The identifier of the heading style of a level (1 to 6). */
	static String heading(int level) {
		return "Titre" + Math.max(1, Math.min(level, 6));
	}

	/** The numbering that makes a paragraph a bulleted list item. */
	BigInteger bullets() {
		return bullets;
	}

	/** A paragraph style, to complete before {@link #add}: the styles part keeps a copy of it. */
	private static CTStyle paragraphStyle(String id, String name, String basedOn, int halfPoints, boolean bold) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
			style.addNewNext().setVal("Normal");
		}
		style.addNewQFormat();
		style.addNewPPr();
		CTRPr run = style.addNewRPr();
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		if (bold) {
			run.addNewB();
		}
		return style;
	}

	private static void add(XWPFStyles styles, CTStyle style) {
		styles.addStyle(new XWPFStyle(style, styles));
	}

	private static BigInteger bullets(XWPFDocument document) {
		CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
		definition.setAbstractNumId(BigInteger.ZERO);
		CTLvl level = definition.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(STNumberFormat.BULLET);
		level.addNewLvlText().setVal("•");
		var indent = level.addNewPPr().addNewInd();
		indent.setLeft(BigInteger.valueOf(360));
		indent.setHanging(BigInteger.valueOf(240));
		XWPFNumbering numbering = document.createNumbering();
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
		return numbering.addNum(abstractId);
	}
}
