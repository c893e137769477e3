/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.util.List;
import java.util.Map;

import fr.referentiel.studio.export.DescribedExporter;
import fr.referentiel.studio.export.Layout;
import fr.referentiel.studio.model.Referential;

/**
 * A format whose rendering crashes, as a defective exporter would. Only found by the tests that
 * put src/test/resources/failing-exporter/ on the class path ({@link AtomicExportTest}).
 */
public class FailingExporter extends DescribedExporter {

	public FailingExporter() {
		super("echec", "Format défaillant", "txt", List.of(new Layout("defaut", "Échoue toujours.")), List.of());
	}

	@Override
	public byte[] render(Referential referential, String layoutId, Map<String, String> options) {
		throw new IllegalStateException("rendu impossible");
	}
}
