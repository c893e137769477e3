/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

/** One line of the identity block of a referential: « Code » — « TP-00476 ». */
public record IdentityField(String label, String value) {
}
