/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The layout and option values of one export, checked against what the exporter declares, so
 * that every format refuses a wrong request with the same French messages.
 */
public final class ExportSettings {

	private final Layout layout;
	private final Map<String, String> values;

	private ExportSettings(Layout layout, Map<String, String> values) {
		this.layout = layout;
		this.values = values;
	}

	/**
	 * @param layoutId {@code null} or blank for the exporter's default layout
	 * @param options may be {@code null}; a {@code null} value means the default
	 */
	public static ExportSettings resolve(Exporter exporter, String layoutId, Map<String, String> options)
			throws ExportException {
		Layout layout = layout(exporter, layoutId);
		Map<String, ExportOption> declared = new LinkedHashMap<>();
		Map<String, String> values = new LinkedHashMap<>();
		for (ExportOption option : exporter.options()) {
			declared.put(option.name(), option);
			values.put(option.name(), option.defaultValue());
		}
		if (options != null) {
			for (Map.Entry<String, String> entry : options.entrySet()) {
				ExportOption option = declared.get(entry.getKey());
				if (option == null) {
					throw new ExportException("Option inconnue pour le format " + exporter.formatId() + " : « "
							+ entry.getKey() + " ». Options possibles : " + names(declared.keySet().stream().toList()) + ".");
				}
				if (entry.getValue() == null) {
					continue;
				}
				String value = entry.getValue().strip();
				if (!option.allowedValues().isEmpty() && !option.allowedValues().contains(value)) {
					throw new ExportException("Valeur refusée pour l'option « " + option.name() + " » : « " + value
							+ " ». Valeurs possibles : " + names(option.allowedValues()) + ".");
				}
				values.put(option.name(), value);
			}
		}
		return new ExportSettings(layout, values);
	}

	private static Layout layout(Exporter exporter, String layoutId) throws ExportException {
		List<Layout> layouts = exporter.layouts();
		if (layoutId == null || layoutId.isBlank()) {
			return layouts.get(0);
		}
		return layouts.stream().filter(l -> l.id().equals(layoutId.strip())).findFirst()
				.orElseThrow(() -> new ExportException("Mise en page inconnue pour le format " + exporter.formatId()
						+ " : « " + layoutId + " ». Mises en page possibles : "
						+ names(layouts.stream().map(Layout::id).toList()) + "."));
	}

	private static String names(List<String> names) {
		return names.isEmpty() ? "aucune" : names.stream().collect(Collectors.joining(", "));
	}

	public String layoutId() {
		return layout.id();
	}

	/** The value of a declared option (its default when not given). */
	public String text(String name) {
		String value = values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("undeclared option " + name);
		}
		return value;
	}

	public boolean flag(String name) {
		return Boolean.parseBoolean(text(name));
	}

	public int integer(String name) throws ExportException {
		String value = text(name);
		try {
			return Integer.parseInt(value);
		} catch (NumberFormatException e) {
			throw new ExportException("L'option « " + name + " » attend un nombre entier : « " + value + " ».", e);
		}
	}
}
