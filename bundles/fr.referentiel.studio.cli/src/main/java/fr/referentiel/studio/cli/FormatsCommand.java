/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import fr.referentiel.studio.export.ExportOption;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.Exporters;
import fr.referentiel.studio.export.Layout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "formats", description = "Liste les formats d'export disponibles, leurs mises en page et leurs options.",
		footerHeading = "%nExemple :%n", footer = "  referentiel formats")
class FormatsCommand implements Callable<Integer> {

	@Mixin
	CommonOptions common;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		print(spec.commandLine().getOut());
		return ExitCode.OK;
	}

	/** The list, from each exporter's description: no document library is loaded to print it. */
	static void print(PrintWriter out) {
		for (Exporter exporter : Exporters.available()) {
			out.println(exporter.formatId() + " — " + exporter.displayName() + " (." + exporter.fileExtension() + ")");
			out.println("  mises en page :");
			boolean first = true;
			for (Layout layout : exporter.layouts()) {
				out.println("    " + layout.id() + (first ? " (par défaut)" : "") + " — " + layout.description());
				first = false;
			}
			if (!exporter.options().isEmpty()) {
				out.println("  options (--option NOM=VALEUR) :");
				for (ExportOption option : exporter.options()) {
					String values = option.allowedValues() == null || option.allowedValues().isEmpty() ? ""
							: " ; valeurs : " + String.join(", ", option.allowedValues());
					out.println("    " + option.name() + " — " + option.description() + " (par défaut : "
							+ option.defaultValue() + values + ")");
				}
			}
			out.println();
		}
		out.flush();
	}
}
