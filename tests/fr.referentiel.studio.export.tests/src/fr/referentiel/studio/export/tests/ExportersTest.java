/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.Exporters;

/** The three formats are found through the extension point, and declared for ServiceLoader too. */
class ExportersTest {

	@Test
	void theRunningPlatformContributesTheThreeFormatsSortedById() {
		assertTrue(Platform.isRunning(), "these tests run in OSGi");
		assertEquals(List.of("csv", "html", "markdown"), Exporters.available().stream().map(Exporter::formatId).toList());
	}

	@Test
	void findByFormatId() {
		assertEquals("Document HTML", Exporters.find("html").orElseThrow().displayName());
		assertEquals("md", Exporters.find("markdown").orElseThrow().fileExtension());
		assertFalse(Exporters.find("pdf").isPresent());
	}

	@Test
	void everyExporterDeclaresLayoutsAndValidOptionDefaults() {
		for (Exporter exporter : Exporters.available()) {
			assertFalse(exporter.layouts().isEmpty(), exporter.formatId());
			assertFalse(exporter.displayName().isBlank(), exporter.formatId());
			assertEquals(exporter.layouts().size(), exporter.layouts().stream().map(l -> l.id()).distinct().count());
		}
	}

	/** The command line finds the same classes without OSGi: each bundle's service file names them. */
	@Test
	void serviceFilesNameTheContributedClasses() throws IOException {
		for (Exporter exporter : Exporters.available()) {
			Bundle bundle = Platform.getBundle("fr.referentiel.studio.export." + exporter.formatId());
			assertNotNull(bundle, exporter.formatId());
			URL services = bundle.getEntry("META-INF/services/fr.referentiel.studio.export.Exporter");
			assertNotNull(services, "no service file in " + bundle.getSymbolicName());
			try (InputStream in = services.openStream()) {
				assertEquals(exporter.getClass().getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
			}
		}
	}
}
