/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.symbols;


import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.inject.Inject;

import fr.referentiel.studio.dsl.scoping.TitledDescriptions;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * The workspace's symbol search (« go to symbol » of VS Code, {@code :lua vim.lsp.buf.workspace_symbol()}):
 * an element is found by a part of its identifier or of its title, without regard to case or accents
 * (« securite » finds « sécurité »), and listed on one line as « CP1 — title » with the kind the outline
 * gives it.
 */
public class ReferentielSymbolSearch extends DocumentSymbolService {

	@Inject
	private DocumentSymbolKindProvider kinds;

	@Override
	protected boolean filter(IEObjectDescription description, String query) {
		if (query == null || query.isBlank()) {
			return super.filter(description, ""); // LSP: an empty query asks for every symbol
		}
		String wanted = SymbolTexts.folded(query.strip());
		String title = description.getUserData(TitledDescriptions.TITLE);
		return SymbolTexts.folded(description.getQualifiedName().toString()).contains(wanted)
				|| title != null && SymbolTexts.folded(title).contains(wanted);
	}

	@Override
	protected String getSymbolName(IEObjectDescription description) {
		String title = description.getUserData(TitledDescriptions.TITLE);
		String name = super.getSymbolName(description);
		return name == null ? null : ControlCharacters.oneLine(title == null ? name : name + " — " + title);
	}

	@Override
	protected SymbolKind getSymbolKind(IEObjectDescription description) {
		return kinds.getSymbolKind(description);
	}
}
