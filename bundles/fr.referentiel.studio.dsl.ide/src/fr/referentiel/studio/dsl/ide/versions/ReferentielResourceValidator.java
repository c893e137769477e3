/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.versions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * The language's validation in the editor and the language server, and the proposals of the
 * comparison of versions after it (on an edit as on a save): only for a file without errors, and
 * never at the cost of the other problems when the comparison fails.
 */
public class ReferentielResourceValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		List<Issue> issues = super.validate(resource, mode, indicator);
		if (issues == null || !mode.shouldCheck(CheckType.NORMAL) || (indicator != null && indicator.isCanceled())
				|| issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR)) {
			return issues;
		}
		List<Issue> proposals;
		try {
			proposals = CorrespondenceProposals.of(resource);
		} catch (RuntimeException | StackOverflowError e) {
			return issues;
		}
		if (proposals.isEmpty()) {
			return issues;
		}
		List<Issue> all = new ArrayList<>(issues);
		all.addAll(proposals);
		return all;
	}
}
