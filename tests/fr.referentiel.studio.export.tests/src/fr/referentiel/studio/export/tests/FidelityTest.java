/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.Exporters;
import fr.referentiel.studio.export.Layout;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentielPackage;

/**
 * Nothing the author wrote is lost or reordered: a value written twice is kept twice, in every
 * format and layout that shows it; every layout of every format, on every shipped example,
 * writes the titles of its elements or refuses with a French message.
 */
class FidelityTest {

	@Test
	void everyMultiValuedAttributeOfTheModelKeepsRepeatedValues() {
		for (EClassifier classifier : ReferentielPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				for (EAttribute attribute : eClass.getEAttributes()) {
					assertFalse(attribute.isMany() && attribute.isUnique(),
							eClass.getName() + "." + attribute.getName() + " would drop a value written twice");
				}
			}
		}
	}

	@Test
	void aValueWrittenTwiceIsExportedTwiceInOrderByEveryLayoutThatShowsIt(@TempDir Path dir) throws Exception {
		Referential referential = Repeats.load(dir);
		Competence c1 = referential.getCompetences().get(0);
		assertEquals(List.of("Sous-compétence répétée.", "Sous-compétence répétée."),
				c1.getDetails().stream().map(d -> d.getText()).toList());
		Block bc01 = referential.getBlocks().get(0);
		assertEquals(List.of("Ressource répétée.", "Ressource répétée."), bc01.getResources());
		assertEquals(2, referential.getCertifiers().size());
		for (Map.Entry<String, List<String>> entry : Repeats.SHOWN_BY.entrySet()) {
			for (String formatLayout : entry.getValue()) {
				String text = render(referential, formatLayout);
				assertEquals(2, occurrences(text, entry.getKey()),
						formatLayout + " must show « " + entry.getKey() + " » twice:\n" + text);
			}
		}
		// In order: the section's repeated paragraph comes twice, then the one after it.
		String html = render(referential, "html:document");
		int first = html.indexOf("Paragraphe de section répété.");
		int second = html.indexOf("Paragraphe de section répété.", first + 1);
		assertTrue(first < second && second < html.indexOf("Fin de section."), "paragraphs in the file's order");
	}

	@Test
	void knowledgeComesInTheOrderOfTheFileUnderItsOwnHeadings(@TempDir Path dir) throws Exception {
		Referential referential = Repeats.load(dir);
		for (String formatLayout : List.of("html:document", "markdown:full", "csv:elements", "markdown:suivi", "html:blocs",
				"markdown:blocs")) {
			String text = render(referential, formatLayout);
			int savoirs = text.indexOf("Savoir répété.");
			int skills = text.indexOf("Savoir-faire répété.");
			assertTrue(savoirs >= 0 && savoirs < skills, formatLayout + ": savoirs first, as written");
		}
		String html = render(referential, "html:document");
		assertTrue(html.indexOf("Savoirs technologiques") < html.indexOf("Savoir-faire techniques"), "the file's heading, in place");
	}

	/** Every shipped example through every layout: its titles are there, or a clear refusal. */
	@Test
	void everyLayoutOfEveryFormatOnEveryExampleShowsTheTitlesOrRefusesClearly() throws Exception {
		List<Path> examples;
		try (Stream<Path> files = Files.list(ExampleModels.examples())) {
			examples = files.filter(f -> f.toString().endsWith(".referentiel")).sorted().toList();
		}
		assertTrue(examples.size() >= 3, "the three families are shipped: " + examples);
		List<String> refusals = new ArrayList<>();
		for (Path example : examples) {
			Referential referential = ExampleModels.load(example.getFileName().toString());
			for (Exporter exporter : Exporters.available()) {
				for (Layout layout : exporter.layouts()) {
					String name = example.getFileName() + " " + exporter.formatId() + ":" + layout.id();
					String text;
					try {
						text = plain(new String(exporter.render(referential, layout.id(), Map.of()), StandardCharsets.UTF_8));
					} catch (ExportException e) {
						assertTrue(e.getMessage().contains("« " + layout.id() + " »") && e.getMessage().contains("ce référentiel"),
								name + ": the refusal names the layout and what it lacks: " + e.getMessage());
						refusals.add(name);
						continue;
					}
					List<String> titles = new ArrayList<>();
					referential.getCompetences().forEach(c -> titles.add(c.getTitle()));
					if (!exporter.formatId().equals("csv") && !layout.id().equals("suivi") && !layout.id().equals("rncp")) {
						titles.add(referential.getTitle());
					}
					if (layout.id().equals("blocs") || layout.id().equals("document") || layout.id().equals("full")
							|| layout.id().equals("elements")) {
						referential.getBlocks().forEach(b -> titles.add(b.getTitle()));
					}
					for (String title : titles) {
						assertTrue(text.contains(title), name + " lacks « " + title + " »");
					}
				}
			}
		}
		// The BTS has no activity type: the RNCP table cannot be made from it, and says so.
		assertTrue(refusals.stream().anyMatch(r -> r.startsWith("bts-sio.referentiel html:rncp")), refusals.toString());
	}

	private static String render(Referential referential, String formatLayout) throws ExportException {
		String[] parts = formatLayout.split(":");
		Exporter exporter = Exporters.find(parts[0]).orElseThrow();
		return plain(new String(exporter.render(referential, parts[1], Map.of()), StandardCharsets.UTF_8));
	}

	/** The text as a reader sees it: HTML entities and Markdown escapes undone. */
	private static String plain(String text) {
		return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
				.replace("&#39;", "'").replace("\\", "");
	}

	private static int occurrences(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			n++;
		}
		return n;
	}
}
