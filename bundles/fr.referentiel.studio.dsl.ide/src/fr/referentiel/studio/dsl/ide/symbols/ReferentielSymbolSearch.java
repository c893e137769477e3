/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.symbols;

import java.util.Locale;

import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.inject.Inject;

import fr.referentiel.studio.dsl.scoping.TitledDescriptions;

/**
 * The workspace's symbol search (« go to symbol » of VS Code, {@code :lua vim.lsp.buf.workspace_symbol()}):
 * an element is found by its identifier or by a word of its title, and listed as « CP1 — title »
 * with the kind the outline gives it.
 */
public class ReferentielSymbolSearch extends DocumentSymbolService {

	@Inject
	private DocumentSymbolKindProvider kinds;

	@Override
	protected boolean filter(IEObjectDescription description, String query) {
		if (super.filter(description, query)) {
			return true;
		}
		String title = description.getUserData(TitledDescriptions.TITLE);
		return title != null && query != null && !query.isBlank()
				&& title.toLowerCase(Locale.FRENCH).contains(query.strip().toLowerCase(Locale.FRENCH));
	}

	@Override
	protected String getSymbolName(IEObjectDescription description) {
		String title = description.getUserData(TitledDescriptions.TITLE);
		String name = super.getSymbolName(description);
		return title == null ? name : name + " — " + title;
	}

	@Override
	protected SymbolKind getSymbolKind(IEObjectDescription description) {
		return kinds.getSymbolKind(description);
	}
}
