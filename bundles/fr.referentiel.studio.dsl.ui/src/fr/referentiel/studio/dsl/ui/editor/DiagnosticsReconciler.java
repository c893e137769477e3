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
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ui.Documents;
import fr.referentiel.studio.dsl.ui.EditorWorkspace;
import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.markers.ProblemMarkers;

/**
 * Checks the text while the designer types: a short pause after the last keystroke, in the
 * reconciler's background thread, cancelled by the next keystroke. The text goes to the workspace
 * model, which checks the file (every check) and the files that depend on it; its issues for this
 * text become annotations (squiggles, overview ruler), and the Problems view's markers, which the
 * editor then does not draw a second time. The same pass computes the semantic colouring. A
 * document outside the workspace's projects is checked on its own (the fast checks).
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
		strategy.stopWatching();
		super.uninstall();
		strategy.close();
	}

	@Override
	protected void initialProcess() {
		LanguageServices.await(); // the reconciler thread may wait; the UI thread never does
		super.initialProcess();
	}

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension, EditorWorkspace.IssueListener {
		private ITextViewer viewer;
		private IDocument document;
		private IProgressMonitor monitor;
		private List<Annotation> shown = List.of();
		private IAnnotationModel watched;
		private final IAnnotationModelListener markersChanged = model -> Display.getDefault().asyncExec(this::hideOurMarkers);
		/** The file given to the model, and the model it was given to. */
		private IFile file;
		private EditorWorkspace workspace;

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
			ISemanticHighlightingCalculator highlighting = injector.getInstance(ISemanticHighlightingCalculator.class);
			TreeMap<Integer, String> styles = new TreeMap<>();
			IFile current = Documents.fileOf(doc);
			EditorWorkspace model = LanguageServices.workspace();
			List<Issue> issues = null;
			if (current != null && model != null) {
				follow(model, current);
				// The issues of this text come back through issues(...), from the model's build.
				if (model.document(current, text, resource -> {
					highlighting.provideHighlightingFor(resource, (offset, length, ids) -> styles.put(offset, ids[0]), cancel);
					return true;
				}).join() == null) {
					return; // a later change was made: its own check follows
				}
			} else {
				IResourceValidator validator = injector.getInstance(IResourceValidator.class);
				issues = Documents.withResource(doc, true, resource -> {
					List<Issue> found = validator.validate(resource, CheckMode.FAST_ONLY, cancel);
					highlighting.provideHighlightingFor(resource, (offset, length, ids) -> styles.put(offset, ids[0]), cancel);
					return found;
				});
			}
			if (cancel.isCanceled() || !text.equals(doc.get())) {
				return;
			}
			SemanticHighlights.put(doc, text, styles);
			ReferentielPresentationReconciler.recolour(viewer);
			if (issues != null) {
				annotate(doc, issues);
			}
		}

		/** Gives the model this editor's file (once), and listens to its issues. */
		private synchronized void follow(EditorWorkspace model, IFile current) {
			if (current.equals(file) && model == workspace) {
				return;
			}
			close();
			file = current;
			workspace = model;
			model.addIssueListener(this);
		}

		/** The editor is closed: the model takes the saved file again. */
		synchronized void close() {
			if (workspace != null) {
				workspace.removeIssueListener(this);
				if (file != null) {
					workspace.close(file);
				}
			}
			workspace = null;
			file = null;
		}

		@Override
		public void issues(org.eclipse.emf.common.util.URI uri, String text, List<Issue> issues) {
			IFile mine = file;
			IDocument doc = document;
			if (mine != null && doc != null && text != null && uri.equals(EditorWorkspace.uriOf(mine)) && text.equals(doc.get())) {
				annotate(doc, issues);
			}
		}

		private void annotate(IDocument doc, List<Issue> issues) {
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
			hideOurMarkers();
		}

		/**
		 * The model's issues of this text are drawn as annotations; its markers, written from the
		 * same issues for the Problems view, are marked deleted (not drawn) so a problem is not shown
		 * twice. Run after each check and whenever the markers change.
		 */
		private void hideOurMarkers() {
			IAnnotationModel markers = markerModel();
			if (!(markers instanceof IAnnotationModelExtension extension) || workspace == null) {
				return;
			}
			if (watched != markers) {
				stopWatching();
				markers.addAnnotationModelListener(markersChanged);
				watched = markers;
			}
			for (Iterator<Annotation> it = markers.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof MarkerAnnotation marker && !marker.isMarkedDeleted() && isOurs(marker)) {
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

		private static boolean isOurs(MarkerAnnotation annotation) {
			try {
				return ProblemMarkers.MARKER_TYPE.equals(annotation.getMarker().getType());
			} catch (CoreException e) {
				return false; // the marker was deleted meanwhile
			}
		}
	}
}
