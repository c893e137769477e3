/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/** The exporters contributed to the extension point; only loaded when the platform runs. */
final class ExtensionRegistryExporters {

	private ExtensionRegistryExporters() {
	}

	static boolean platformRunning() {
		return Platform.isRunning() && Platform.getExtensionRegistry() != null;
	}

	static List<Exporter> load() {
		List<Exporter> exporters = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(Exporters.EXTENSION_POINT)) {
			if (!"exporter".equals(element.getName())) {
				continue;
			}
			// One broken contribution must not hide the other formats: log it and go on.
			try {
				if (element.createExecutableExtension("class") instanceof Exporter exporter) {
					exporters.add(exporter);
				} else {
					ILog.of(ExtensionRegistryExporters.class).error(element.getAttribute("class")
							+ " (" + element.getContributor().getName() + ") does not implement " + Exporter.class.getName());
				}
			} catch (CoreException | RuntimeException | LinkageError e) {
				ILog.of(ExtensionRegistryExporters.class)
						.error("Cannot create the exporter " + element.getAttribute("class"), e);
			}
		}
		return exporters;
	}
}
