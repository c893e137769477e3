/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Display;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.editor.Tokens.Tok;

/**
 * Folding of every block written over several lines ({@code activité type … { … }},
 * {@code compétence … { … }}, the glossary), from the braces the lexer finds. A region the
 * designer folded stays folded while its lines do not move.
 */
public class BlockFolding extends MonoReconciler {

	public BlockFolding() {
		super(new Strategy(), false);
		setDelay(700);
	}

	@Override
	public void install(ITextViewer textViewer) {
		((Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).viewer = textViewer;
		super.install(textViewer);
	}

	private static final class Strategy implements IReconcilingStrategy, org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension {
		private ITextViewer viewer;
		private IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			reconcile();
		}

		@Override
		public void reconcile(IRegion partition) {
			reconcile();
		}

		@Override
		public void setProgressMonitor(org.eclipse.core.runtime.IProgressMonitor monitor) {
		}

		@Override
		public void initialReconcile() {
			reconcile();
		}

		private void reconcile() {
			IDocument doc = document;
			Injector injector = LanguageServices.await();
			if (doc == null || injector == null) {
				return;
			}
			Failures.safely("pliage des blocs", () -> {
				String text = doc.get();
				List<Tok> tokens = Tokens.of(doc, injector); // lexed once per version, shared with the colouring
				List<Position> regions = new ArrayList<>();
				for (int[] pair : Tokens.braces(tokens)) {
					try {
						int startLine = doc.getLineOfOffset(pair[0]);
						int endLine = doc.getLineOfOffset(pair[1]);
						if (endLine > startLine) {
							int start = doc.getLineOffset(startLine);
							int end = endLine + 1 < doc.getNumberOfLines() ? doc.getLineOffset(endLine + 1) : doc.getLength();
							regions.add(new Position(start, end - start));
						}
					} catch (BadLocationException e) {
						return; // the text changed meanwhile: the next reconcile will do
					}
				}
				Display.getDefault().asyncExec(() -> apply(text, regions));
			});
		}

		private void apply(String text, List<Position> regions) {
			if (!(viewer instanceof ProjectionViewer projection) || document == null || !text.equals(document.get())) {
				return;
			}
			ProjectionAnnotationModel model = projection.getProjectionAnnotationModel();
			if (model == null) {
				return;
			}
			Map<Position, Annotation> existing = new HashMap<>();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation a = it.next();
				Position p = model.getPosition(a);
				if (p != null) {
					existing.put(new Position(p.offset, p.length), a);
				}
			}
			Map<Annotation, Position> added = new HashMap<>();
			for (Position region : regions) {
				if (existing.remove(region) == null) {
					added.put(new ProjectionAnnotation(), region);
				}
			}
			model.modifyAnnotations(existing.values().toArray(Annotation[]::new), added, null);
		}
	}
}
