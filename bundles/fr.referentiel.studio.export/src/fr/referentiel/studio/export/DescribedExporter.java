/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.util.List;

/**
 * An exporter whose description (format, name, extension, layouts, options) is fixed when it is
 * made, so a format bundle only writes its {@link #render}.
 */
public abstract class DescribedExporter implements Exporter {

	private final String formatId;
	private final String displayName;
	private final String fileExtension;
	private final List<Layout> layouts;
	private final List<ExportOption> options;

	protected DescribedExporter(String formatId, String displayName, String fileExtension, List<Layout> layouts,
			List<ExportOption> options) {
		this.formatId = formatId;
		this.displayName = displayName;
		this.fileExtension = fileExtension;
		this.layouts = List.copyOf(layouts);
		this.options = List.copyOf(options);
	}

	@Override
	public final String formatId() {
		return formatId;
	}

	@Override
	public final String displayName() {
		return displayName;
	}

	@Override
	public final String fileExtension() {
		return fileExtension;
	}

	@Override
	public final List<Layout> layouts() {
		return layouts;
	}

	@Override
	public final List<ExportOption> options() {
		return options;
	}
}
