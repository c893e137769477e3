/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Option;
import fr.referentiel.studio.model.Referential;

/**
 * Integration test on France Compétences' real RNCP export (../shared/realdata): both BTS SIO
 * records become referentials the language writes and reads back unchanged, and the record
 * RNCP35340 matches the transcription the unit tests use. Skipped when ../shared is absent.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReferentielInjectorProvider.class)
class RncpRealDataTest {

	@Inject
	private ReferentielLoader loader;

	@Inject
	private ISerializer serializer;

	private List<Referential> records;

	@BeforeEach
	void readExport() throws Exception {
		Path xml = TestFiles.realdata().resolve("rncp-export-extract-bts-sio.xml");
		Assumptions.assumeTrue(Files.isRegularFile(xml), "real data absent: " + xml);
		records = RncpExportReader.read(xml);
	}

	@Test
	void everyRecordIsWrittenAndReadBackUnchanged() {
		assertEquals(List.of("RNCP35340", "RNCP40792"), records.stream().map(Referential::getName).toList());
		for (Referential record : records) {
			XtextResourceSet set = loader.newResourceSet();
			Resource resource = set.createResource(URI.createURI("file:/referentiels/" + record.getName() + ".referentiel"));
			resource.getContents().add(record);
			String text = serializer.serialize(record, SaveOptions.newBuilder().format().getOptions());
			XtextResource reparsed = loader.load(loader.newResourceSet(), "reparsed.referentiel", text);
			loader.assertNoErrors(reparsed);
			assertTrue(EcoreUtil.equals(record, reparsed.getContents().get(0)), text);
		}
	}

	@Test
	void btsBlocksBelongToTheirOptions() {
		for (Referential record : records) {
			assertEquals(5, record.getBlocks().size());
			assertEquals(List.of(), options(record.getBlocks().get(0)), "BC01 is common to both options");
		}
		Referential rncp40792 = records.get(1);
		assertEquals(List.of("A"), options(rncp40792.getBlocks().get(1)));
		assertEquals(List.of("B"), options(rncp40792.getBlocks().get(2)));
		assertEquals("RNCP40792BC04", rncp40792.getBlocks().get(3).getCode());
		assertEquals(List.of("A"), options(rncp40792.getBlocks().get(3)));
	}

	@Test
	void transcribedTestResourceMatchesTheExport() {
		Referential fromExport = records.get(0);
		XtextResource resource = loader.load(loader.newResourceSet(), "bts-sio-rncp35340.referentiel",
				TestFiles.resource("bts-sio-rncp35340.referentiel"));
		EcoreUtil.resolveAll(resource);
		Referential transcribed = (Referential) resource.getContents().get(0);
		assertTrue(EcoreUtil.equals(fromExport, transcribed), "the transcription differs from the RNCP export");
	}

	private static List<String> options(Block block) {
		return block.getOptions().stream().map(Option::getName).toList();
	}
}
