/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.outline;

import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ui.Documents;
import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;

/**
 * The outline of a referential, from the language's document symbols (the same as the language
 * server's), in the order of the text: activity types, competences with their criteria and
 * knowledge, blocks. Linked with the editor both ways: selecting an entry reveals it, moving the
 * caret selects the entry it is in.
 */
public class ReferentielOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final IDocument document;
	private final Job refresh;
	private boolean linked = true;
	private boolean revealing;

	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			refresh.cancel();
			refresh.schedule(600);
		}
	};

	private final ISelectionChangedListener caretListener = event -> {
		if (linked && event.getSelection() instanceof ITextSelection s) {
			selectEntryAt(s.getOffset());
		}
	};

	public ReferentielOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		this.refresh = Job.create("Plan du référentiel", monitor -> {
			Injector injector = LanguageServices.await();
			if (injector == null || monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			List<DocumentSymbol> symbols = Failures.safely("plan", () -> symbols(document, injector, monitor::isCanceled), null);
			if (symbols != null && !monitor.isCanceled()) {
				Display.getDefault().asyncExec(() -> show(symbols));
			}
			return Status.OK_STATUS;
		});
		refresh.setSystem(true);
	}

	/** The document symbols of {@code document}: the outline's content. */
	public static List<DocumentSymbol> symbols(IDocument document, Injector injector, CancelIndicator cancel) {
		HierarchicalDocumentSymbolService service = injector.getInstance(HierarchicalDocumentSymbolService.class);
		List<DocumentSymbol> symbols = Documents.withResource(document, true, resource -> service.getSymbols(resource, cancel));
		return symbols == null ? List.of() : symbols;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
				return children == null ? new Object[0] : children.toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
				return children != null && !children.isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((DocumentSymbol) element).getName();
			}
		});
		viewer.setInput(List.of());
		if (document != null) {
			document.addDocumentListener(documentListener);
		}
		editor.getSelectionProvider().addSelectionChangedListener(caretListener);
		IAction link = new Action("Lier à l'éditeur", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				linked = isChecked();
			}
		};
		link.setChecked(true);
		link.setToolTipText("Lier le plan à l'éditeur");
		getSite().getActionBars().getToolBarManager().add(link);
		refresh.schedule();
	}

	private void show(List<DocumentSymbol> symbols) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(symbols);
		viewer.expandToLevel(2); // symbols are new objects each time: keep the first levels open
	}

	/** The entries shown (for tests and for other views). */
	public List<DocumentSymbol> entries() {
		Object input = getTreeViewer() == null ? null : getTreeViewer().getInput();
		@SuppressWarnings("unchecked")
		List<DocumentSymbol> symbols = input instanceof List<?> l ? (List<DocumentSymbol>) l : List.of();
		return symbols;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!linked || revealing || document == null) {
			return;
		}
		if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof DocumentSymbol symbol) {
			int[] region = Documents.region(document, symbol.getSelectionRange());
			editor.selectAndReveal(region[0], region[1]);
		}
	}

	private void selectEntryAt(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || document == null) {
			return;
		}
		DocumentSymbol best = null;
		List<DocumentSymbol> level = entries();
		while (level != null) {
			DocumentSymbol inside = null;
			for (DocumentSymbol symbol : level) {
				int[] r = Documents.region(document, symbol.getRange());
				if (offset >= r[0] && offset <= r[0] + r[1]) {
					inside = symbol;
					break;
				}
			}
			if (inside == null) {
				break;
			}
			best = inside;
			level = inside.getChildren();
		}
		if (best != null) {
			revealing = true;
			try {
				viewer.setSelection(new StructuredSelection(best), true);
			} finally {
				revealing = false;
			}
		}
	}

	@Override
	public void dispose() {
		refresh.cancel();
		if (document != null) {
			document.removeDocumentListener(documentListener);
		}
		if (editor.getSelectionProvider() != null) {
			editor.getSelectionProvider().removeSelectionChangedListener(caretListener);
		}
		super.dispose();
	}
}
