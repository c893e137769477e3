/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The editor's side of a language-server exchange, as VS Code or Neovim play it: lsp4j's client
 * launcher over two streams, keeping the diagnostics the server publishes.
 */
final class LspClient implements LanguageClient {

	/** Only a guard against a server that never answers, so a broken build fails instead of hanging. */
	private static final long PATIENCE_SECONDS = 120;

	private final Map<String, List<Diagnostic>> diagnostics = new HashMap<>();
	private final List<String> messages = new ArrayList<>();
	final LanguageServer server;

	LspClient(InputStream fromServer, OutputStream toServer) {
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, fromServer, toServer);
		server = launcher.getRemoteProxy();
		launcher.startListening();
	}

	static String uri(Path file) {
		return file.toUri().toString();
	}

	static <T> T await(CompletableFuture<T> answer) throws Exception {
		return answer.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
	}

	/** initialize (with the workspace folder, or none) then initialized, as a client starts. */
	InitializeResult initialize(Path workspace) throws Exception {
		return initialize(workspace, List.of());
	}

	/** initialize with several workspace folders, as VS Code with a multi-root workspace. */
	InitializeResult initialize(List<Path> folders) throws Exception {
		return initialize(null, folders);
	}

	private InitializeResult initialize(Path workspace, List<Path> folders) throws Exception {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		// Editors that show an outline as a tree say so; the server then sends the tree.
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		TextDocumentClientCapabilities documents = new TextDocumentClientCapabilities();
		documents.setDocumentSymbol(symbols);
		// Like VS Code, it shows a quick fix that cannot apply with its reason.
		org.eclipse.lsp4j.CodeActionCapabilities codeActions = new org.eclipse.lsp4j.CodeActionCapabilities();
		codeActions.setDisabledSupport(true);
		documents.setCodeAction(codeActions);
		params.setCapabilities(new ClientCapabilities(null, documents, null));
		if (workspace != null) {
			params.setRootUri(uri(workspace));
		}
		if (!folders.isEmpty()) {
			params.setWorkspaceFolders(folders.stream()
					.map(f -> new org.eclipse.lsp4j.WorkspaceFolder(uri(f), f.getFileName().toString())).toList());
		}
		InitializeResult result = await(server.initialize(params));
		server.initialized(new InitializedParams());
		return result;
	}

	void open(Path file, String text) {
		server.getTextDocumentService().didOpen(
				new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "referentiel", 1, text)));
	}

	/** The whole new text of an open file, as a client sends it after the author typed. */
	void change(Path file, int version, String text) {
		server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
				new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri(file), version),
				List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(text))));
	}

	static TextDocumentIdentifier document(Path file) {
		return new TextDocumentIdentifier(uri(file));
	}

	/** The diagnostics of a file, once the server has published some that satisfy {@code expected}. */
	synchronized List<Diagnostic> diagnostics(Path file, Predicate<List<Diagnostic>> expected) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
		List<Diagnostic> published = diagnostics.get(uri(file));
		while ((published == null || !expected.test(published)) && System.nanoTime() < deadline) {
			wait(1000);
			published = diagnostics.get(uri(file));
		}
		if (published == null || !expected.test(published)) {
			throw new AssertionError("no such diagnostics for " + uri(file) + "; last published: " + published
					+ "; published for: " + diagnostics.keySet() + "; messages: " + messages);
		}
		return published;
	}

	@Override
	public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnostics.put(params.getUri(), params.getDiagnostics());
		notifyAll();
	}

	@Override
	public synchronized void showMessage(MessageParams message) {
		messages.add(message.getMessage());
	}

	@Override
	public synchronized void logMessage(MessageParams message) {
		messages.add(message.getMessage());
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	/** The text once the edits are made, as an editor applies them: from the last position backwards. */
	static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
				.thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
		}
		return result.toString();
	}

	/** The offset of a line/character position (UTF-16 characters, as LSP counts by default). */
	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	/** The position of the first occurrence of {@code what} in the text. */
	static Position positionOf(String text, String what) {
		int offset = text.indexOf(what);
		if (offset < 0) {
			throw new AssertionError("« " + what + " » is not in the text");
		}
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1));
	}
}
