/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import fr.referentiel.studio.dsl.check.CheckResult;
import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.dsl.check.ProblemSeverity;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.ReferentialText;
import fr.referentiel.studio.interchange.rncp.RncpImporter;
import fr.referentiel.studio.model.Referential;

/** The fixtures of resources/rncp (small fiches written for the tests) and the real export when present. */
final class Fixtures {

	private Fixtures() {
	}

	static Path rncp(String name) {
		return Path.of(System.getProperty("referentiel.testResources", "resources"), "rncp", name);
	}

	/** ../shared/realdata beside the clone; may not exist on a fresh machine. */
	static Path realdata() {
		return Path.of(System.getProperty("referentiel.realdata", "../../../shared/realdata"));
	}

	static Imported importRncp(Path file, String fiche) throws ImportException {
		return new RncpImporter().read(file, fiche == null ? Map.of() : Map.of(RncpImporter.FICHE, fiche));
	}

	/** The imported text written into {@code dir} under its proposed name. */
	static Path write(Imported imported, Path dir) {
		try {
			return Files.writeString(dir.resolve(imported.fileName()), ReferentialText.of(imported), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Checks the files together and fails on any error; returns every problem. */
	static List<Problem> assertNoErrors(Path... files) {
		CheckResult result = ReferentielChecker.create().check(List.of(files));
		List<Problem> errors = result.problems().stream().filter(p -> p.severity() == ProblemSeverity.ERROR).toList();
		assertEquals(List.of(), errors.stream().map(Problem::toText).toList(), () -> read(files[0]));
		result.files().forEach(f -> assertEquals(true, f.referential() != null, "parsed: " + f.file()));
		return result.problems();
	}

	/**
	 * The written file read back gives the model the importer built: the layout of the text
	 * (serializer, formatter, {@code ReferentialText}'s tidying) loses and changes nothing.
	 */
	static void assertReadsBack(Imported imported, Path file) {
		CheckResult result = ReferentielChecker.create().check(List.of(file));
		Referential reread = result.files().get(0).referential();
		EcoreUtil.resolveAll(reread);
		assertTrue(EcoreUtil.equals(imported.referential(), reread), () -> "the text does not read back as the model:\n" + read(file));
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
