/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.util.List;
import java.util.Map;

import fr.referentiel.studio.export.ExportOption;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.Layout;
import fr.referentiel.studio.model.Referential;

/**
 * A format whose rendering crashes, as a defective exporter would. Only found by the tests that
 * put src/test/resources/failing-exporter/ on the class path ({@link AtomicExportTest}).
 */
public class FailingExporter implements Exporter {

	@Override
	public String formatId() {
		return "echec";
	}

	@Override
	public String displayName() {
		return "Format défaillant";
	}

	@Override
	public String fileExtension() {
		return "txt";
	}

	@Override
	public List<Layout> layouts() {
		return List.of(new Layout("defaut", "Échoue toujours."));
	}

	@Override
	public List<ExportOption> options() {
		return List.of();
	}

	@Override
	public byte[] render(Referential referential, String layoutId, Map<String, String> options) {
		throw new IllegalStateException("rendu impossible");
	}
}
