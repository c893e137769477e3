/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

import fr.referentiel.studio.model.Referential;

/** A model written out by the serializer and parsed back is the same model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReferentielInjectorProvider.class)
class RoundTripTest {

	@Inject
	private ReferentielLoader loader;

	@Inject
	private ISerializer serializer;

	/** Serializes a copy of the model that has no trace of its source text. */
	private String serialize(Referential referential, boolean format) {
		XtextResourceSet set = loader.newResourceSet();
		Resource resource = set.createResource(URI.createURI("file:/referentiels/copy.referentiel"));
		Referential copy = EcoreUtil.copy(referential);
		resource.getContents().add(copy);
		SaveOptions.Builder options = SaveOptions.newBuilder();
		return serializer.serialize(copy, format ? options.format().getOptions() : options.getOptions());
	}

	@ParameterizedTest
	@ValueSource(strings = { "tai-2023.referentiel", "asr-rncp.referentiel" })
	void serializedExampleParsesBackToAnEqualModel(String example) {
		Referential original = loader.parse(example, TestFiles.example(example));
		String text = serialize(original, true);
		Referential reparsed = loader.parse("reparsed.referentiel", text);
		assertTrue(EcoreUtil.equals(original, reparsed), "model changed by serialization:\n" + text);
		assertEquals(serialize(reparsed, true), text);
	}

	@Test
	void textsNeedingNoEscapeSurviveTheRoundTrip() {
		String source = """
				référentiel R "Titre avec « guillemets » et \\"citations\\"" {
				    section "L'article L 122-4"
				        | "Toute représentation ou reproduction intégrale ou partielle faite sans le consentement de l'auteur…"
				        | Une ligne avec | une barre, - un tiret, // pas un commentaire, et des accolades { }.
				    compétence C1 "Communiquer" {
				        critères de performance
				            - Les informations sont recueillies « dans un langage adapté » (niveau A2 du CECR) ; 100 % = objectif.
				    }
				}
				""";
		Referential original = loader.parse("r.referentiel", source);
		assertEquals("Titre avec « guillemets » et \"citations\"", original.getTitle());
		assertEquals("Une ligne avec | une barre, - un tiret, // pas un commentaire, et des accolades { }.",
				original.getSections().get(0).getParagraphs().get(1));
		String text = serialize(original, false);
		assertTrue(EcoreUtil.equals(original, loader.parse("s.referentiel", text)), text);
	}
}
