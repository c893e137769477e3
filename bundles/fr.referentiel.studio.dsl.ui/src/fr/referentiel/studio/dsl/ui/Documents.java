/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.resource.XtextResource;

/** Between the editor's documents and the language services: files, offsets, LSP positions. */
public final class Documents {

	private Documents() {
	}

	/** The workspace file an editor's document belongs to, or null for a document without file. */
	public static IFile fileOf(IDocument document) {
		if (document == null) {
			return null;
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return file.exists() ? file : null;
	}

	/**
	 * Runs {@code action} on the resource for the document's current text (the workspace model's
	 * when the document is a workspace file), or returns null when the services are not ready
	 * ({@code wait} false: they are not waited for) or the designer cancelled the wait.
	 */
	public static <T> T withResource(IDocument document, boolean wait, java.util.function.Function<XtextResource, T> action) {
		EditorWorkspace workspace = wait ? LanguageServices.workspace() : LanguageServices.workspaceNow();
		if (workspace == null) {
			return null;
		}
		String text = document.get();
		IFile file = fileOf(document);
		return file != null ? Busy.join(workspace.read(file, text, action)) : workspace.withText(text, action);
	}

	/** An offset clamped into the document: issues at the end of a file can lie past it. */
	public static int clamp(IDocument document, int offset) {
		return Math.max(0, Math.min(offset, document.getLength()));
	}

	public static int offset(IDocument document, Position position) {
		try {
			int line = Math.min(position.getLine(), document.getNumberOfLines() - 1);
			return clamp(document, document.getLineOffset(line) + position.getCharacter());
		} catch (BadLocationException e) {
			return document.getLength();
		}
	}

	public static int[] region(IDocument document, Range range) {
		int start = offset(document, range.getStart());
		int end = offset(document, range.getEnd());
		return new int[] { start, Math.max(0, end - start) };
	}
}
