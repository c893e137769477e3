/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import fr.referentiel.studio.dsl.ReferentielRuntimeModule;
import fr.referentiel.studio.dsl.ReferentielStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class ReferentielIdeSetup extends ReferentielStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new ReferentielRuntimeModule(), new ReferentielIdeModule()));
	}
	
}
