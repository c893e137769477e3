/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Referentials as they arrive from copy-paste of PDFs and Word: huge lines, deep nesting, many
 * thousands of items, every kind of Unicode character, Windows line ends, a byte-order mark,
 * mixed encodings. Each gives a clear diagnostic or a correct export, never garbage.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileContentTest {

	private static final int MEGABYTE = 1 << 20;

	@TempDir
	Path tmp;

	private Path write(String name, String text) throws IOException {
		return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(tmp.resolve(name), bytes);
	}

	/**
	 * « referentiel export --force » of every format but the PDF into out/, which must succeed. The
	 * PDF is laid out from the HTML checked here, a second and more for each of these large inputs:
	 * DocumentExportTest gives it hostile texts of its own.
	 */
	private Path exportAll(Path input) {
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("export", input.toString(), "--format", "html,csv,markdown,docx", "--force", "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), () -> abbreviate(run.toString()));
		return out;
	}

	private static String abbreviate(String text) {
		return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
	}

	private static String output(Path out, String name) {
		return CliRun.read(out.resolve(name));
	}

	@Test
	void aMegabyteLineOfProseIsExportedWhole() throws IOException {
		String prose = "Texte collé d'un PDF sans retour à la ligne. ".repeat(MEGABYTE / 45);
		Path input = write("long.referentiel", """
				référentiel LONG "Une ligne d'un mégaoctet" {
				    section "Présentation"
				        | %s
				    compétence CP1 "Lire un long texte" {
				        critères de performance
				            - Le texte est lu.
				    }
				}
				""".formatted(prose));
		Path out = exportAll(input);
		Document html = SafeExports.html(output(out, "long.html"));
		assertTrue(html.text().contains(prose.strip()), "the whole paragraph is in the HTML");
		List<CSVRecord> csv = SafeExports.csv(Files.readAllBytes(out.resolve("long.csv")));
		// The header, the section (its paragraph whole in one cell), the competence and its criterion.
		assertEquals(4, csv.size(), csv.toString().length() > 300 ? "4 rows" : csv.toString());
		assertEquals(prose.strip(), csv.get(1).get(8).strip(), "the whole paragraph is in the section's cell");
		assertTrue(output(out, "long.md").startsWith("---\n"));
	}

	@Test
	void aMegabyteTitleIsExportedWhole() throws IOException {
		String title = "Intitulé interminable ".repeat(MEGABYTE / 22).strip();
		Path input = write("titre.referentiel", """
				référentiel TITRE "Titre" {
				    compétence CP1 "%s" {
				        critères de performance
				            - Le critère est rempli.
				    }
				}
				""".formatted(title));
		Path out = exportAll(input);
		assertTrue(SafeExports.html(output(out, "titre.html")).text().contains(title));
		List<CSVRecord> csv = SafeExports.csv(Files.readAllBytes(out.resolve("titre.csv")));
		assertEquals("Intitulé", csv.get(0).get(7));
		assertEquals(title, csv.get(1).get(7), "the title parses back whole from the CSV");
	}

	private static String nestedActivities(int depth) {
		StringBuilder text = new StringBuilder("référentiel PROFOND \"Imbrication\" {\n    activité type AT1 \"Racine\" {\n");
		StringBuilder number = new StringBuilder();
		for (int level = 1; level <= depth; level++) {
			number.append(level == 1 ? "1" : ".1");
			text.append("activité ").append(number.length() > 40 ? "1" : number).append(" \"Niveau ").append(level)
					.append("\" {\n");
		}
		return text.append("}\n".repeat(depth)).append("    }\n}\n").toString();
	}

	@ParameterizedTest(name = "{0} levels")
	@ValueSource(ints = { 3_000, 100_000 })
	void thousandsOfNestedActivitiesAreAClearProblemNotACrash(int depth) throws IOException {
		Path input = write("profond.referentiel", nestedActivities(depth));
		CliRun validate = CliRun.run("validate", input.toString());
		assertEquals(ExitCode.INVALID, validate.exitCode(), () -> abbreviate(validate.toString()));
		assertTrue(validate.out().contains("error: Imbrication trop profonde") && validate.out().contains("[fr.referentiel.studio.dsl.nestingTooDeep]"),
				() -> abbreviate(validate.toString()));
		Path out = tmp.resolve("out");
		CliRun export = CliRun.run("export", input.toString(), "--force", "--out", out.toString());
		assertEquals(ExitCode.INVALID, export.exitCode(), () -> abbreviate(export.toString()));
		assertTrue(export.err().contains("n'est pas exporté"), () -> abbreviate(export.toString()));
		assertEquals(List.of(), CliRun.list(out));
	}

	@Test
	void twentyLevelsOfActivitiesAreStillExported() throws IOException {
		Path out = exportAll(write("profond.referentiel", nestedActivities(20)));
		assertEquals(List.of("profond.csv", "profond.docx", "profond.html", "profond.md"), CliRun.list(out));
	}

	@Test
	void tenThousandCompetencesAreAllExported() throws IOException {
		int count = 10_000;
		Path input = write("grand.referentiel", CliRun.manyCompetences("Dix mille compétences", count));
		Path out = exportAll(input);
		List<CSVRecord> csv = SafeExports.csv(Files.readAllBytes(out.resolve("grand.csv")));
		// Header, the activity type, then per competence its row and its criterion's.
		assertEquals(1 + 1 + 2 * count, csv.size());
		Document html = SafeExports.html(output(out, "grand.html"));
		// One sheet per activity type and per competence.
		assertEquals(1 + count, html.select("section.fiche").size());
		assertEquals(count, html.select("section.fiche li:containsOwn(rempli)").size(), "every criterion is listed");
		String md = output(out, "grand.md");
		assertEquals(count, md.lines().filter(l -> l.startsWith("| Compétence n° ")).count());
	}

	/** Characters that PDFs and Word put in texts, each in a title, a paragraph and a list entry. */
	private static final String UNICODE = "e\u0301te\u0301 (accents combinants) \u202Eà l'envers\u202C "
			+ "zéro\u200Blargeur \u200D\u200C mot\u00ADcoupé \u00A0insécable\u202F! 😀👩‍💻 🇫🇷 "
			+ "עברית العربية 中文 ｆｕｌｌ \uFFFD \uFEFF fin";

	@Test
	void everyKindOfUnicodeCharacterSurvivesEveryFormat() throws IOException {
		Path input = write("unicode.referentiel", """
				référentiel UNI "%1$s" {
				    compétence CP1 "%1$s" {
				        description
				            | %1$s
				        critères de performance
				            - %1$s
				    }
				}
				""".formatted(UNICODE));
		Path out = exportAll(input);
		// The accents written decomposed are read composed (the checker says so); nothing else changes.
		String read = java.text.Normalizer.normalize(UNICODE, java.text.Normalizer.Form.NFC);
		assertTrue(read.startsWith("été (accents combinants) \u202E"));
		Document html = SafeExports.html(output(out, "unicode.html"));
		// wholeText: text() would fold the no-break spaces that the HTML keeps.
		assertTrue(html.select("li").stream().anyMatch(li -> li.wholeText().equals(read)),
				() -> "the criterion is the same text in HTML: " + html.select("li").eachText());
		List<CSVRecord> csv = SafeExports.csv(Files.readAllBytes(out.resolve("unicode.csv")));
		assertEquals(read, csv.get(1).get(7), "the title parses back to the same text");
		assertEquals(read, csv.get(1).get(8), "the description parses back to the same text");
		assertEquals(read, csv.get(2).get(7), "the criterion parses back to the same text");
		CliRun full = CliRun.run("export", input.toString(), "--format", "markdown", "--layout", "full", "--out",
				out.toString());
		assertEquals(ExitCode.OK, full.exitCode(), full::toString);
		String md = output(out, "unicode.full.md");
		SafeExports.markdown(md);
		assertTrue(md.contains("- " + read), "the criterion is a list item of the same text");
		assertTrue(SafeExports.docx(Files.readAllBytes(out.resolve("unicode.docx"))).contains(read), "the same text in Word");
		// The PDF's font has no Chinese: the PDF is refused and the characters named, rather than printed « # ».
		CliRun pdf = CliRun.run("export", input.toString(), "--format", "pdf", "--force", "--out", tmp.resolve("pdf").toString());
		assertEquals(ExitCode.USAGE, pdf.exitCode(), pdf::toString);
		assertTrue(pdf.err().contains("« 中 » (U+4E2D)"), pdf::toString);
	}

	@Test
	void controlCharactersPastedFromAPdfNeverReachAnyExport() throws IOException {
		// Form feed between pages, vertical tab of Word line breaks, an escape, a DEL, a C1 control, Unicode separators.
		String pasted = "Première page\u000Cseconde\u000Bligne\u001B[0m fin\u007F\u0085 ligne\u2028paragraphe\u2029.";
		Path input = write("controle.referentiel", """
				référentiel CTRL "Titre\u000C" {
				    compétence CP1 "Compétence\u001B[2J" {
				        description
				            | %1$s
				        critères de performance
				            - %1$s
				    }
				}
				""".formatted(pasted));
		CliRun validate = CliRun.run("validate", input.toString());
		assertTrue(validate.out().contains("controle.referentiel:4:28: warning: Caractère invisible"), validate::toString);
		Path out = exportAll(input);
		// The follow-up page has the titles only: the full Markdown document has every text.
		CliRun full = CliRun.run("export", input.toString(), "--force", "--format", "markdown", "--layout", "full", "--out",
				out.toString());
		assertEquals(ExitCode.OK, full.exitCode(), full::toString);
		for (String name : List.of("controle.html", "controle.csv", "controle.md", "controle.full.md")) {
			String written = output(out, name);
			assertTrue(written.chars().noneMatch(fr.referentiel.studio.model.text.ControlCharacters::isControl),
					name + " holds no control character");
			// Each control a space, or a line break where it stood for one (HTML and Markdown read them as \\R).
			int at = 0;
			for (String word : name.equals("controle.md") ? List.of("Compétence \\[2J")
					: List.of("Première page", "seconde", "ligne", "0m fin", "ligne", "paragraphe")) {
				at = written.indexOf(word, at);
				assertTrue(at >= 0, name + " holds « " + word + " » in order:\n" + written);
			}
		}
		String html = output(out, "controle.html");
		// jsoup wrote the title's escape as a character reference, which a browser decodes back.
		assertFalse(html.matches("(?s).*&#(?:[xX]0*(?:[0-1]?[0-9a-fA-F]|7[fF]|8[0-9a-fA-F]|9[0-9a-fA-F])|0*(?:[0-9]|[12][0-9]|3[01]|12[7-9]|1[3-5][0-9])\\b);.*"),
				"no control character as a reference either");
		SafeExports.html(html);
	}

	@Test
	void aNulCharacterIsAClearProblem() throws IOException {
		Path input = write("nul.referentiel", "référentiel NUL \"Titre\u0000\" {\n}\n");
		CliRun run = CliRun.run("validate", input.toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.out().contains("nul.referentiel:1:1: error: ") && run.out().contains("octets nuls"), run::toString);
	}

	@Test
	void windowsLineEndsGiveTheSameExportsAsUnixOnes() throws IOException {
		String tai = CliRun.read(CliRun.example("tai-2023.referentiel"));
		Path unix = write("tai-2023.referentiel", tai.replace("\r\n", "\n"));
		Path windows = Files.createDirectories(tmp.resolve("windows")).resolve("tai-2023.referentiel");
		Files.writeString(windows, tai.replace("\r\n", "\n").replace("\n", "\r\n"));
		assertSameExports(unix, windows);
	}

	@Test
	void aByteOrderMarkAtTheStartChangesNothing() throws IOException {
		byte[] tai = Files.readAllBytes(CliRun.example("asr-rncp.referentiel"));
		Path plain = write("asr-rncp.referentiel", tai);
		Path withBom = Files.createDirectories(tmp.resolve("bom")).resolve("asr-rncp.referentiel");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.writeBytes(tai);
		Files.write(withBom, bytes.toByteArray());
		assertSameExports(plain, withBom);
	}

	private void assertSameExports(Path reference, Path variant) throws IOException {
		Path outReference = tmp.resolve("out-reference");
		Path outVariant = tmp.resolve("out-variant");
		CliRun a = CliRun.run("export", reference.toString(), "--out", outReference.toString());
		CliRun b = CliRun.run("export", variant.toString(), "--out", outVariant.toString());
		assertEquals(ExitCode.OK, a.exitCode(), a::toString);
		assertEquals(ExitCode.OK, b.exitCode(), b::toString);
		assertEquals(CliRun.list(outReference), CliRun.list(outVariant));
		for (String name : CliRun.list(outReference)) {
			assertArrayEquals(Files.readAllBytes(outReference.resolve(name)), Files.readAllBytes(outVariant.resolve(name)),
					name + " is the same");
		}
	}

	@Test
	void aFileMixingUtf8AndLatin1IsRefusedWithTheLineOfTheFirstBadCharacter() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes("référentiel MIX \"Encodages mêlés\" {\n    section \"Présentation\"\n".getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes("        | Collé depuis un vieux document : été\n".getBytes(StandardCharsets.ISO_8859_1));
		bytes.writeBytes("}\n".getBytes(StandardCharsets.UTF_8));
		Path input = write("mix.referentiel", bytes.toByteArray());
		Path out = tmp.resolve("out");
		CliRun run = CliRun.run("export", input.toString(), "--out", out.toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("mix.referentiel:3:1: error: ") && run.err().contains("n'est pas encodé en UTF-8"),
				run::toString);
		assertFalse(Files.exists(out), "nothing is written");
	}
}
