/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.dsl.check.CheckedFile;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.export.Exporters;
import fr.referentiel.studio.model.Referential;

/**
 * The links between two versions in the exports: the new version names the one it replaces by
 * code, millésime and date, and each « Correspond à » by identifier and number; the old one,
 * exported with the new, says by what it is replaced (« Remplacé par », « Remplacée par »).
 */
class VersionLinksTest {

	private static final String OLD = """
			référentiel PAIE_2019 "Gestionnaire de paie" {
			    type REAC
			    code "TP-01281"
			    millésime "03"
			    date de validation "12/06/2019"
			    compétence CP1 "Assurer la tenue du dossier salarié" {
			        numéro 1
			    }
			    compétence CP2 "Établir les déclarations sociales" {
			        numéro 2
			    }
			}
			""";

	private static final String NEW = """
			référentiel PAIE_2024 "Gestionnaire de paie" {
			    type REAC
			    code "TP-01281"
			    millésime "04"
			    remplace PAIE_2019
			    compétence CP1 "Tenir le dossier social du salarié" {
			        numéro 1
			        correspond à PAIE_2019.CP1, PAIE_2019.CP2
			    }
			}
			""";

	@TempDir
	Path dir;

	private List<CheckedFile> check(String... names) throws IOException {
		Files.writeString(dir.resolve("paie-2019.referentiel"), OLD, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("paie-2024.referentiel"), NEW, StandardCharsets.UTF_8);
		return ReferentielChecker.create().check(List.of(names).stream().map(dir::resolve).toList()).files();
	}

	private static String render(Referential referential, String format, String layout) throws Exception {
		return new String(Exporters.find(format).orElseThrow().render(referential, layout, Map.of()), StandardCharsets.UTF_8);
	}

	@Test
	void theNewVersionNamesTheOldOneAndEachCorrespondence() throws Exception {
		Referential paie2024 = check("paie-2024.referentiel").get(0).referential();
		String html = render(paie2024, "html", "document").replaceAll("\\s*<br>\\s*", "<br>");
		assertTrue(html.contains("PAIE_2019 – Gestionnaire de paie (TP-01281, millésime 03, 12/06/2019)"), html);
		assertTrue(html.contains("PAIE_2019.CP1 (n° 1) – Assurer la tenue du dossier salarié<br>PAIE_2019.CP2 (n° 2) – Établir les déclarations sociales"),
				"identifiers and numbers, in the order written: " + html);
		String csv = render(paie2024, "csv", "elements");
		assertTrue(csv.contains("\"PAIE_2019.CP1 (n° 1) – Assurer la tenue du dossier salarié\nPAIE_2019.CP2 (n° 2) – Établir les déclarations sociales\""),
				csv);
	}

	@Test
	void theOldVersionExportedWithTheNewOneSaysByWhatItIsReplaced() throws Exception {
		List<CheckedFile> both = check("paie-2019.referentiel", "paie-2024.referentiel");
		Referential paie2019 = both.get(0).referential();
		assertEquals("PAIE_2019", paie2019.getName());
		String html = render(paie2019, "html", "document");
		assertTrue(html.contains("Remplacé par"), html);
		assertTrue(html.contains("PAIE_2024 – Gestionnaire de paie (TP-01281, millésime 04)"), html);
		assertEquals(2, html.split("Remplacée par :", -1).length - 1, "each old competence says which new one takes it up");
		assertTrue(html.contains("PAIE_2024.CP1 (n° 1) – Tenir le dossier social du salarié"), html);
		assertTrue(render(paie2019, "csv", "elements").contains("PAIE_2024.CP1 (n° 1) – Tenir le dossier social du salarié"));
		String markdown = render(paie2019, "markdown", "full");
		assertTrue(markdown.contains("Remplacée par"), markdown);
	}

	@Test
	void exportedAloneTheOldVersionHasNoReverseLink() throws Exception {
		Referential paie2019 = check("paie-2019.referentiel").get(0).referential();
		assertFalse(render(paie2019, "html", "document").contains("Remplacé"));
	}

	private static final String OLD_BLOCS = """
			référentiel SIO_2019 "Services informatiques aux organisations" {
			    type diplôme
			    code "RNCP35340"
			    compétence C1 "Gérer le patrimoine informatique" {
			    }
			    compétence C2 "Répondre aux incidents" {
			    }
			    bloc BC01 "Support et mise à disposition de services informatiques" {
			        code "RNCP35340BC01"
			        compétences C1
			    }
			    bloc BC02 "Administration des systèmes et des réseaux" {
			        code "RNCP35340BC02"
			        compétences C2
			    }
			}
			""";

	private static final String NEW_BLOCS = """
			référentiel SIO_2024 "Services informatiques aux organisations" {
			    type diplôme
			    code "RNCP40792"
			    remplace SIO_2019
			    compétence C1 "Gérer le patrimoine informatique" {
			        correspond à SIO_2019.C1
			    }
			    bloc BC01 "Support et mise à disposition de services informatiques" {
			        code "RNCP40792BC01"
			        compétences C1
			        correspond partiellement à SIO_2019.BC01, SIO_2019.BC02
			        correspond à SIO_2019.BC01
			    }
			}
			""";

	private List<CheckedFile> checkBlocs(String... names) throws IOException {
		Files.writeString(dir.resolve("sio-2019.referentiel"), OLD_BLOCS, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("sio-2024.referentiel"), NEW_BLOCS, StandardCharsets.UTF_8);
		return ReferentielChecker.create().check(List.of(names).stream().map(dir::resolve).toList()).files();
	}

	@Test
	void aBlocSaysWhichBlocsOfTheOldVersionItTakesOverInEveryLayoutThatShowsBlocs() throws Exception {
		Referential sio2024 = checkBlocs("sio-2024.referentiel").get(0).referential();
		String partly = "SIO_2019.BC01 (RNCP35340BC01) – Support et mise à disposition de services informatiques";
		String other = "SIO_2019.BC02 (RNCP35340BC02) – Administration des systèmes et des réseaux";
		for (String[] formatAndLayout : new String[][] { { "html", "document" }, { "html", "blocs" }, { "markdown", "full" },
				{ "markdown", "blocs" } }) {
			// Markdown escapes the identifiers' « _ »: read as a reader of the rendered page would.
			String text = render(sio2024, formatAndLayout[0], formatAndLayout[1]).replace("\\_", "_");
			String where = formatAndLayout[0] + "/" + formatAndLayout[1] + ": " + text;
			int partial = text.indexOf("Correspond partiellement à");
			assertTrue(partial >= 0, where);
			// Both clauses, in the file's order, the bloc written twice kept twice.
			assertTrue(text.indexOf(partly, partial) > partial && text.indexOf(other, partial) > text.indexOf(partly, partial), where);
			assertTrue(text.indexOf("Correspond à", partial) > partial, where);
			assertEquals(2, text.split(java.util.regex.Pattern.quote(partly), -1).length - 1, where);
		}
		String csv = render(sio2024, "csv", "elements");
		assertTrue(csv.contains(partly + " (partiellement)\n" + other + " (partiellement)\n" + partly + "\""), csv);
	}

	@Test
	void theOldBlocExportedWithTheNewVersionSaysWhichBlocTakesItOver() throws Exception {
		Referential sio2019 = checkBlocs("sio-2019.referentiel", "sio-2024.referentiel").get(0).referential();
		String html = render(sio2019, "html", "blocs");
		assertTrue(html.contains("Remplacé par"), html);
		assertTrue(html.contains("SIO_2024.BC01 (RNCP40792BC01) – Support et mise à disposition de services informatiques (partiellement)"),
				html);
		assertTrue(render(sio2019, "csv", "elements").contains("SIO_2024.BC01 (RNCP40792BC01) – Support et mise à disposition de services informatiques"));
	}
}
