/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.compare;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementTreeSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.model.BaseWorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;

import fr.referentiel.studio.dsl.ui.EditorWorkspace;

/**
 * « Comparer avec… » (one .referentiel file, the other version chosen in a dialog) and « Comparer
 * entre elles » (two selected files), in the Project Explorer's and the editor's context menus: the
 * result in the platform's Compare editor ({@link ReferentielCompareInput}). The comparison runs
 * before the editor opens, with a progress dialog: a refusal (a file with errors) is said in a
 * French dialog and no editor opens.
 */
public class CompareHandler extends AbstractHandler {

	public static final String COMPARE_WITH = "fr.referentiel.studio.dsl.ui.compareWith";
	public static final String COMPARE_EACH_OTHER = "fr.referentiel.studio.dsl.ui.compareEachOther";

	/** What the user is asked and told; a test answers and listens instead. */
	public interface Prompts {
		/** The other version to compare {@code file} with, or null when the user cancelled. */
		IFile otherVersion(Shell shell, IFile file);

		void error(Shell shell, String title, String message);
	}

	/** The dialogs. */
	public static final Prompts DIALOGS = new Prompts() {
		@Override
		public IFile otherVersion(Shell shell, IFile file) {
			return chooseOther(shell, file);
		}

		@Override
		public void error(Shell shell, String title, String message) {
			MessageDialog.openError(shell, title, message);
		}
	};

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		List<IFile> files = new ArrayList<>();
		var selection = HandlerUtil.getCurrentSelection(event);
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			for (Object o : structured.toList()) {
				IFile file = Adapters.adapt(o, IFile.class);
				if (file != null && EditorWorkspace.isReferentiel(file)) {
					files.add(file);
				}
			}
		} else if (editor != null && editor.getEditorInput().getAdapter(IFile.class) instanceof IFile file) {
			files.add(file);
		}
		if (files.size() == 1) {
			IFile other = DIALOGS.otherVersion(shell, files.get(0));
			if (other == null) {
				return null;
			}
			// The version chosen is the older one, unless the files say otherwise (« remplace »).
			open(shell, other, files.get(0), DIALOGS);
		} else if (files.size() == 2) {
			open(shell, files.get(0), files.get(1), DIALOGS);
		} else {
			DIALOGS.error(shell, "Comparaison impossible", "Choisissez un fichier .referentiel (« Comparer avec… ») ou deux "
					+ "(« Comparer entre elles »).");
		}
		return null;
	}

	/**
	 * Compares the two files (the first as the older, unless they declare the other order), with a
	 * progress dialog, then opens the Compare editor; on a refusal tells why and returns null.
	 */
	public static ReferentielCompareInput open(Shell shell, IFile first, IFile second, Prompts prompts) {
		if (first.equals(second)) {
			prompts.error(shell, "Comparaison impossible", "« " + first.getName() + " » est le même fichier des deux côtés : "
					+ "choisissez une autre version.");
			return null;
		}
		IDE.saveAllEditors(new IResource[] { first, second }, false); // the comparison reads what is saved
		ReferentielCompareInput input = new ReferentielCompareInput(first, second);
		String refusal = null;
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(input::runWith);
			refusal = input.getMessage();
		} catch (InvocationTargetException e) {
			Throwable cause = e.getTargetException() == null ? e : e.getTargetException();
			refusal = cause.getMessage() == null ? cause.toString() : cause.getMessage();
		} catch (InterruptedException e) {
			return null; // cancelled
		}
		if (refusal == null && input.root() == null) {
			refusal = "La comparaison n'a rien donné.";
		}
		if (refusal != null) {
			prompts.error(shell, "Comparaison impossible", refusal);
			return null;
		}
		CompareUI.openCompareEditor(input);
		return input;
	}

	/** A workspace file dialog listing the .referentiel files, the one compared excepted. */
	static IFile chooseOther(Shell shell, IFile file) {
		ElementTreeSelectionDialog dialog = new ElementTreeSelectionDialog(shell, new WorkbenchLabelProvider(),
				new BaseWorkbenchContentProvider());
		dialog.setTitle("Comparer avec…");
		dialog.setMessage("Choisissez l'autre version de « " + file.getName() + " » :");
		dialog.setInput(ResourcesPlugin.getWorkspace().getRoot());
		dialog.setAllowMultiple(false);
		dialog.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				if (element instanceof IFile f) {
					return EditorWorkspace.isReferentiel(f) && !f.equals(file);
				}
				return element instanceof IContainer c && c.isAccessible() && holdsReferentiel(c, file);
			}
		});
		dialog.setValidator(selection -> selection.length == 1 && selection[0] instanceof IFile
				? Status.OK_STATUS
				: Status.error("Choisissez un fichier .referentiel."));
		dialog.setInitialSelection(file.getParent());
		if (dialog.open() != ElementTreeSelectionDialog.OK || !(dialog.getFirstResult() instanceof IFile other)) {
			return null;
		}
		return other;
	}

	private static boolean holdsReferentiel(IContainer container, IFile except) {
		try {
			for (IResource member : container.members()) {
				if (member instanceof IFile f ? EditorWorkspace.isReferentiel(f) && !f.equals(except)
						: member instanceof IContainer c && c.isAccessible() && holdsReferentiel(c, except)) {
					return true;
				}
			}
		} catch (CoreException e) {
			return false;
		}
		return false;
	}
}
