/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ide.ReferentielIdeSetup;

/**
 * The language server of .referentiel files (diagnostics, completion, hover, outline, formatting,
 * quick fixes), Xtext's {@link LanguageServerImpl} over the services of {@code ReferentielIdeModule}.
 * The caller owns the streams: {@code referentiel lsp} gives it the process's standard input and
 * output, tests give it pipes.
 */
public final class ReferentielLanguageServer {

	private ReferentielLanguageServer() {
	}

	/**
	 * Serves one client reading requests from {@code in} and writing to {@code out}; returns at once.
	 * The future ends when {@code in} reaches its end. On the client's {@code exit} notification the
	 * process ends, as the protocol asks (status 0 after {@code shutdown}, 1 otherwise).
	 */
	public static Future<Void> start(InputStream in, OutputStream out) {
		Injector injector = Guice.createInjector(Modules2.mixin(new ServerModule(), new AbstractModule() {
			@Override
			protected void configure() {
				// This language, built by its IdeSetup, rather than whatever ServiceLoader finds on the class path.
				bind(IResourceServiceProvider.Registry.class).toInstance(thisLanguage());
				bind(WorkspaceManager.class).to(ReferentielWorkspaceManager.class);
			}
		}));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	private static IResourceServiceProvider.Registry thisLanguage() {
		Injector language = new ReferentielIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider provider = language.getInstance(IResourceServiceProvider.class);
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		for (String extension : language.getInstance(FileExtensionProvider.class).getFileExtensions()) {
			registry.getExtensionToFactoryMap().put(extension, provider);
		}
		return registry;
	}
}
