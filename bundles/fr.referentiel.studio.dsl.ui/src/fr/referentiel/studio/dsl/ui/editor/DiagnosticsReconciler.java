/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ui.Documents;
import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.markers.ProblemMarkers;

/**
 * Checks the text while the designer types: a short pause after the last keystroke, in the
 * reconciler's background thread, cancelled by the next keystroke. The fast checks become
 * annotations (squiggles, overview ruler); every check runs on save as markers (the Problems view). The same pass computes the
 * semantic colouring, which needs the same parse.
 */
public class DiagnosticsReconciler extends MonoReconciler {

	/**
	 * The pause before checking. The fast checks of the TAI example take a few tens of milliseconds
	 * (about a hundred at ten times its size) and the next keystroke cancels them, so a short pause
	 * costs little while the squiggle follows the typing (bench/RESULTS.md, « Saisie »).
	 */
	static final int DELAY_MS = 100;

	public DiagnosticsReconciler() {
		super(new Strategy(), false);
		setDelay(DELAY_MS);
	}

	@Override
	public void install(ITextViewer textViewer) {
		((Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).viewer = textViewer;
		super.install(textViewer);
		// The hover shows this check's problems; installed here, the one hook the editor gives a viewer.
		ReferentielHover.install(textViewer);
	}

	@Override
	public void uninstall() {
		Strategy strategy = (Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE);
		IFile file = Documents.fileOf(strategy.document);
		strategy.stopWatching();
		super.uninstall();
		if (file != null && file.exists()) {
			// The index and the fast checks' markers followed the editor's text; closed without
			// saving, the file is what is on disk: read and checked again.
			ProblemMarkers.recheck(file);
		}
	}

	@Override
	protected void initialProcess() {
		LanguageServices.await(); // the reconciler thread may wait; the UI thread never does
		super.initialProcess();
	}

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
		private ITextViewer viewer;
		private IDocument document;
		private IProgressMonitor monitor;
		private List<Annotation> shown = List.of();
		private IAnnotationModel watched;
		private final IAnnotationModelListener markersChanged = model -> Display.getDefault().asyncExec(this::hideMarkersOfFastChecks);

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void initialReconcile() {
			reconcile();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			reconcile();
		}

		@Override
		public void reconcile(IRegion partition) {
			reconcile();
		}

		private void reconcile() {
			IDocument doc = document;
			Injector injector = LanguageServices.await();
			if (doc == null || injector == null) {
				return;
			}
			Failures.safely("vérification pendant la saisie", () -> check(doc, injector));
		}

		private void check(IDocument doc, Injector injector) {
			CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
			String text = doc.get();
			IResourceValidator validator = injector.getInstance(IResourceValidator.class);
			ISemanticHighlightingCalculator highlighting = injector.getInstance(ISemanticHighlightingCalculator.class);
			TreeMap<Integer, String> styles = new TreeMap<>();
			List<Issue> issues = Documents.withResource(doc, true, resource -> {
				List<Issue> found = validator.validate(resource, CheckMode.FAST_ONLY, cancel);
				highlighting.provideHighlightingFor(resource, (offset, length, ids) -> styles.put(offset, ids[0]), cancel);
				return found;
			});
			if (issues == null || cancel.isCanceled() || !text.equals(doc.get())) {
				return;
			}
			SemanticHighlights.put(doc, text, styles);
			ReferentielPresentationReconciler.recolour(viewer);
			Map<Annotation, Position> added = new HashMap<>();
			for (Issue issue : issues) {
				int offset = Documents.clamp(doc, issue.getOffset() == null ? 0 : issue.getOffset());
				int length = Math.max(0, Documents.clamp(doc, offset + (issue.getLength() == null ? 0 : issue.getLength())) - offset);
				added.put(new IssueAnnotation(issue), new Position(offset, length));
			}
			Display.getDefault().asyncExec(() -> show(added));
		}

		private void show(Map<Annotation, Position> added) {
			if (!(viewer instanceof ISourceViewer sourceViewer) || viewer.getTextWidget() == null
					|| viewer.getTextWidget().isDisposed()) {
				return;
			}
			IAnnotationModel model = sourceViewer.getAnnotationModel();
			if (model == null) {
				return;
			}
			if (model instanceof IAnnotationModelExtension extension) {
				extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
			} else {
				shown.forEach(model::removeAnnotation);
				added.forEach(model::addAnnotation);
			}
			shown = List.copyOf(added.keySet());
			hideMarkersOfFastChecks();
		}

		/**
		 * Once the typing check has run, it judges the current text for every fast check (syntax,
		 * references and the FAST rules): the markers of those checks, written at the last save,
		 * are marked deleted (not drawn) so a problem is not shown twice, nor after it was fixed.
		 * The markers of the other checks, which only run on save, stay. Run after each check and
		 * whenever the markers change (they are written on save, after the typing check).
		 */
		private void hideMarkersOfFastChecks() {
			IAnnotationModel markers = markerModel();
			if (!(markers instanceof IAnnotationModelExtension extension)) {
				return;
			}
			if (watched != markers) {
				stopWatching();
				markers.addAnnotationModelListener(markersChanged);
				watched = markers;
			}
			for (Iterator<Annotation> it = markers.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof MarkerAnnotation marker && !marker.isMarkedDeleted() && isFastCheckMarker(marker)) {
					marker.markDeleted(true);
					extension.modifyAnnotationPosition(marker, markers.getPosition(marker)); // the change event repaints it
				}
			}
		}

		private void stopWatching() {
			if (watched != null) {
				watched.removeAnnotationModelListener(markersChanged);
				watched = null;
			}
		}

		/** The annotation model of the file's buffer: the one holding its marker annotations. */
		private IAnnotationModel markerModel() {
			IFile file = Documents.fileOf(document);
			ITextFileBuffer buffer = file == null ? null
					: FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			return buffer == null ? null : buffer.getAnnotationModel();
		}

		private static boolean isFastCheckMarker(MarkerAnnotation annotation) {
			try {
				return ProblemMarkers.MARKER_TYPE.equals(annotation.getMarker().getType())
						&& CheckType.FAST.name().equals(annotation.getMarker().getAttribute(ProblemMarkers.CHECK_TYPE));
			} catch (CoreException e) {
				return false; // the marker was deleted meanwhile
			}
		}
	}
}
