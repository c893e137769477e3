/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * The characters the embedded font can draw. openhtmltopdf draws « # » for a character no font
 * has: rather than print something else than what the author wrote, the PDF is refused and the
 * characters named.
 */
final class FontCoverage {

	private static CmapLookup cmap;

	private FontCoverage() {
	}

	static void require(String text) throws ExportException {
		CmapLookup lookup = cmap();
		Set<Integer> missing = new TreeSet<>();
		text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !ControlCharacters.isControl(c)
				&& !ControlCharacters.isBidiControl(c) && lookup.getGlyphId(c) == 0).limit(1000).forEach(missing::add);
		if (!missing.isEmpty()) {
			String named = missing.stream().limit(8).map(c -> "« " + Character.toString(c) + " » (U+" + String.format("%04X", c) + ")")
					.collect(Collectors.joining(", "));
			throw new ExportException("Le PDF ne peut pas écrire " + (missing.size() == 1 ? "le caractère " : "les caractères ") + named
					+ (missing.size() > 8 ? " et " + (missing.size() - 8) + " autres" : "") + " : la police du PDF (" + TaggedPdf.FONT
					+ ") ne les a pas, et il afficherait « # » à leur place. Remplacez-les dans le référentiel, ou exportez en Word "
					+ "(docx) ou en HTML, qui les gardent.");
		}
	}

	private static synchronized CmapLookup cmap() {
		if (cmap == null) {
			try (InputStream in = FontCoverage.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
				TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
				cmap = font.getUnicodeCmapLookup();
			} catch (IOException e) {
				throw new UncheckedIOException("the font shipped with the PDF exporter cannot be read", e);
			}
		}
		return cmap;
	}
}
