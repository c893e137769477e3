/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.model.Referential;

/**
 * An HTML page of the HTML exporter as a tagged PDF/UA-1 document: structure tree from the
 * elements (H1–H6, L/LI, Table/TR/TH/TD), language fr-FR, the title shown as the window title,
 * bookmarks from the headings, DejaVu Sans embedded (the only font, so nothing falls back to a
 * font that is not embedded), page numbers with the referential's code and millésime, and every
 * date and the file identifier taken from the referential, so two exports are the same bytes.
 */
final class TaggedPdf {

	static final String FONT = "DejaVu Sans";

	static {
		// openhtmltopdf reports through java.util.logging on the console: the command line says itself what happened.
		XRLog.setLoggingEnabled(false);
	}

	private TaggedPdf() {
	}

	static byte[] render(Referential referential, byte[] htmlPage) throws ExportException {
		Document html = Jsoup.parse(new String(htmlPage, StandardCharsets.UTF_8));
		FontCoverage.require(html.title() + html.body().text());
		paged(html, referential);
		LocalDate date = Referentials.documentDate(referential);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.withProducer("Référentiel Studio");
		font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
		font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
		font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
		font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
		builder.withW3cDocument(new W3CDom().fromJsoup(html), "about:blank");
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.layout();
			try (PDDocument pdf = renderer.createPDFKeepOpen()) {
				stableDates(pdf, date);
				pdf.getDocument().getTrailer().setItem(COSName.ID, identifier(htmlPage));
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				pdf.save(out);
				return out.toByteArray();
			}
		} catch (IOException e) {
			// Written to memory from fonts shipped in this bundle: a failure here is a defect.
			throw new UncheckedIOException(e);
		}
	}

	/** What a PDF reader needs that a browser does not: its metadata, page rules and bookmarks. */
	private static void paged(Document html, Referential referential) {
		html.selectFirst("html").attr("lang", "fr-FR");
		html.head().appendElement("meta").attr("name", "description").attr("content", description(referential));
		html.head().appendElement("meta").attr("name", "author").attr("content", String.join(", ", referential.getCertifiers()));
		html.head().appendElement("style").appendChild(new DataNode(pageStyle(referential)));
		bookmarks(html);
	}

	/**
	 * The bookmarks of the PDF, from the headings of levels 1 to 3 nested as they are: openhtmltopdf
	 * makes them from a {@code <bookmarks>} element of the head, each pointing to its heading.
	 */
	private static void bookmarks(Document html) {
		Element root = html.head().appendElement("bookmarks");
		Element[] open = new Element[4];
		open[0] = root;
		int n = 0;
		for (Element heading : html.body().select("h1, h2, h3")) {
			int level = heading.tagName().charAt(1) - '0';
			String id = "titre-" + ++n;
			heading.attr("id", id);
			Element parent = root;
			for (int l = level - 1; l >= 1; l--) {
				if (open[l] != null) {
					parent = open[l];
					break;
				}
			}
			Element bookmark = parent.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + id);
			open[level] = bookmark;
			for (int deeper = level + 1; deeper < open.length; deeper++) {
				open[deeper] = null;
			}
		}
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		builder.useFont(() -> {
			InputStream in = TaggedPdf.class.getResourceAsStream("/fonts/" + file);
			if (in == null) {
				throw new IllegalStateException("font missing from the bundle: " + file);
			}
			return in;
		}, FONT, weight, style, true);
	}

	/** The subject of the document, which PDF/UA asks for: the kind of document, the code, the millésime. */
	private static String description(Referential referential) {
		String identity = Referentials.identity(referential).stream()
				.filter(f -> List.of("Type de document", "Code", "Millésime").contains(f.label()))
				.map(f -> f.label() + " : " + f.value()).collect(Collectors.joining(" ; "));
		String title = "Référentiel « " + Referentials.nullToEmpty(referential.getTitle()) + " »";
		return identity.isEmpty() ? title : title + " — " + identity;
	}

	/**
	 * The print rules of the HTML, completed for paged output: the embedded font, headers repeated
	 * on each page, and the footer (the referential's code and
	 * millésime, then « Page n sur N »).
	 */
	private static String pageStyle(Referential referential) {
		String code = Referentials.nullToEmpty(referential.getCode());
		String version = Referentials.nullToEmpty(referential.getVersion());
		String footer = code + (version.isBlank() ? "" : (code.isBlank() ? "" : " – ") + "millésime " + version);
		return """
				body { font-family: "%1$s"; font-size: 9.5pt; }
				h1, h2, h3, h4, h5, h6, th, td, caption, dt, dd, li, p { font-family: "%1$s"; }
				table { -fs-table-paginate: paginate; }
				@page {
				  @bottom-left { content: "%2$s"; font-family: "%1$s"; font-size: 8pt; color: #555; }
				  @bottom-right { content: "Page " counter(page) " sur " counter(pages); font-family: "%1$s"; font-size: 8pt; color: #555; }
				}
				""".formatted(FONT, cssString(footer));
	}

	/** The text inside a CSS string: every character but letters, digits and spaces as a hex escape. */
	static String cssString(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (Character.isLetterOrDigit(c) || c == ' ') {
				out.appendCodePoint(c);
			} else {
				out.append('\\').append(Integer.toHexString(c)).append(' ');
			}
		});
		return out.toString();
	}

	/** The creation date of the document information and of the XMP metadata, from the referential. */
	private static void stableDates(PDDocument pdf, LocalDate date) throws IOException {
		Calendar day = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		day.clear();
		day.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
		pdf.getDocumentInformation().setCreationDate(day);
		pdf.getDocumentInformation().setModificationDate(day);
		PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
		if (metadata == null) {
			return;
		}
		// openhtmltopdf dates its XMP packet with the clock; its one date is replaced in the text,
		// since a round trip through an XMP library drops the PDF/UA extension schema it declares.
		String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8).replaceAll(
				"<xmp:CreateDate>[^<]*</xmp:CreateDate>", "<xmp:CreateDate>" + date + "T00:00:00Z</xmp:CreateDate>");
		try (OutputStream out = metadata.createOutputStream()) {
			out.write(xmp.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** The file identifier PDF asks for: a digest of the page it was made from. */
	private static COSArray identifier(byte[] htmlPage) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(htmlPage);
			COSArray id = new COSArray();
			id.add(new COSString(digest));
			id.add(new COSString(digest));
			return id;
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("MD5 is part of every Java platform", e);
		}
	}
}
