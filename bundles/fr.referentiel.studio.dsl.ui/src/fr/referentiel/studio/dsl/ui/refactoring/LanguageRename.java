/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.refactoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ui.WorkspaceIndex;
import fr.referentiel.studio.dsl.ui.WorkspaceIndex.Snapshot;

/**
 * Rename computed by the language's rename service, the one the language server runs: it is
 * given a copy of the workspace index in place of the server's workspace, and its edit comes
 * back as text edits per file.
 */
final class LanguageRename implements ILanguageServerAccess {

	private final Snapshot snapshot;

	private LanguageRename(Snapshot snapshot) {
		this.snapshot = snapshot;
	}

	/**
	 * The edits, per file, that rename the element {@code target} (an EMF URI) to {@code newName};
	 * each file comes with the text the edits apply to.
	 */
	static Map<IFile, FileEdits> edits(WorkspaceIndex index, Injector injector, String target, String newName) {
		References.syncOpenDocuments(index);
		LanguageRename access = new LanguageRename(index.snapshot());
		URI targetUri = URI.createURI(target);
		String text = access.snapshot.texts().get(targetUri.trimFragment());
		EObject element = text == null ? null : access.snapshot.resourceSet().getEObject(targetUri, true);
		List<INode> names = element == null ? List.of()
				: NodeModelUtils.findNodesForFeature(element, element.eClass().getEStructuralFeature("name"));
		if (names.isEmpty()) {
			throw new IllegalArgumentException("Aucun identifiant à renommer à cet endroit.");
		}
		Document document = new Document(1, text);
		IRenameService2.Options options = new IRenameService2.Options();
		options.setLanguageServerAccess(access);
		options.setRenameParams(new RenameParams(new TextDocumentIdentifier(targetUri.trimFragment().toString()),
				document.getPosition(names.get(0).getOffset()), newName));
		options.setCancelIndicator(CancelIndicator.NullImpl);
		WorkspaceEdit edit = injector.getInstance(IRenameService2.class).rename(options);

		Map<IFile, FileEdits> byFile = new LinkedHashMap<>();
		if (edit != null && edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> {
				URI fileUri = URI.createURI(uri);
				IFile file = WorkspaceIndex.fileOf(fileUri);
				if (file != null && !edits.isEmpty()) {
					byFile.put(file, new FileEdits(access.snapshot.texts().get(fileUri), edits));
				}
			});
		}
		return byFile;
	}

	/** The text edits of one file and the text they were computed on. */
	record FileEdits(String text, List<TextEdit> edits) {
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		try {
			return CompletableFuture.completedFuture(doSyncRead(uri, function));
		} catch (RuntimeException e) {
			return CompletableFuture.failedFuture(e);
		}
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		URI resourceUri = URI.createURI(uri);
		String text = snapshot.texts().get(resourceUri);
		XtextResource resource = (XtextResource) snapshot.resourceSet().getResource(resourceUri, false);
		if (text == null || resource == null) {
			throw new IllegalArgumentException("Fichier absent de l'index : " + uri);
		}
		return function.apply(new Context(resource, new Document(1, text), true, CancelIndicator.NullImpl));
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		throw new UnsupportedOperationException("the rename service reads models, not the server's index");
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	/** The copy of the workspace, where every file is already loaded. */
	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return snapshot.resourceSet();
	}

	@Override
	public InitializeParams getInitializeParams() {
		return new InitializeParams();
	}

	@Override
	public InitializeResult getInitializeResult() {
		return null;
	}
}
