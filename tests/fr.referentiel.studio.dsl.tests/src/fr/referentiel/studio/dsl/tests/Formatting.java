/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ExceptionAcceptor;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Runs the language's formatter on a parsed file, as the editor and the language server do. */
public class Formatting {

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	public String format(XtextResource resource) {
		ITextRegionAccess access = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setAllowIdentityEdits(false);
		request.setTextRegionAccess(access);
		// Tests are strict: a conflict between two formatting rules fails instead of being logged.
		request.setExceptionHandler(ExceptionAcceptor.THROWING);
		List<ITextReplacement> replacements = formatters.get().format(request);
		return access.getRewriter().renderToString(replacements);
	}
}
