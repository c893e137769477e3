/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.IFileSystemScanner;
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
 *
 * <p>Whatever the client sends, the server goes on answering: badly framed messages are dropped
 * ({@link WellFramedInput}), an unknown method is answered « method not found », and a failure is
 * answered with a French message, its details (Java stack trace) on standard error only.
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
				bind(org.eclipse.xtext.ide.server.BuildManager.class).to(VanishedFilesBuildManager.class);
				bind(IFileSystemScanner.class).to(ReadableFilesScanner.class);
				bind(UriExtensions.class).to(AsciiUriExtensions.class);
				bind(LanguageServerImpl.class).to(ReferentielLanguageServerImpl.class);
			}
		}));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Map<String, JsonRpcMethod> served = server.supportedMethods();
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>()
				.setLocalService(server)
				.setRemoteInterface(LanguageClient.class)
				.setInput(new WellFramedInput(in))
				.setOutput(out)
				.setExceptionHandler(ReferentielLanguageServer::toResponseError)
				// Applied to both directions: the incoming messages go to the RemoteEndpoint.
				.wrapMessages(next -> next instanceof RemoteEndpoint endpoint ? knownRequestsOnly(endpoint, served)
						: withoutDetails(next))
				.create();
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	/**
	 * Requests for a method the server does not have are answered « method not found » (-32601).
	 * Without this, Xtext throws UnsupportedOperationException and lsp4j answers « internal error ».
	 */
	private static MessageConsumer knownRequestsOnly(RemoteEndpoint endpoint, Map<String, JsonRpcMethod> served) {
		java.util.concurrent.atomic.AtomicBoolean initialized = new java.util.concurrent.atomic.AtomicBoolean();
		return message -> {
			JsonRpcMethod method = message instanceof RequestMessage request ? served.get(request.getMethod()) : null;
			if (message instanceof RequestMessage request && WellFramedInput.UNREADABLE_METHOD.equals(request.getMethod())) {
				// Made up by WellFramedInput for a request it dropped: the client gets an answer for its id.
				endpoint.handle(request, List.of(new MessageIssue("Message illisible, ignoré : " + reason(request)
						+ ".", ResponseErrorCode.ParseError.getValue())));
			} else if (message instanceof RequestMessage request && (method == null || method.isNotification())) {
				endpoint.handle(request, List.of(new MessageIssue("Méthode inconnue du serveur : « "
						+ abbreviate(request.getMethod()) + " »", ResponseErrorCode.MethodNotFound.getValue())));
			} else if (message instanceof RequestMessage request && "initialize".equals(request.getMethod())
					&& initialized.getAndSet(true)) {
				endpoint.handle(request, List.of(new MessageIssue("Le serveur est déjà initialisé : « initialize » ne "
						+ "s'envoie qu'une fois, au démarrage.", ResponseErrorCode.InvalidRequest.getValue())));
			} else {
				endpoint.consume(message);
			}
		};
	}

	private static String reason(RequestMessage request) {
		return request.getParams() instanceof com.google.gson.JsonObject params && params.get("raison") != null
				? params.get("raison").getAsString() : "message mal formé";
	}

	/**
	 * No error sent has {@code data}: lsp4j puts there the exception of a request it could not read.
	 * Such a request was one well-formed JSON object ({@link WellFramedInput} passes nothing else on),
	 * so what lsp4j calls a parse error (-32700) is a value of the wrong type: its parameters are
	 * invalid (-32602), or, outside them, the request itself (-32600). The answer names the value.
	 */
	private static MessageConsumer withoutDetails(MessageConsumer next) {
		return message -> {
			if (message instanceof ResponseMessage response && response.getError() != null
					&& response.getError().getData() != null) {
				ResponseError error = response.getError();
				if (error.getData() instanceof Throwable cause) {
					ServerLog.failure("requête illisible, renvoyée en erreur au client", cause);
					String path = wrongValuePath(cause);
					boolean params = path == null || path.equals("params") || path.startsWith("params.") || path.startsWith("params[");
					error.setCode(params ? ResponseErrorCode.InvalidParams : ResponseErrorCode.InvalidRequest);
					error.setMessage((params ? "Paramètres invalides" : "Requête invalide") + " : "
							+ (path == null ? "une valeur" : "la valeur « " + abbreviate(path) + " »")
							+ " n'est pas du type que le protocole LSP prévoit pour cette méthode. Corrigez la requête "
							+ "envoyée par l'éditeur (ou signalez-le à l'auteur de son extension) ; le détail est dans le "
							+ "journal du serveur.");
				} else {
					System.err.println("referentiel lsp : erreur renvoyée au client : " + abbreviate(error.getMessage()));
				}
				error.setData(null);
			}
			next.consume(message);
		};
	}

	/** Gson's « … path $.params.position » in an exception of the chain: the JSON path of the value that has the wrong type. */
	private static final java.util.regex.Pattern JSON_PATH = java.util.regex.Pattern.compile(" path \\$\\.?(\\S*)");

	private static String wrongValuePath(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			java.util.regex.Matcher path = t.getMessage() == null ? null : JSON_PATH.matcher(t.getMessage());
			if (path != null && path.find() && !path.group(1).isEmpty()) {
				return path.group(1);
			}
		}
		return null;
	}

	/** The answer to a request that failed: a French message; the stack trace goes to standard error. */
	private static ResponseError toResponseError(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException
				|| cause instanceof InvocationTargetException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof ResponseErrorException answer) {
			// An error meant for the client (method not found, Xtext's own): sent as it is, without data.
			ResponseError error = answer.getResponseError();
			return new ResponseError(error.getCode(), error.getMessage(), null);
		}
		ServerLog.failure("erreur interne pendant une requête", failure);
		return new ResponseError(ResponseErrorCode.InternalError,
				"Erreur interne du serveur de langage ; le détail est dans son journal (sortie d'erreur).", null);
	}

	private static String abbreviate(String text) {
		return text == null ? "" : text.length() <= 100 ? text : text.substring(0, 100) + "…";
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
