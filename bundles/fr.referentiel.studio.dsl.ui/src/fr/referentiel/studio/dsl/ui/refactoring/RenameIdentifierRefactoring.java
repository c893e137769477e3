/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.refactoring;

import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;

import fr.referentiel.studio.dsl.naming.NewNames;
import fr.referentiel.studio.dsl.ui.Documents;
import fr.referentiel.studio.dsl.ui.ReferentielUi;
import fr.referentiel.studio.dsl.ui.Busy;
import fr.referentiel.studio.dsl.ui.EditorWorkspace;

/**
 * Renames an identifier (AT1, CP3, BC01, a referential) in its declaration and in every file
 * that refers to it, as one undoable change with a preview. The edits are those of the
 * language's rename service, as in the language server ({@link LanguageRename}).
 */
public class RenameIdentifierRefactoring extends Refactoring {

	private final EditorWorkspace index;
	private final String target;
	private final String oldName;
	private String newName;
	/** What the language's rename service computed for the last name checked. */
	private Map<IFile, LanguageRename.FileEdits> edits = Map.of();

	/**
	 * @param target the EMF URI of the element to rename
	 */
	public RenameIdentifierRefactoring(EditorWorkspace index, String target, String oldName) {
		this.index = index;
		this.target = target;
		this.oldName = oldName;
		this.newName = oldName;
	}

	public String getOldName() {
		return oldName;
	}

	public void setNewName(String newName) {
		this.newName = newName == null ? "" : newName.strip();
	}

	@Override
	public String getName() {
		return "Renommer " + oldName;
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor pm) {
		return oldName == null ? RefactoringStatus.createFatalErrorStatus("Aucun identifiant à renommer à cet endroit.")
				: new RefactoringStatus();
	}

	/** Checks the new name alone, for the input page. */
	public RefactoringStatus checkNewName() {
		String refusal = newName.equals(oldName) ? "Le nouvel identifiant est identique à l'ancien."
				: index.injector().getInstance(NewNames.class).refusal(null, newName);
		return refusal == null ? new RefactoringStatus() : RefactoringStatus.createFatalErrorStatus(refusal);
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor pm) {
		RefactoringStatus status = checkNewName();
		if (status.hasFatalError()) {
			return status;
		}
		// The names typed in open editors but not yet indexed count too.
		References.syncOpenDocuments(index);
		URI uri = URI.createURI(target);
		// Fatal, not a warning to click through: two elements of one name make every reference ambiguous.
		NewNames newNames = index.injector().getInstance(NewNames.class);
		String taken = Busy.join(index.read(uri.trimFragment(), (document, resource) -> {
			org.eclipse.emf.ecore.EObject element = resource.getEObject(uri.fragment());
			return element == null ? null : newNames.refusal(element, newName);
		}));
		if (taken != null) {
			return RefactoringStatus.createFatalErrorStatus(taken);
		}
		try {
			edits = LanguageRename.edits(index, target, newName);
			if (edits == null) {
				edits = Map.of();
				return RefactoringStatus.createFatalErrorStatus("Renommage interrompu.");
			}
		} catch (RuntimeException e) {
			ReferentielUi.log("Renommage de " + oldName + " en " + newName, e);
			edits = Map.of();
			status.addFatalError("Le renommage de « " + oldName + " » n'a pas pu être préparé (le détail est dans le journal).");
		}
		return status;
	}

	@Override
	public Change createChange(IProgressMonitor pm) throws OperationCanceledException {
		CompositeChange composite = new CompositeChange("Renommer " + oldName + " en " + newName);
		edits.forEach((file, fileEdits) -> {
			IDocument text = new Document(fileEdits.text());
			MultiTextEdit all = new MultiTextEdit();
			for (TextEdit edit : fileEdits.edits()) {
				int[] region = Documents.region(text, edit.getRange());
				all.addChild(new ReplaceEdit(region[0], region[1], edit.getNewText()));
			}
			TextFileChange change = new TextFileChange(file.getName(), file);
			change.setEdit(all);
			composite.add(change);
		});
		return composite;
	}
}
