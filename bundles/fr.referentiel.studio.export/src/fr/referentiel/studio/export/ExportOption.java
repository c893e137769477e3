/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.util.List;
import java.util.Objects;

/**
 * An option of an exporter.
 *
 * @param allowedValues the accepted values, or an empty list when any text is accepted
 */
public record ExportOption(String name, String description, String defaultValue, List<String> allowedValues) {

	public ExportOption {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(defaultValue, "defaultValue");
		allowedValues = List.copyOf(allowedValues);
		if (!allowedValues.isEmpty() && !allowedValues.contains(defaultValue)) {
			throw new IllegalArgumentException("default value " + defaultValue + " of " + name + " is not allowed");
		}
	}

	/** An option taking {@code true} or {@code false}. */
	public static ExportOption flag(String name, String description, boolean defaultValue) {
		return new ExportOption(name, description, String.valueOf(defaultValue), List.of("true", "false"));
	}

	/** An option taking any text. */
	public static ExportOption text(String name, String description, String defaultValue) {
		return new ExportOption(name, description, defaultValue, List.of());
	}
}
