/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.server;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's server, announcing only what it does (a referential has no calls with parameters, and
 * the signature help Xtext announces always answered nothing), and renaming without a deadlock.
 */
public class ReferentielLanguageServerImpl extends LanguageServerImpl {

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setSignatureHelpProvider(null);
		return capabilities;
	}

	/*
	 * Xtext runs a rename as a read request, and its rename service reads the document through a
	 * second read request that it waits for (RenameService2: access.doRead(…).get()). A change the
	 * editor sends meanwhile (didChange, a write) waits for the running read, the second read waits
	 * for the change: the rename and every later request waited for ever (found by
	 * LanguageServerFuzzTest). The service is given an access that reads within the read already
	 * running, as Xtext's own doSyncRead does; otherwise these are Xtext's methods.
	 */

	@Override
	protected WorkspaceEdit rename(RenameParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		IRenameService2 service = getService(getResourceServiceProvider(uri), IRenameService2.class);
		if (service == null) {
			return new WorkspaceEdit();
		}
		IRenameService2.Options options = new IRenameService2.Options();
		options.setLanguageServerAccess(new InThisRead(getLanguageServerAccess()));
		options.setRenameParams(params);
		options.setCancelIndicator(cancelIndicator);
		return service.rename(options);
	}

	@Override
	protected Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameParams params,
			CancelIndicator cancelIndicator) {
		IRenameService2 service = getService(getURI(params), IRenameService2.class);
		if (service == null) {
			throw new UnsupportedOperationException();
		}
		IRenameService2.PrepareRenameOptions options = new IRenameService2.PrepareRenameOptions();
		options.setLanguageServerAccess(new InThisRead(getLanguageServerAccess()));
		options.setParams(params);
		options.setCancelIndicator(cancelIndicator);
		return service.prepareRename(options);
	}

	/** The server's access, its reads done at once within the request already running. */
	private static final class InThisRead implements ILanguageServerAccess {

		private final ILanguageServerAccess server;

		InThisRead(ILanguageServerAccess server) {
			this.server = server;
		}

		@Override
		public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
			try {
				return CompletableFuture.completedFuture(server.doSyncRead(uri, function));
			} catch (RuntimeException e) {
				return CompletableFuture.failedFuture(e); // as the second request would have failed
			}
		}

		@Override
		public <T> T doSyncRead(String uri, Function<Context, T> function) {
			return server.doSyncRead(uri, function);
		}

		@Override
		public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
			return server.doReadIndex(function);
		}

		@Override
		public void addBuildListener(IBuildListener listener) {
			server.addBuildListener(listener);
		}

		@Override
		public void removeBuildListener(IBuildListener listener) {
			server.removeBuildListener(listener);
		}

		@Override
		public LanguageClient getLanguageClient() {
			return server.getLanguageClient();
		}

		@Override
		public ResourceSet newLiveScopeResourceSet(URI uri) {
			return server.newLiveScopeResourceSet(uri);
		}

		@Override
		public InitializeParams getInitializeParams() {
			return server.getInitializeParams();
		}

		@Override
		public InitializeResult getInitializeResult() {
			return server.getInitializeResult();
		}
	}
}
