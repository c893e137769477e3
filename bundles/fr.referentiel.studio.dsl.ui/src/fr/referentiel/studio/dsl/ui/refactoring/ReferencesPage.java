/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.refactoring;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import fr.referentiel.studio.dsl.ui.refactoring.ReferencesQuery.ReferenceLine;

/** The Search view's list of references: « fichier:ligne — texte de la ligne », in file order. */
public class ReferencesPage extends AbstractTextSearchViewPage {

	public ReferencesPage() {
		super(FLAG_LAYOUT_FLAT);
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ReferenceLine line
						? line.file().getFullPath().toString().substring(1) + ":" + line.line() + " — " + line.text()
						: super.getText(element);
			}
		});
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		throw new UnsupportedOperationException("flat layout only");
	}

	@Override
	protected void elementsChanged(Object[] objects) {
		clear();
	}

	@Override
	protected void clear() {
		if (getViewer() instanceof TableViewer table) {
			table.setInput(lines());
		}
	}

	/** The lines found, by file then line. */
	public Object[] lines() {
		AbstractTextSearchResult result = getInput();
		if (result == null) {
			return new Object[0];
		}
		return Arrays.stream(result.getElements()).map(ReferenceLine.class::cast)
				.sorted(Comparator.comparing((ReferenceLine l) -> l.file().getFullPath().toString()).thenComparingInt(ReferenceLine::line))
				.toArray();
	}

	@Override
	protected void showMatch(Match match, int offset, int length, boolean activate) throws PartInitException {
		if (match.getElement() instanceof ReferenceLine line) {
			IEditorPart editor = IDE.openEditor(getSite().getPage(), line.file(), activate);
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(offset, length);
			}
		}
	}
}
