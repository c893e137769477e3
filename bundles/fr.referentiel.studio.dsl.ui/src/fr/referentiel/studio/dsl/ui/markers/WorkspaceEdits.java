/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.markers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

import fr.referentiel.studio.dsl.ui.Documents;
import fr.referentiel.studio.dsl.ui.EditorWorkspace;

/** Applies an LSP workspace edit of the language services to the workbench's documents. */
public final class WorkspaceEdits {

	private WorkspaceEdits() {
	}

	/** Applies the edits of {@code uri} to {@code document} (the editor's), the last edit first. */
	public static void apply(IDocument document, List<TextEdit> edits) throws BadLocationException {
		List<int[]> regions = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (TextEdit edit : edits) {
			regions.add(Documents.region(document, edit.getRange()));
			texts.add(edit.getNewText());
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < regions.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt((Integer i) -> regions.get(i)[0]).reversed());
		for (int i : order) {
			document.replace(regions.get(i)[0], regions.get(i)[1], texts.get(i));
		}
	}

	/**
	 * Applies a workspace edit: to the open document of each file (through its file buffer, so an
	 * open editor shows the change), saving the files that had no unsaved changes.
	 */
	public static void apply(WorkspaceEdit edit) throws CoreException, BadLocationException {
		if (edit.getChanges() == null) {
			return;
		}
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		for (Map.Entry<String, List<TextEdit>> change : edit.getChanges().entrySet()) {
			IFile file = EditorWorkspace.fileOf(URI.createURI(change.getKey()));
			if (file == null) {
				continue;
			}
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				boolean wasDirty = buffer.isDirty();
				apply(buffer.getDocument(), change.getValue());
				if (!wasDirty) {
					buffer.commit(null, true);
				}
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		}
	}
}
