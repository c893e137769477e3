/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.markers;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import fr.referentiel.studio.dsl.ui.Failures;

/**
 * Quick fixes of problem markers (Problems view, Ctrl+1 on a marker in the editor): the code
 * actions of the language service for the marker's issue code, over the file's current text (an
 * open editor's, unsaved), computed again when one is chosen.
 */
public class QuickFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		// Cheap test first: only issues that carry edits have a fix (see ReferentielCodeActionService).
		return marker.getAttribute(ProblemMarkers.ISSUE_CODE, null) != null
				&& marker.getAttribute(ProblemMarkers.ISSUE_DATA, null) != null;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return Failures.safely("correction rapide", () -> resolutions(marker), new IMarkerResolution[0]);
	}

	private static IMarkerResolution[] resolutions(IMarker marker) throws IllegalStateException {
		if (!(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				// Read once, before the wait: the markers follow the typing, this one may be replaced meanwhile.
				int start = marker.getAttribute(IMarker.CHAR_START, 0);
				Problem problem = new Problem(marker.getAttribute(ProblemMarkers.ISSUE_CODE, null), ProblemMarkers.data(marker), start,
						marker.getAttribute(IMarker.CHAR_END, start) - start);
				List<CodeAction> actions = CodeActions.of(buffer.getDocument(), problem.code(), problem.data(), problem.offset(),
						problem.length());
				return actions.stream().map(a -> new Resolution(a.getTitle(), problem)).toArray(IMarkerResolution[]::new);
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** What a marker said of its problem when its fixes were listed. */
	private record Problem(String code, String[] data, int offset, int length) {
	}

	/**
	 * One code action as a marker resolution, computed again on the file's text when it runs
	 * ({@link FixNow}): the language's code action service finds the listed problem among the issues
	 * of the text as it is then. It keeps what the marker said when the fixes were listed: the
	 * markers follow the typing, and the one listed may have been replaced meanwhile.
	 */
	static final class Resolution implements IMarkerResolution2 {
		private final String title;
		private final Problem listed;

		Resolution(String title, Problem listed) {
			this.title = title;
			this.listed = listed;
		}

		@Override
		public String getLabel() {
			return title;
		}

		@Override
		public String getDescription() {
			return title;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			if (!(marker.getResource() instanceof IFile file)) {
				return;
			}
			Failures.safely("correction rapide", () -> {
				ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
				try {
					manager.connect(file.getFullPath(), LocationKind.IFILE, null);
					try {
						IDocument document = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
						Problem problem = listed;
						CodeAction fix = FixNow.of(document, problem.code(), problem.data(), problem.offset(), problem.length(), title);
						if (FixNow.applicable(fix)) {
							WorkspaceEdits.apply(fix.getEdit());
						}
					} finally {
						manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
					}
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
		}
	}
}
