/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.ModalityKind;
import fr.referentiel.studio.model.Option;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentialKind;
import fr.referentiel.studio.model.RelationKind;

/**
 * A BTS has common blocks and blocks of option A or B: the RNCP record of the BTS SIO
 * (RNCP35340), transcribed in resources/, keeps each block's official code and options.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReferentielInjectorProvider.class)
class OptionsAndBlocksTest {

	@Inject
	private ReferentielLoader loader;

	private Referential bts() {
		XtextResource resource = loader.load(loader.newResourceSet(), "bts-sio-rncp35340.referentiel",
				TestFiles.resource("bts-sio-rncp35340.referentiel"));
		loader.assertNoErrors(resource);
		return (Referential) resource.getContents().get(0);
	}

	@Test
	void blocksKeepTheirOfficialCodesAndOptions() {
		Referential bts = bts();
		assertEquals(ReferentialKind.DIPLOMA, bts.getKind());
		assertEquals(5, bts.getLevel());
		assertEquals(List.of("RNCP35340BC01", "RNCP35340BC02", "RNCP35340BC03", "RNCP35340BC04", "RNCP35340BC05"),
				bts.getBlocks().stream().map(Block::getCode).toList());
		assertEquals(List.of(List.of(), List.of("A"), List.of("A"), List.of("B"), List.of("B")),
				bts.getBlocks().stream().map(b -> b.getOptions().stream().map(Option::getName).toList()).toList());
		assertEquals("Solutions logicielles et applications métiers", bts.getBlocks().get(3).getOptions().get(0).getTitle());
	}

	@Test
	void blocksListTheirCompetencesAndModalities() {
		Block bc01 = bts().getBlocks().get(0);
		assertEquals("Support et mise à disposition de services informatiques", bc01.getTitle());
		assertEquals(6, bc01.getCompetences().size());
		assertEquals("Répondre aux incidents et aux demandes d’assistance et d’évolution", bc01.getCompetences().get(1).getTitle());
		assertEquals(ModalityKind.OTHER, bc01.getModalities().get(0).getKind());
		assertEquals("Contrôle en cours de formation : 1 évaluation de 40 minutes.",
				bc01.getModalities().get(0).getDescription().get(1));
	}

	@Test
	void previousAndNextCertificationsByCode() {
		Referential bts = bts();
		assertEquals(RelationKind.PREVIOUS_VERSION, bts.getRelations().get(0).getKind());
		assertEquals("RNCP17108", bts.getRelations().get(0).getCode());
		assertEquals(RelationKind.NEXT_VERSION, bts.getRelations().get(1).getKind());
		assertEquals("RNCP40792", bts.getRelations().get(1).getCode());
	}
}
