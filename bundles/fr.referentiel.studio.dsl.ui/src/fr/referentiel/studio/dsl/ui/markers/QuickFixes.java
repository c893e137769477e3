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
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import fr.referentiel.studio.dsl.ui.Failures;

/**
 * Quick fixes of problem markers (Problems view, Ctrl+1 on a marker in the editor): the code
 * actions of the language service for the marker's issue code, applied as they are.
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
				int start = marker.getAttribute(IMarker.CHAR_START, 0);
				int end = marker.getAttribute(IMarker.CHAR_END, start);
				List<CodeAction> actions = CodeActions.of(buffer.getDocument(),
						marker.getAttribute(ProblemMarkers.ISSUE_CODE, null), ProblemMarkers.data(marker), start, end - start);
				return actions.stream().map(Resolution::new).toArray(IMarkerResolution[]::new);
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** One code action as a marker resolution. */
	static final class Resolution implements IMarkerResolution2 {
		private final CodeAction action;

		Resolution(CodeAction action) {
			this.action = action;
		}

		@Override
		public String getLabel() {
			return action.getTitle();
		}

		@Override
		public String getDescription() {
			return action.getTitle();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			Failures.safely("correction rapide", () -> {
				try {
					WorkspaceEdits.apply(action.getEdit());
					marker.delete(); // the next check (on save) writes the markers again
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
		}
	}
}
