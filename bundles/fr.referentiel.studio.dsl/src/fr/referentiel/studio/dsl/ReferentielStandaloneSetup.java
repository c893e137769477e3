/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl;


/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class ReferentielStandaloneSetup extends ReferentielStandaloneSetupGenerated {

	public static void doSetup() {
		new ReferentielStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
