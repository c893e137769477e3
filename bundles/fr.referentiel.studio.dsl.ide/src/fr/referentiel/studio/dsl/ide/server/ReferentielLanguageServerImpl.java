/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.server;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's server, announcing only what it does: a referential has no calls with parameters, and
 * the signature help Xtext announces always answered nothing.
 */
public class ReferentielLanguageServerImpl extends LanguageServerImpl {

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setSignatureHelpProvider(null);
		return capabilities;
	}
}
