/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide;


/**
 * Use this class to register ide components.
 */
public class ReferentielIdeModule extends AbstractReferentielIdeModule {
}
