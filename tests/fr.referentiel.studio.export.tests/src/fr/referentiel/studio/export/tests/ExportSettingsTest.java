/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.ExportSettings;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.Exporters;

/** Wrong requests are refused with French messages that name the possible choices. */
class ExportSettingsTest {

	private final Exporter csv = Exporters.find("csv").orElseThrow();
	private final Exporter markdown = Exporters.find("markdown").orElseThrow();

	@Test
	void defaultsApplyWhenNothingIsGiven() throws ExportException {
		ExportSettings settings = ExportSettings.resolve(markdown, null, null);
		assertEquals("suivi", settings.layoutId());
		assertEquals("Suivi Référentiel", settings.text("title"));
		assertEquals(3, settings.integer("order"));
		assertEquals(true, settings.flag("in_menu"));
	}

	@Test
	void givenValuesReplaceDefaults() throws ExportException {
		ExportSettings settings = ExportSettings.resolve(csv, "elements", Map.of("separator", ",", "bom", "false"));
		assertEquals(",", settings.text("separator"));
		assertFalse(settings.flag("bom"));
	}

	@Test
	void aNullValueMeansTheDefault() throws ExportException {
		Map<String, String> options = new HashMap<>();
		options.put("separator", null);
		assertEquals(";", ExportSettings.resolve(csv, "", options).text("separator"));
	}

	@Test
	void unknownLayout() {
		ExportException e = assertThrows(ExportException.class, () -> csv.render(null, "pivot", Map.of()));
		assertEquals("Mise en page inconnue pour le format csv : « pivot ». Mises en page possibles : elements.",
				e.getMessage());
	}

	@Test
	void unknownOption() {
		ExportException e = assertThrows(ExportException.class, () -> csv.render(null, null, Map.of("encoding", "latin1")));
		assertEquals("Option inconnue pour le format csv : « encoding ». Options possibles : separator, bom.", e.getMessage());
	}

	@Test
	void refusedValue() {
		ExportException e = assertThrows(ExportException.class, () -> csv.render(null, null, Map.of("separator", "|")));
		assertEquals("Valeur refusée pour l'option « separator » : « | ». Valeurs possibles : ;, ,.", e.getMessage());
	}

	@Test
	void integerOption() {
		ExportException e = assertThrows(ExportException.class,
				() -> markdown.render(null, null, Map.of("order", "trois")));
		assertEquals("L'option « order » attend un nombre entier : « trois ».", e.getMessage());
	}
}
