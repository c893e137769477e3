/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.validation.IResourceValidator;

import fr.referentiel.studio.dsl.ide.build.NothingToGenerate;
import fr.referentiel.studio.dsl.ide.contentassist.ReferentielCrossrefProposals;
import fr.referentiel.studio.dsl.ide.contentassist.ReferentielKeywordProposals;
import fr.referentiel.studio.dsl.ide.highlighting.ReferentielSemanticHighlighting;
import fr.referentiel.studio.dsl.ide.hover.ReferentielDocumentation;
import fr.referentiel.studio.dsl.ide.hover.ReferentielHoverService;
import fr.referentiel.studio.dsl.ide.quickfix.ReferentielCodeActionService;
import fr.referentiel.studio.dsl.ide.rename.ReferentielRenameService;
import fr.referentiel.studio.dsl.ide.server.AsciiUriExtensions;
import fr.referentiel.studio.dsl.ide.symbols.ReferentielSymbolKinds;
import fr.referentiel.studio.dsl.ide.symbols.ReferentielSymbolNames;
import fr.referentiel.studio.dsl.ide.symbols.ReferentielSymbolSearch;
import fr.referentiel.studio.dsl.ide.versions.ReferentielResourceValidator;

/** IDE services of the .referentiel language, shared by the language server and the Eclipse editor. */
public class ReferentielIdeModule extends AbstractReferentielIdeModule {

	/** The language's validation, then the « correspond à » lines the comparison of versions proposes. */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return ReferentielResourceValidator.class;
	}

	/** No generator: the build validates each file once, without a second validation to decide on generating. */
	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NothingToGenerate.class;
	}

	/** Quick fixes of the validation rules. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return ReferentielCodeActionService.class;
	}

	/** Hovers show the full text of a competence, activity or criterion. */
	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return ReferentielDocumentation.class;
	}

	/** Keyword proposals leave out the single-valued clauses already written. */
	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return ReferentielKeywordProposals.class;
	}

	/** Reference proposals show the title of what they name. */
	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return ReferentielCrossrefProposals.class;
	}

	/** Outline entries: identifier and title, and criteria and knowledge by their text. */
	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return ReferentielSymbolNames.class;
	}

	/** Rename refuses a name that is no identifier or is already taken. */
	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return ReferentielRenameService.class;
	}

	/** URIs sent to clients with their accents percent-encoded, as clients write them. */
	public Class<? extends UriExtensions> bindUriExtensions() {
		return AsciiUriExtensions.class;
	}

	/** Each kind of element its own kind of symbol. */
	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return ReferentielSymbolKinds.class;
	}

	/** Symbols of the workspace found by title too. */
	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return ReferentielSymbolSearch.class;
	}

	/** No hover rather than an empty one. */
	public Class<? extends IHoverService> bindIHoverService() {
		return ReferentielHoverService.class;
	}

	/** Declarations and references coloured apart. */
	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return ReferentielSemanticHighlighting.class;
	}
}
