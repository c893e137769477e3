/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's import of the real RNCP export (../shared/realdata, kept out of the project by its
 * licence; skipped when absent), through the distribution's bin/referentiel as users run it: both
 * BTS SIO fiches give referentials with their five blocs, codes and competences that validate,
 * alone and together in one folder, RNCP40792 replacing RNCP35340.
 */
class ImportRncpIT {

	@TempDir
	Path tmp;

	private Path xml;

	private record Result(int exitCode, String out, String err) {
	}

	@BeforeEach
	void realExport() {
		xml = Path.of(System.getProperty("referentiel.realdata", "../../../shared/realdata"), "rncp-export-extract-bts-sio.xml")
				.toAbsolutePath();
		Assumptions.assumeTrue(Files.isRegularFile(xml), "real data absent: " + xml);
	}

	private static Result referentiel(Path workDir, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("referentiel.distribution", "target/referentiel"),
				"bin", "referentiel").toAbsolutePath().toString()));
		command.addAll(List.of(args));
		Path out = workDir.resolve(".stdout");
		Path err = workDir.resolve(".stderr");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile());
		builder.environment().put("REFERENTIEL_RESIDENT", "non"); // a process of its own, leaving none behind
		Process process = builder.start();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command ends");
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return result;
	}

	@Test
	void theRenewalsBlocTableIsFoundFromTheTextsOfTheTwoImportedFiches() throws Exception {
		// The export gives no competence-level link: similarity alone pairs the blocs, the two options'
		// blocs swapped numbers between RNCP35340 and RNCP40792 (development BC04 → BC03, security BC03 → BC04).
		assertEquals(0, referentiel(tmp, "import", "rncp", xml.toString(), "--fiche", "RNCP35340").exitCode());
		assertEquals(0, referentiel(tmp, "import", "rncp", xml.toString(), "--fiche", "RNCP40792").exitCode());
		Result compare = referentiel(tmp, "compare", "rncp35340.referentiel", "rncp40792.referentiel", "--format", "rncp,csv",
				"--out", "renouvellement");
		assertEquals(0, compare.exitCode(), compare.toString());
		assertTrue(compare.out().contains("""
				Correspondance des blocs :
				  BC01 → BC01 : totale
				  BC02 → BC02 : totale
				  BC03 → BC04 : totale
				  BC04 → BC03 : totale
				  BC05 → BC05 : totale
				"""), compare.out());
		String fragment = Files.readString(tmp.resolve("renouvellement/rncp40792.correspondances.xml"));
		assertEquals(5, fragment.split("<CORRESPONDANCE>", -1).length - 1, fragment);
		assertTrue(fragment.contains("<ID_FICHE_ANCIENNE_CERTIFICATION>RNCP35340</ID_FICHE_ANCIENNE_CERTIFICATION>"), fragment);
		Matcher third = Pattern.compile("<CODE>RNCP35340BC03</CODE>.*?<ID_FICHE_NOUVELLE_CERTIFICATION>RNCP40792</ID_FICHE_NOUVELLE_CERTIFICATION>"
				+ "\\s*<BLOCS_COMPETENCES>\\s*<BLOC_COMPETENCES>\\s*<CODE>([A-Z0-9]+)</CODE>", Pattern.DOTALL).matcher(fragment);
		assertTrue(third.find(), fragment);
		assertEquals("RNCP40792BC04", third.group(1));
		assertTrue(Files.readString(tmp.resolve("renouvellement/rncp40792.correspondance.csv")).contains("RNCP35340BC04"));
	}

	@Test
	void bothBtsSioFichesAreImportedAndValidateTogether() throws Exception {
		Result neu = referentiel(tmp, "import", "rncp", xml.toString(), "--fiche", "RNCP40792");
		assertEquals(0, neu.exitCode(), neu.toString());
		assertTrue(neu.out().startsWith("« rncp40792.referentiel » écrit : fiche RNCP40792, 5 blocs, 22 compétences, 104 activités ; "
				+ "0 erreur, "), neu.out());
		assertFalse(neu.err().contains("WARNING") || neu.err().contains("Exception"), neu.err());
		Result old = referentiel(tmp, "import", "rncp", xml.toString(), "--fiche", "35340");
		assertEquals(0, old.exitCode(), old.toString());
		assertTrue(old.out().startsWith("« rncp35340.referentiel » écrit : fiche RNCP35340, 5 blocs, 22 compétences, 22 activités ; "),
				old.out());
		assertEquals(List.of("rncp35340.referentiel", "rncp40792.referentiel"), CliRun.list(tmp));

		String text = Files.readString(tmp.resolve("rncp40792.referentiel"));
		assertTrue(text.startsWith("// Importé de l'export open data du RNCP (France Compétences) par « referentiel import rncp ».\n"
				+ "// Fichier source : rncp-export-extract-bts-sio.xml (VERSION_FLUX 4.1).\n"
				+ "// Fiche : RNCP40792 (ID_FICHE 28178), ligne 153 du fichier.\n"), text);
		assertTrue(text.contains("\n    remplace \"RNCP35340\"\n"), text);
		for (int bloc = 1; bloc <= 5; bloc++) {
			assertTrue(text.contains("code \"RNCP40792BC0" + bloc + "\""), "bloc " + bloc);
		}
		assertEquals(List.of(6, 3, 3, 5, 5), competencesPerBloc(text));
		assertEquals(List.of(6, 3, 5, 3, 5), competencesPerBloc(Files.readString(tmp.resolve("rncp35340.referentiel"))));

		Result both = referentiel(tmp, "validate", ".");
		assertEquals(0, both.exitCode(), both.toString());
		assertTrue(both.err().contains("2 fichiers vérifiés : 0 erreur, "), both.err());

		Result again = referentiel(tmp, "import", "rncp", xml.toString(), "--fiche", "RNCP40792");
		assertEquals(2, again.exitCode(), again.toString());
		assertTrue(again.err().startsWith("« rncp40792.referentiel » existe déjà : rien n'a été écrit."), again.err());
	}

	@Test
	void theRealExportIsListed() throws Exception {
		Result list = referentiel(tmp, "import", "rncp", xml.toString(), "--liste");
		assertEquals(0, list.exitCode(), list.toString());
		assertTrue(list.out().startsWith("RNCP35340  Services informatiques aux organisations : Option A"), list.out());
		assertTrue(list.out().endsWith("2 fiches dans « rncp-export-extract-bts-sio.xml ».\n"), list.out());
		Result without = referentiel(tmp, "import", "rncp", xml.toString());
		assertEquals(2, without.exitCode(), without.toString());
		assertTrue(without.err().contains("--fiche (par exemple --fiche RNCP35340), ou listez-les avec --liste"), without.err());
		assertEquals(List.of(), CliRun.list(tmp));
	}

	@Test
	void aBrokenFileGivesOneLineOfFrenchAndNothingElse() throws Exception {
		for (String name : List.of("latin1.xml", "tronque.xml", "entite-externe.xml")) {
			Result result = referentiel(tmp, "import", "rncp", ImportCommandTest.fixture(name).toAbsolutePath().toString());
			assertEquals(2, result.exitCode(), name + ": " + result);
			assertEquals(1, result.err().strip().lines().count(), "nothing printed by the XML parser itself: " + result.err());
			assertTrue(result.err().startsWith("« " + name + " », ligne "), result.err());
			assertEquals(List.of(), CliRun.list(tmp), name);
		}
	}

	/** The number of competences each bloc of the written text lists (« compétences C1_1, C1_2 »). */
	private static List<Integer> competencesPerBloc(String text) {
		List<Integer> counts = new ArrayList<>();
		Matcher bloc = Pattern.compile("(?m)^    bloc BC\\d+ .*?\\n    }", Pattern.DOTALL).matcher(text);
		while (bloc.find()) {
			Matcher list = Pattern.compile("(?m)^        compétences (.*)$").matcher(bloc.group());
			counts.add(list.find() ? list.group(1).split(",").length : 0);
		}
		return counts;
	}
}
