/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.symbols;

import java.util.List;

import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.xtext.findReferences.IReferenceFinder.IResourceAccess;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;

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

	/**
	 * The symbols of one file, each name and container name on one line: a title may hold a line
	 * break (a long title wrapped in the source), which a client's list would show raw.
	 */
	@Override
	public List<? extends WorkspaceSymbol> getSymbols(IResourceDescription resourceDescription, String query,
			IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
		List<? extends WorkspaceSymbol> symbols = super.getSymbols(resourceDescription, query, resourceAccess, cancelIndicator);
		for (WorkspaceSymbol symbol : symbols) {
			symbol.setName(ControlCharacters.oneLine(symbol.getName()));
			symbol.setContainerName(ControlCharacters.oneLine(symbol.getContainerName()));
		}
		return symbols;
	}

	@Override
	protected String getSymbolName(IEObjectDescription description) {
		String title = description.getUserData(TitledDescriptions.TITLE);
		String name = super.getSymbolName(description);
		return name == null ? null : SymbolTexts.oneLine(title == null ? name : name + " — " + title);
	}

	@Override
	protected SymbolKind getSymbolKind(IEObjectDescription description) {
		return kinds.getSymbolKind(description);
	}
}
