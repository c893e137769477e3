/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the exporters, the same way for the editor, the command line and the tests: in a
 * running Eclipse platform from the extension point {@value #EXTENSION_POINT}, otherwise (a plain
 * class path, no OSGi) through {@link ServiceLoader}.
 */
public final class Exporters {

	public static final String EXTENSION_POINT = "fr.referentiel.studio.export.exporters";

	private Exporters() {
	}

	/** Every exporter found, one per format id, sorted by format id. */
	public static List<Exporter> available() {
		List<Exporter> found = eclipsePlatformRunning() ? ExtensionRegistryExporters.load() : fromServiceLoader();
		Map<String, Exporter> byFormat = new LinkedHashMap<>();
		for (Exporter exporter : found) {
			byFormat.putIfAbsent(exporter.formatId(), exporter);
		}
		List<Exporter> sorted = new ArrayList<>(byFormat.values());
		sorted.sort(Comparator.comparing(Exporter::formatId));
		return List.copyOf(sorted);
	}

	public static Optional<Exporter> find(String formatId) {
		return available().stream().filter(e -> e.formatId().equals(formatId)).findFirst();
	}

	private static List<Exporter> fromServiceLoader() {
		List<Exporter> found = new ArrayList<>();
		ServiceLoader.load(Exporter.class).forEach(found::add);
		return found;
	}

	/** Whether {@code loader} is an OSGi bundle's (it implements BundleReference), found by name: no OSGi class is loaded. */
	private static boolean loadedByABundle(ClassLoader loader) {
		for (Class<?> c = loader == null ? null : loader.getClass(); c != null; c = c.getSuperclass()) {
			for (Class<?> i : c.getInterfaces()) {
				if (i.getName().equals("org.osgi.framework.BundleReference")) {
					return true;
				}
			}
		}
		return false;
	}

	/*
	 * org.eclipse.core.runtime is an optional dependency: the command line runs on a class path
	 * without it. Looking the class up first keeps ExtensionRegistryExporters, the only class
	 * that refers to it, from being loaded there.
	 */
	private static boolean eclipsePlatformRunning() {
		if (!loadedByABundle(Exporters.class.getClassLoader())) {
			// On the command line's class path: the Eclipse jars are signed, and loading Platform
			// to ask it would cost the check of their signatures and the platform's set-up (0.2 s).
			return false;
		}
		try {
			Class.forName("org.eclipse.core.runtime.Platform", false, Exporters.class.getClassLoader());
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
		return ExtensionRegistryExporters.platformRunning();
	}
}
