/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.validation.Issue;

/** A problem found while typing, shown as a squiggle; keeps the issue for the quick assists. */
public class IssueAnnotation extends Annotation {

	private static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	private static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	private static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final Issue issue;

	public IssueAnnotation(Issue issue) {
		super(switch (issue.getSeverity()) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			default -> INFO;
		}, false, issue.getMessage());
		this.issue = issue;
	}

	public Issue getIssue() {
		return issue;
	}
}
