/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

import fr.referentiel.studio.dsl.conversion.ReferentielValueConverters;
import fr.referentiel.studio.dsl.linking.FrenchLinkingDiagnosticMessageProvider;
import fr.referentiel.studio.dsl.parser.FrenchSyntaxErrorMessageProvider;
import fr.referentiel.studio.dsl.parser.NestingGuardParser;
import fr.referentiel.studio.dsl.scoping.TitledDescriptions;
import fr.referentiel.studio.dsl.validation.ReferentielIssueCodesProvider;
import fr.referentiel.studio.dsl.validation.SettingsFileProvider;

/** Services of the .referentiel language at run time, without the Equinox extension registry. */
public class ReferentielRuntimeModule extends AbstractReferentielRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return ReferentielValueConverters.class;
	}

	/** The parser behind the nesting guard, for every client of the language. */
	@Override
	public Class<? extends IParser> bindIParser() {
		return NestingGuardParser.class;
	}

	/** Index entries carry the element's title, for the workspace's symbol search. */
	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return TitledDescriptions.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return FrenchLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return FrenchSyntaxErrorMessageProvider.class;
	}

	/** Default severities of the validation rules. */
	public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return ReferentielIssueCodesProvider.class;
	}

	/** Severities chosen by a project, from the referentiel.properties nearest to the file. */
	public Class<? extends IPreferenceValuesProvider> bindIPreferenceValuesProvider() {
		return SettingsFileProvider.class;
	}
}
