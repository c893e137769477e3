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
}
