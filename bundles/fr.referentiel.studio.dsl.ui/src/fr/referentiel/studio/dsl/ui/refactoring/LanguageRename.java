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
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ui.Busy;
import fr.referentiel.studio.dsl.ui.EditorWorkspace;

/**
 * Rename computed by the language's rename service, the one the language server runs, over the
 * workspace model itself (its live-scope resource sets, as in the server): its edit comes back as
 * text edits per file, with the text each applies to. Runs on the model's thread.
 */
final class LanguageRename implements ILanguageServerAccess {

	private final WorkspaceManager manager;

	private LanguageRename(WorkspaceManager manager) {
		this.manager = manager;
	}

	/**
	 * The edits, per file, that rename the element {@code target} (an EMF URI) to {@code newName};
	 * each file comes with the text the edits apply to. Null when the designer cancelled the wait.
	 */
	static Map<IFile, FileEdits> edits(EditorWorkspace workspace, String target, String newName) {
		References.syncOpenDocuments(workspace);
		return Busy.join(workspace.withModel(manager -> new LanguageRename(manager).edits(workspace.injector(), target, newName)));
	}

	private Map<IFile, FileEdits> edits(Injector injector, String target, String newName) {
		URI targetUri = URI.createURI(target);
		Position position = manager.doRead(targetUri.trimFragment(), (document, resource) -> {
			EObject element = resource.getEObject(targetUri.fragment());
			List<INode> names = element == null ? List.of()
					: NodeModelUtils.findNodesForFeature(element, element.eClass().getEStructuralFeature("name"));
			return names.isEmpty() ? null : document.getPosition(names.get(0).getOffset());
		});
		if (position == null) {
			throw new IllegalArgumentException("Aucun identifiant à renommer à cet endroit.");
		}
		IRenameService2.Options options = new IRenameService2.Options();
		options.setLanguageServerAccess(this);
		options.setRenameParams(new RenameParams(new TextDocumentIdentifier(targetUri.trimFragment().toString()), position, newName));
		options.setCancelIndicator(CancelIndicator.NullImpl);
		WorkspaceEdit edit = injector.getInstance(IRenameService2.class).rename(options);

		Map<IFile, FileEdits> byFile = new LinkedHashMap<>();
		if (edit != null && edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> {
				URI fileUri = URI.createURI(uri);
				IFile file = EditorWorkspace.fileOf(fileUri);
				if (file != null && !edits.isEmpty()) {
					String text = manager.doRead(EditorWorkspace.uriOf(file), (document, resource) -> document.getContents());
					byFile.put(file, new FileEdits(text, edits));
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
		return manager.doRead(resourceUri, (document, resource) -> function.apply(
				new Context(resource, document, manager.isDocumentOpen(resourceUri), CancelIndicator.NullImpl)));
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		return CompletableFuture.completedFuture(function.apply(new IndexContext(manager.getIndex(), CancelIndicator.NullImpl)));
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return manager.getProjectManager(uri.trimFragment()).createLiveScopeResourceSet();
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
