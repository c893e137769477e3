/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * « referentiel export --format docx,pdf »: the Word and PDF documents written by the command,
 * read back, and the PDF checked for PDF/UA-1 by veraPDF, the reference validator of PDF/A and
 * PDF/UA (its own rules, not ours).
 */
class DocumentExportTest {

	@TempDir
	Path out;

	@BeforeAll
	static void validator() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@Test
	void theCommandWritesTheWordAndPdfDocumentsAndPrintsNoLibraryLog() throws Exception {
		CliRun run = CliRun.run("export", CliRun.example("tai-2023.referentiel").toString(), "--format", "docx,pdf", "--out",
				out.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of("tai-2023.docx", "tai-2023.pdf"), CliRun.list(out));
		assertFalse(run.err().contains("Log4j") || run.err().contains("ERROR") || run.err().contains("INFO"), run.err());
		assertTrue(SafeExports.docx(Files.readAllBytes(out.resolve("tai-2023.docx"))).contains("Traiter un incident dans un centre de services"));
		assertTrue(SafeExports.pdf(Files.readAllBytes(out.resolve("tai-2023.pdf"))).contains("Technicien d'assistance en informatique"));
	}

	/** Each layout of the PDF, on the example it is made for, is PDF/UA-1 for veraPDF. */
	@Test
	void everyLayoutOfThePdfIsPdfUa() throws Exception {
		export("tai-2023.referentiel", "document");
		export("tai-2023.referentiel", "rncp");
		export("bts-sio.referentiel", "blocs");
		for (String name : List.of("tai-2023.pdf", "tai-2023.rncp.pdf", "bts-sio.blocs.pdf")) {
			assertEquals(List.of(), pdfUaFailures(Files.readAllBytes(out.resolve(name))), name);
		}
	}

	/** A character the embedded font lacks would print as « # »: the PDF is refused, and the character named. */
	@Test
	void aCharacterThePdfCannotDrawIsNamedNotReplaced() throws Exception {
		Path file = Files.writeString(out.resolve("chinois.referentiel"), """
				référentiel R "Titre" {
				    type REAC
				    compétence C1 "Compétence 中文" {
				        numéro 1
				    }
				}
				""");
		CliRun run = CliRun.run("export", file.toString(), "--format", "pdf", "--force", "--out", out.resolve("pdf").toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
		assertTrue(run.err().contains("« 中 » (U+4E2D), « 文 » (U+6587)") && run.err().contains("Word (docx) ou en HTML"), run.err());
		assertEquals(List.of(), CliRun.list(out.resolve("pdf")));
		CliRun word = CliRun.run("export", file.toString(), "--format", "docx", "--force", "--out", out.resolve("docx").toString());
		assertEquals(0, word.exitCode(), word.err());
		assertTrue(SafeExports.docx(Files.readAllBytes(out.resolve("docx/chinois.docx"))).contains("Compétence 中文"));
	}

	/** Markup, control characters, bidi controls and a 5,000-character word in a PDF: tagged, drawn, readable. */
	@Test
	void hostileTextGivesAValidPdf() throws Exception {
		Path file = Files.writeString(out.resolve("hostile.referentiel"), """
				référentiel R "Titre <script>alert(1)</script> \u001b[31m" {
				    type REAC
				    activité type AT1 "Activité \u202eà l'envers\u202c & « guillemets »" {
				        compétences C1
				    }
				    compétence C1 "Compétence %s" {
				        numéro 1
				        critères de performance
				            - Critère </td></tr></table> \f fin
				    }
				}
				""".formatted("A".repeat(5000)));
		CliRun run = CliRun.run("export", file.toString(), "--format", "pdf", "--force", "--out", out.resolve("pdf").toString());
		assertEquals(0, run.exitCode(), run.err());
		byte[] pdf = Files.readAllBytes(out.resolve("pdf/hostile.pdf"));
		String text = SafeExports.pdf(pdf);
		assertTrue(text.contains("<script>alert(1)</script>") && text.contains("</td></tr></table>"), "markup is text: " + text);
		assertEquals(List.of(), pdfUaFailures(pdf));
	}

	private void export(String example, String layout) {
		CliRun run = CliRun.run("export", CliRun.example(example).toString(), "--format", "pdf", "--layout", layout, "--out",
				out.toString());
		assertEquals(0, run.exitCode(), run.err());
	}

	/** The rules of PDF/UA-1 the document breaks, as « clause-test: message ». */
	static List<String> pdfUaFailures(byte[] pdf) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
			ValidationResult result = validator.validate(parser);
			List<String> failures = result.getTestAssertions().stream().filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
					.map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage()).distinct().toList();
			assertTrue(result.isCompliant() == failures.isEmpty(), "veraPDF's verdict and its assertions agree");
			return failures;
		}
	}
}
