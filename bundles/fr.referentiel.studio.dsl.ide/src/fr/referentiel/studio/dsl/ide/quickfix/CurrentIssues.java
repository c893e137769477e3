/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Every issue of a resource as it is now, all checks included (the fix of a problem found on save
 * is asked for too). Validated once per version of the text: a client asks for code actions at
 * each move of the caret, the text changes far less often.
 */
public class CurrentIssues {

	@Inject
	private IResourceValidator validator;

	@Inject
	private IResourceScopeCache cache;

	public List<Issue> of(Resource resource) {
		return cache.get(CurrentIssues.class, resource, () -> {
			// Not cancellable: a cut-short list kept for this version of the text would hide fixes.
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			return issues == null ? List.of() : List.copyOf(issues);
		});
	}
}
