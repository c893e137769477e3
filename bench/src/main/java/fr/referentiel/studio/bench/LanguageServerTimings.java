/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server as an editor meets it: the built {@code referentiel lsp} started as a
 * process, a file opened, then an author's edits (a criterion repeated, then removed again, so
 * that every edit changes the diagnostics), each timed from the change sent to the diagnostics
 * published for it. Prints, per file, the time to the first diagnostics after the process start
 * and the median and 90th percentile of the edits, in milliseconds:
 * {@code fichier premier_ms médiane_ms p90_ms}.
 *
 * <p>{@code java … LanguageServerTimings bin/referentiel FILE…}
 */
public final class LanguageServerTimings implements LanguageClient {

	private static final int WARM_UP = 5;
	private static final int EDITS = 30;

	private int published;

	public static void main(String[] args) throws Exception {
		// lsp4j logs the closing of the server's stream at the end as a trace: not a figure.
		java.util.logging.Logger.getLogger("org.eclipse.lsp4j").setLevel(java.util.logging.Level.OFF);
		for (int i = 1; i < args.length; i++) {
			System.out.println(time(Path.of(args[0]), Path.of(args[i])));
		}
		System.exit(0); // the server's reader thread would keep the JVM alive
	}

	private static String time(Path cli, Path file) throws Exception {
		String text = Files.readString(file);
		Path folder = Files.createTempDirectory("lsp-bench");
		Path copy = Files.writeString(folder.resolve(file.getFileName()), text);
		long start = System.nanoTime();
		Process process = new ProcessBuilder(cli.toString(), "lsp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			LanguageServerTimings client = new LanguageServerTimings();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
					process.getOutputStream());
			LanguageServer server = launcher.getRemoteProxy();
			launcher.startListening();
			InitializeParams init = new InitializeParams();
			init.setProcessId((int) ProcessHandle.current().pid());
			init.setCapabilities(new ClientCapabilities());
			init.setRootUri(folder.toUri().toString());
			server.initialize(init).get(120, TimeUnit.SECONDS);
			server.initialized(new InitializedParams());
			String uri = copy.toUri().toString();
			int before = client.count();
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "referentiel", 1, text)));
			client.awaitAfter(before);
			double first = (System.nanoTime() - start) / 1e6;

			String criterion = firstCriterion(text);
			int at = text.indexOf(criterion) + criterion.length();
			String repeated = text.substring(0, at) + criterion + text.substring(at);
			List<Double> edits = new ArrayList<>();
			for (int version = 2; version < 2 + WARM_UP + EDITS; version++) {
				String next = version % 2 == 0 ? repeated : text;
				before = client.count();
				long sent = System.nanoTime();
				server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
						new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(next))));
				client.awaitAfter(before);
				if (version >= 2 + WARM_UP) {
					edits.add((System.nanoTime() - sent) / 1e6);
				}
			}
			Collections.sort(edits);
			server.shutdown().get(30, TimeUnit.SECONDS);
			server.exit();
			return String.format(java.util.Locale.ROOT, "%s %.0f %.1f %.1f", file.getFileName(), first, edits.get(edits.size() / 2),
					edits.get((int) Math.ceil(edits.size() * 0.9) - 1));
		} finally {
			process.destroy();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** The first criterion line of the text, its line break included: « - Le poste est opérationnel.\n ». */
	private static String firstCriterion(String text) {
		for (String line : text.split("\n")) {
			if (line.strip().startsWith("- ") && line.strip().length() > 10) {
				return line + "\n";
			}
		}
		throw new IllegalArgumentException("no criterion line « - … » to repeat");
	}

	private synchronized int count() {
		return published;
	}

	/** Waits for a publication after the {@code before}-th (two minutes at most: a broken server fails the run). */
	private synchronized void awaitAfter(int before) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (published <= before) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new IllegalStateException("the language server published no diagnostics");
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
	}

	@Override
	public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		published++;
		notifyAll();
	}

	@Override
	public void showMessage(MessageParams message) {
	}

	@Override
	public void logMessage(MessageParams message) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void telemetryEvent(Object object) {
	}
}
