/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide;

import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

import fr.referentiel.studio.dsl.ide.quickfix.ReferentielCodeActionService;

/** IDE services of the .referentiel language, shared by the language server and the Eclipse editor. */
public class ReferentielIdeModule extends AbstractReferentielIdeModule {

	/** Quick fixes of the validation rules. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return ReferentielCodeActionService.class;
	}
}
