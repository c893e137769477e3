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
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.caseframework.CaseExporter;
import fr.referentiel.studio.export.moodle.MoodleExporter;
import fr.referentiel.studio.export.tests.ExampleModels;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.Importer;
import fr.referentiel.studio.interchange.caseframework.CaseImporter;
import fr.referentiel.studio.interchange.moodle.MoodleImporter;
import fr.referentiel.studio.interchange.tests.Projection.Format;
import fr.referentiel.studio.model.Referential;

/**
 * import(export(x)) gives back x, projected on what each format carries, for every shipped
 * example; the imported text validates and reads back as the model the importer built.
 */
class RoundTripTest {

	private static final List<String> EXAMPLES = List.of(ExampleModels.TAI, ExampleModels.ASR, ExampleModels.BTS);

	@TempDir
	Path dir;

	@TestFactory
	Stream<DynamicTest> caseGivesBackWhatItCarries() {
		return EXAMPLES.stream().map(example -> DynamicTest.dynamicTest(example,
				() -> roundTrip(example, new CaseExporter(), "json", new CaseImporter(), Format.CASE)));
	}

	@TestFactory
	Stream<DynamicTest> moodleGivesBackWhatItCarries() {
		return EXAMPLES.stream().map(example -> DynamicTest.dynamicTest(example,
				() -> roundTrip(example, new MoodleExporter(), "csv", new MoodleImporter(), Format.MOODLE)));
	}

	private void roundTrip(String example, Exporter exporter, String extension, Importer importer, Format format) throws Exception {
		Referential original = ExampleModels.load(example);
		Path exported = Files.write(dir.resolve(ExampleModels.baseName(example) + "." + extension), exporter.render(original, null, Map.of()));
		Imported imported = importer.read(exported, Map.of());
		Path file = Fixtures.write(imported, Files.createDirectories(dir.resolve(format.name())));
		if (System.getProperty("referentiel.keepRoundTrip") != null) {
			Files.copy(file, Files.createDirectories(Path.of(System.getProperty("referentiel.keepRoundTrip"))).resolve(format + "-" + file.getFileName()),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		Fixtures.assertNoErrors(file);
		Fixtures.assertReadsBack(imported, file);
		List<String> projected = Projection.of(original, format);
		long competences = projected.stream().filter(l -> l.startsWith("compétence")).count();
		assertEquals(original.getCompetences().size() + original.getTransversalCompetences().size(), competences, "competences projected");
		assertTrue(competences > 0 && projected.size() > 50, () -> String.join("\n", projected));
		assertEquals(String.join("\n", projected), String.join("\n", Projection.of(imported.referential(), format)),
				() -> example + " through " + format + ":\n" + Fixtures.read(file));
	}
}
