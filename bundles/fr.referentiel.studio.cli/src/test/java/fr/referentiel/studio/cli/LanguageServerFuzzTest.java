/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;

import fr.referentiel.studio.dsl.ide.server.ReferentielLanguageServer;

/**
 * Any sequence of well-framed JSON-RPC messages leaves the language server answering, and what it
 * writes on its channel is well-framed JSON only, with no Java detail in an error. The input is
 * text, one message body per line: requests and notifications of any method (textDocument/*,
 * workspace/*, initialize before, after or instead of the others, methods it does not have), with
 * parameters of any shape and type. A fresh server, in this process over pipes, receives every line
 * framed as it is (those that are no JSON object too: the framing drops them), then one valid
 * request, which it must answer.
 *
 * <p>Three things are kept from the fuzzer, so that it tests the server and not the machine: the
 * {@code exit} notification, which ends the process as the protocol asks, is not sent; the folders
 * of the workspace ({@code rootUri}, {@code rootPath}) and every {@code file:} or relative URI are
 * moved into this test's own empty folder, so that no input makes the server read the disk; and the
 * id of the last request is the harness's own.
 *
 * <p>Seeds: the small sessions of src/test/resources/…/LanguageServerFuzzTestInputs/; the methods,
 * keys and values of the protocol in lsp.dict. As {@link ExportPipelineFuzzTest}: replayed in the
 * default test run, explored by the Maven execution « fuzz-lsp »; a crash found there, minimised,
 * becomes a named test in {@link LanguageServerFramingTest}.
 */
class LanguageServerFuzzTest {

	/** Only a guard against a server that never answers: a hang is then reported, not waited for. */
	private static final long PATIENCE_SECONDS = 60;
	/** The id of the request that must be answered; no input may use it. */
	private static final String PROBE_ID = "sonde-du-fuzz";
	private static final String PROBE = "{\"jsonrpc\":\"2.0\",\"id\":\"" + PROBE_ID
			+ "\",\"method\":\"workspace/symbol\",\"params\":{\"query\":\"\"}}";
	private static final Gson STRICT = new GsonBuilder().setStrictness(Strictness.STRICT).create();
	/** A scheme other than file: (untitled:, http:…): the server reads nothing from such a URI. */
	private static final Pattern OTHER_SCHEME = Pattern.compile("(?i)(?!file:)[a-z][a-z0-9+.-]*:.*", Pattern.DOTALL);
	/** A Java stack frame, as printStackTrace writes it. */
	private static final Pattern FRAME = Pattern.compile("\\tat [\\w$.]+\\(");

	private static Path workspace;

	@FuzzTest(maxDuration = "15s")
	@DictionaryFile(resourcePath = "lsp.dict")
	void anyRequestsLeaveTheServerAnswering(byte[] bytes) throws Exception {
		String input = new String(bytes, StandardCharsets.UTF_8).replace(PROBE_ID, "sonde");
		PipedOutputStream toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
		PipedOutputStream fromServer = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(fromServer, 1 << 16);
		Channel channel = new Channel(clientIn);
		ReferentielLanguageServer.start(serverIn, fromServer);
		channel.start();
		try {
			for (String line : input.split("\r?\n")) {
				String body = sendable(line);
				if (body != null) {
					send(toServer, body);
				}
			}
			send(toServer, PROBE);
			assertTrue(channel.awaitAnswerTo(PROBE_ID), "the server answers a valid request after the input; it sent: "
					+ channel.text());
		} finally {
			toServer.close();
			fromServer.close();
			channel.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
		}
		for (String body : WellFramedInputTest.requireWellFramed(channel.bytes())) {
			JsonObject message = STRICT.fromJson(body, JsonObject.class);
			if (message.has("error") && message.get("error").isJsonObject()) {
				JsonObject error = message.getAsJsonObject("error");
				assertFalse(error.has("data"), () -> "no Java details in an error: " + body);
				String text = error.get("message") instanceof JsonPrimitive words && words.isString() ? words.getAsString()
						: String.valueOf(error.get("message"));
				// Unless the input wrote one itself (a method name is quoted in « method not found »).
				assertFalse(FRAME.matcher(text).find() && !FRAME.matcher(input.replace("\\t", "\t")).find(),
						() -> "no stack trace in an error: " + body);
			}
		}
	}

	/** The body to send for one line of the input, made safe (see the class comment); null for none. */
	private static String sendable(String line) throws IOException {
		if (line.isBlank()) {
			return null;
		}
		JsonElement json;
		try {
			json = STRICT.fromJson(line, JsonElement.class);
		} catch (RuntimeException notJson) {
			return line; // sent as it is: the framing drops it, as it drops anything but a JSON object
		}
		if (json == null || !json.isJsonObject()) {
			return line;
		}
		JsonObject message = json.getAsJsonObject();
		if (message.get("method") instanceof JsonPrimitive method && method.isString() && method.getAsString().equals("exit")) {
			return null;
		}
		return keptInWorkspace(message, null) ? message.toString() : line;
	}

	/** Moves every folder or file the value names into the workspace; whether anything was changed. */
	private static boolean keptInWorkspace(JsonElement value, String key) throws IOException {
		boolean changed = false;
		if (value instanceof JsonObject object) {
			for (Map.Entry<String, JsonElement> member : object.entrySet()) {
				String name = member.getKey();
				JsonElement inner = member.getValue();
				if (inner instanceof JsonPrimitive text && text.isString()) {
					String moved = moved(name, text.getAsString());
					if (moved != null) {
						member.setValue(new JsonPrimitive(moved));
						changed = true;
					}
				} else {
					changed |= keptInWorkspace(inner, name);
				}
			}
		} else if (value instanceof JsonArray array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.get(i) instanceof JsonPrimitive text && text.isString()) {
					String moved = moved(key, text.getAsString());
					if (moved != null) {
						array.set(i, new JsonPrimitive(moved));
						changed = true;
					}
				} else {
					changed |= keptInWorkspace(array.get(i), key);
				}
			}
		}
		return changed;
	}

	/** The string in the workspace when it names a folder or a file elsewhere, or null to keep it. */
	private static String moved(String key, String text) throws IOException {
		String folder = workspace().toUri().toString();
		if ("rootPath".equals(key)) {
			return text.equals(workspace().toString()) ? null : workspace().toString();
		}
		boolean uri = "rootUri".equals(key) || "uri".equals(key) || "targetUri".equals(key);
		boolean file = text.regionMatches(true, 0, "file:", 0, 5);
		if (text.startsWith(folder) || !(file || uri && !OTHER_SCHEME.matcher(text).matches())) {
			return null;
		}
		if ("rootUri".equals(key)) {
			return folder;
		}
		// The file's name, if it has one, in the workspace: a referential there, or one that does not exist.
		String name = text.substring(text.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "");
		return folder + (name.startsWith(".") ? "x" + name : name);
	}

	private static void send(PipedOutputStream toServer, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		toServer.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		toServer.write(bytes);
		toServer.flush();
	}

	/** One empty folder for the whole run: the workspace of every server. */
	private static synchronized Path workspace() throws IOException {
		if (workspace == null) {
			workspace = Files.createTempDirectory("referentiel-fuzz-lsp").toRealPath();
			workspace.toFile().deleteOnExit();
		}
		return workspace;
	}

	/** Everything the server writes on its channel, kept by a thread of its own. */
	private static final class Channel extends Thread {

		private final InputStream in;
		private final ByteArrayOutputStream received = new ByteArrayOutputStream();

		Channel(InputStream in) {
			super("the fuzzed server's channel");
			setDaemon(true);
			this.in = in;
		}

		@Override
		public void run() {
			byte[] buffer = new byte[8192];
			try {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					synchronized (this) {
						received.write(buffer, 0, n);
						notifyAll();
					}
				}
			} catch (IOException end) {
				// the pipes closed: the input is over
			}
		}

		synchronized byte[] bytes() {
			return received.toByteArray();
		}

		synchronized String text() {
			return received.toString(StandardCharsets.UTF_8);
		}

		/** Whether a response to request {@code id} arrived (a result or an error), within the guard. */
		synchronized boolean awaitAnswerTo(String id) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
			while (!answered(id)) {
				long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
				if (left <= 0) {
					return false;
				}
				wait(left);
			}
			return true;
		}

		/** Looks through the whole frames received so far; the full check comes once the server has ended. */
		private boolean answered(String id) {
			String text = new String(received.toByteArray(), StandardCharsets.ISO_8859_1);
			byte[] bytes = received.toByteArray();
			for (int p = text.indexOf("Content-Length: "); p >= 0; p = text.indexOf("Content-Length: ", p + 1)) {
				int blank = text.indexOf("\r\n\r\n", p);
				if (blank < 0) {
					return false;
				}
				String digits = text.substring(p + "Content-Length: ".length(), blank);
				if (!digits.matches("\\d{1,9}") || blank + 4 + Integer.parseInt(digits) > bytes.length) {
					return false;
				}
				String body = new String(bytes, blank + 4, Integer.parseInt(digits), StandardCharsets.UTF_8);
				try {
					JsonObject message = STRICT.fromJson(body, JsonObject.class);
					if (!message.has("method") && message.get("id") instanceof JsonPrimitive answered
							&& answered.isString() && answered.getAsString().equals(id)) {
						return true;
					}
				} catch (RuntimeException notJson) {
					return true; // not waited for: the check after the end says what is wrong
				}
				p = blank + 4 + Integer.parseInt(digits) - 1;
			}
			return false;
		}
	}
}
