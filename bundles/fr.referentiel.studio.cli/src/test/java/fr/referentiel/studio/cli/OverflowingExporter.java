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
 * A format whose code recurses without end, as a defective exporter (or a library under it) would:
 * a real {@link StackOverflowError}, in the command's own thread when « formats » asks its name, in a
 * thread of the export's pool when it renders. Only found by the tests that put
 * src/test/resources/overflowing-exporter/ on the class path ({@link CommandProcessTest}).
 */
public class OverflowingExporter implements Exporter {

	@Override
	public String formatId() {
		return "pile";
	}

	@Override
	public String displayName() {
		return "Format sans fin " + deeper(0);
	}

	@Override
	public String fileExtension() {
		return "txt";
	}

	@Override
	public List<Layout> layouts() {
		return List.of(new Layout("defaut", "Déborde toujours."));
	}

	@Override
	public List<ExportOption> options() {
		return List.of();
	}

	@Override
	public byte[] render(Referential referential, String layoutId, Map<String, String> options) {
		return new byte[deeper(0)];
	}

	/** Never returns: each call needs one more frame than the stack has, in the end. */
	private static int deeper(int depth) {
		return deeper(depth + 1) + 1;
	}
}
