/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.rncp.RncpImporter;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Option;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.Relation;
import fr.referentiel.studio.model.RelationKind;

/**
 * Integration test on France Compétences' real export (../shared/realdata, kept out of the
 * project by its licence; skipped when absent): the two BTS SIO fiches. The counts were made by
 * hand on the export's text: the competences of each bloc (« * » entries in RNCP40792, entries
 * separated by runs of spaces in RNCP35340) and the activities of ACTIVITES_VISEES.
 */
class RncpRealExportTest {

	@TempDir
	Path tmp;

	private Path xml;

	@BeforeEach
	void realExport() {
		xml = Fixtures.realdata().resolve("rncp-export-extract-bts-sio.xml");
		Assumptions.assumeTrue(Files.isRegularFile(xml), "real data absent: " + xml);
	}

	@Test
	void theFileListsItsTwoFiches() throws ImportException {
		List<RncpImporter.FicheSummary> fiches = new RncpImporter().list(xml);
		assertEquals(List.of("RNCP35340", "RNCP40792"), fiches.stream().map(RncpImporter.FicheSummary::number).toList());
		assertTrue(fiches.get(1).title().startsWith("Services informatiques aux organisations, Option A : « Solutions"), fiches.toString());
	}

	@Test
	void rncp40792HasItsFiveBlocsTheirCodesAndCompetences() throws ImportException {
		Referential r = Fixtures.importRncp(xml, "RNCP40792").referential();
		assertEquals(List.of("RNCP40792BC01", "RNCP40792BC02", "RNCP40792BC03", "RNCP40792BC04", "RNCP40792BC05"), codes(r));
		assertEquals(List.of(6, 3, 3, 5, 5), competencesPerBloc(r));
		assertEquals(22, r.getCompetences().size());
		Block bc01 = r.getBlocks().get(0);
		assertEquals("Support et mise à disposition de services informatiques", bc01.getTitle());
		assertEquals("Gérer le patrimoine informatique", bc01.getCompetences().get(0).getTitle());
		assertEquals(List.of(6, 3, 3, 3, 3, 4), bc01.getCompetences().stream().map(c -> c.getDetails().size()).toList(),
				"the « o » entries are the compétences détaillées");
		assertEquals("Analyser les incidents de sécurité, proposer et mettre en oeuvre des contre-mesures",
				last(r.getBlocks().get(3).getCompetences()).getDetails().get(5).getText());
		r.getBlocks().forEach(b -> assertEquals(1, b.getModalities().size(), b.getName()));
		assertEquals(List.of("RNCP35340"), relations(r, RelationKind.PREVIOUS_VERSION));
		assertEquals(5, r.getLevel());
		assertEquals(List.of("A", "B"), r.getOptions().stream().map(Option::getName).toList());
		assertEquals(List.of("", "A", "B", "A", "B"), r.getBlocks().stream()
				.map(b -> String.join(",", b.getOptions().stream().map(Option::getName).toList())).toList());
	}

	@Test
	void rncp40792HasItsActivities() throws ImportException {
		Referential r = Fixtures.importRncp(xml, "RNCP40792").referential();
		List<ActivityType> types = r.getActivityTypes();
		assertEquals(List.of("Support et mise à disposition de services informatiques", "Cybersécurité des services informatiques",
				"Administration des systèmes et des réseaux", "Cybersécurité des services informatiques",
				"Conception et développement d’applications", "Cybersécurité des services informatiques"),
				types.stream().map(ActivityType::getTitle).toList());
		assertEquals(List.of(6, 4, 3, 1, 3, 1), types.stream().map(t -> t.getActivities().size()).toList(), "« * » entries");
		assertEquals(List.of(22, 15, 17, 6, 20, 6), types.stream().map(RncpRealExportTest::subActivities).toList(), "« o » entries");
		assertEquals("réservation de l'identité numérique de l’organisation", types.get(1).getActivities().get(1).getTitle(),
				"the export's own typo is kept");
	}

	@Test
	void rncp35340HasItsFiveBlocsTheirCodesAndCompetences() throws ImportException {
		Referential r = Fixtures.importRncp(xml, "RNCP35340").referential();
		assertEquals(List.of("RNCP35340BC01", "RNCP35340BC02", "RNCP35340BC03", "RNCP35340BC04", "RNCP35340BC05"), codes(r));
		assertEquals(List.of(6, 3, 5, 3, 5), competencesPerBloc(r));
		assertEquals("Assurer la cybersécurité d’une infrastructure réseau, d’un système, d’un service",
				last(r.getBlocks().get(2).getCompetences()).getTitle());
		assertEquals(List.of("RNCP17108"), relations(r, RelationKind.PREVIOUS_VERSION));
		assertEquals(List.of("RNCP40792"), relations(r, RelationKind.NEXT_VERSION));
		// « - » entries under four headings (two per option).
		assertEquals(List.of(9, 3, 7, 3), r.getActivityTypes().stream().map(t -> t.getActivities().size()).toList());
	}

	@Test
	void bothFichesValidateTogetherInOneFolder() throws ImportException {
		Imported neu = Fixtures.importRncp(xml, "RNCP40792");
		Imported old = Fixtures.importRncp(xml, "RNCP35340");
		Path newFile = Fixtures.write(neu, tmp);
		Path oldFile = Fixtures.write(old, tmp);
		assertEquals(List.of("rncp35340.referentiel", "rncp40792.referentiel"),
				List.of(oldFile.getFileName().toString(), newFile.getFileName().toString()));
		assertTrue(Fixtures.read(newFile).contains("\n    remplace \"RNCP35340\"\n"), Fixtures.read(newFile));
		Fixtures.assertNoErrors(newFile, oldFile);
		Fixtures.assertNoErrors(newFile);
		Fixtures.assertNoErrors(oldFile);
		Fixtures.assertReadsBack(neu, newFile);
		Fixtures.assertReadsBack(old, oldFile);
	}

	private static int subActivities(ActivityType type) {
		return type.getActivities().stream().mapToInt(a -> a.getActivities().size()).sum();
	}

	private static List<String> codes(Referential r) {
		return r.getBlocks().stream().map(Block::getCode).toList();
	}

	private static List<Integer> competencesPerBloc(Referential r) {
		return r.getBlocks().stream().map(b -> b.getCompetences().size()).toList();
	}

	private static List<String> relations(Referential r, RelationKind kind) {
		return r.getRelations().stream().filter(x -> x.getKind() == kind).map(Relation::getCode).toList();
	}

	private static <T> T last(List<T> list) {
		return list.get(list.size() - 1);
	}

	@SuppressWarnings("unused")
	private static List<String> numbers(ActivityType type) {
		return type.getActivities().stream().map(Activity::getNumber).toList();
	}

	@SuppressWarnings("unused")
	private static List<String> names(List<? extends Competence> competences) {
		return competences.stream().map(Competence::getName).toList();
	}
}
