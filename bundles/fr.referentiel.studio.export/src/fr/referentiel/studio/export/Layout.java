/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.util.Objects;

/** A way of presenting the referential in a format (the whole document, the RNCP table…). */
public record Layout(String id, String description) {

	public Layout {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(description, "description");
	}
}
