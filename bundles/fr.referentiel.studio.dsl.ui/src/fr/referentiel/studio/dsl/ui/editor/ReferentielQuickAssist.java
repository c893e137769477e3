/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.validation.Issue;

import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.markers.CodeActions;
import fr.referentiel.studio.dsl.ui.markers.FixNow;
import fr.referentiel.studio.dsl.ui.markers.ProblemMarkers;
import fr.referentiel.studio.dsl.ui.markers.WorkspaceEdits;

/**
 * Quick assists (Ctrl+1) on the problems found while typing: the language's quick fixes for the
 * issue under the caret. Problems already saved as markers get theirs from the marker
 * resolutions, which the Generic Editor offers itself; they are not offered twice.
 */
public class ReferentielQuickAssist implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof IssueAnnotation a && a.getIssue().getData() != null && a.getIssue().getData().length > 0;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		var viewer = context.getSourceViewer();
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model == null) {
			return new ICompletionProposal[0];
		}
		IDocument document = viewer.getDocument();
		int offset = context.getOffset();
		List<ICompletionProposal> proposals = new ArrayList<>();
		List<String> markerCodes = new ArrayList<>();
		List<IssueAnnotation> issues = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position p = model.getPosition(annotation);
			if (p == null || offset < p.offset || offset > p.offset + p.length) {
				continue;
			}
			if (annotation instanceof MarkerAnnotation m) {
				markerCodes.add(m.getMarker().getAttribute(ProblemMarkers.ISSUE_CODE, "") + "@" + p.offset);
			} else if (canFix(annotation)) {
				issues.add((IssueAnnotation) annotation);
			}
		}
		for (IssueAnnotation annotation : issues) {
			Issue issue = annotation.getIssue();
			Position p = model.getPosition(annotation);
			if (markerCodes.contains(issue.getCode() + "@" + p.offset)) {
				continue;
			}
			List<CodeAction> actions = Failures.safely("correction rapide",
					() -> CodeActions.of(document, issue.getCode(), issue.getData(), p.offset, p.length), List.of());
			for (CodeAction action : actions) {
				proposals.add(new FixProposal(action.getTitle(), issue, p.offset, p.length));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** A quick fix applied to the editor's document, computed again on its text when chosen ({@link FixNow}). */
	static final class FixProposal implements ICompletionProposal {
		private final String title;
		private final Issue issue;
		private final int offset;
		private final int length;

		FixProposal(String title, Issue issue, int offset, int length) {
			this.title = title;
			this.issue = issue;
			this.offset = offset;
			this.length = length;
		}

		@Override
		public void apply(IDocument target) {
			Failures.safely("correction rapide", () -> {
				try {
					CodeAction fix = FixNow.of(target, issue.getCode(), issue.getData(), offset, length, title);
					if (FixNow.applicable(fix)) {
						WorkspaceEdits.apply(target, fix.getEdit().getChanges().values().iterator().next());
					}
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
		}

		@Override
		public Point getSelection(IDocument d) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return title;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
