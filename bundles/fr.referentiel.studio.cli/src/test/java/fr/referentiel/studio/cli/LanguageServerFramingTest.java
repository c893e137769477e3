/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static fr.referentiel.studio.cli.WellFramedInputTest.bytes;
import static fr.referentiel.studio.cli.WellFramedInputTest.frame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import fr.referentiel.studio.dsl.ide.server.ReferentielLanguageServer;

/**
 * The language server, in this process, fed raw bytes over pipes as a broken or hostile client
 * would send them: after each kind of bad input it must still answer the next well-framed request
 * (never deaf and alive), answer errors without Java details, and hover text must stay text.
 */
class LanguageServerFramingTest {

	/** Only a guard against a server that never answers: a broken build fails instead of hanging. */
	private static final long PATIENCE_SECONDS = 60;

	@TempDir
	Path workspace;

	private PipedOutputStream toServer;
	private PipedOutputStream fromServer;
	private final List<String> received = new ArrayList<>();

	/** A server on pipes, and a thread keeping every message it sends (its JSON text). */
	private void connect() throws IOException {
		toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
		fromServer = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(fromServer, 1 << 16);
		ReferentielLanguageServer.start(serverIn, fromServer);
		Thread reader = new Thread(() -> readMessages(clientIn), "raw LSP client");
		reader.setDaemon(true);
		reader.start();
	}

	@AfterEach
	void disconnect() throws IOException {
		if (toServer != null) {
			toServer.close();
			fromServer.close();
		}
	}

	private void readMessages(InputStream in) {
		try {
			while (true) {
				int length = -1;
				for (String line = headerLine(in); !line.isEmpty(); line = headerLine(in)) {
					if (line.toLowerCase().startsWith("content-length:")) {
						length = Integer.parseInt(line.substring("content-length:".length()).strip());
					}
				}
				String message = new String(in.readNBytes(length), StandardCharsets.UTF_8);
				synchronized (received) {
					received.add(message);
					received.notifyAll();
				}
			}
		} catch (IOException | RuntimeException end) {
			// The pipes closed: the test is over.
		}
	}

	private static String headerLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("end");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

	private void send(String raw) throws IOException {
		send(bytes(raw));
	}

	private void send(byte[] raw) throws IOException {
		toServer.write(raw);
		toServer.flush();
	}

	/** The answer to request {@code id} (the server's own requests and notifications left aside). */
	private JsonObject answer(int id) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
		synchronized (received) {
			while (true) {
				for (String message : received) {
					JsonObject json = JsonParser.parseString(message).getAsJsonObject();
					if (!json.has("method") && json.has("id") && json.get("id").toString().equals(String.valueOf(id))) {
						json.addProperty("raw", message);
						return json;
					}
				}
				long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
				if (left <= 0) {
					throw new AssertionError("no answer to request " + id + "; received: " + received);
				}
				received.wait(left);
			}
		}
	}

	/** The answers received so far, their ids in order. */
	private List<String> answeredIds() {
		synchronized (received) {
			return received.stream().map(m -> JsonParser.parseString(m).getAsJsonObject())
					.filter(json -> !json.has("method") && json.has("id")).map(json -> json.get("id").toString()).toList();
		}
	}

	private String initialize(int id) {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
				+ workspace.toUri() + "\",\"capabilities\":{}}}";
	}

	/**
	 * After {@code bad}, a well-framed initialize (id 2) is answered. The bad request (id 1) is never
	 * misread: when its id could be read it gets a parse error (-32700), so that the client does not
	 * wait for it forever; otherwise no answer.
	 */
	private void answersAfter(String bad, boolean idReadable) throws Exception {
		connect();
		send(bad);
		send(frame(initialize(2)));
		JsonObject answer = answer(2);
		assertTrue(answer.getAsJsonObject("result").has("capabilities"), answer::toString);
		if (idReadable) {
			JsonObject refused = answer(1);
			assertEquals(-32700, refused.getAsJsonObject("error").get("code").getAsInt(), refused::toString);
			assertTrue(refused.getAsJsonObject("error").get("message").getAsString().startsWith("Message illisible, ignoré : "),
					refused::toString);
			assertEquals(List.of("1", "2"), answeredIds());
		} else {
			assertEquals(List.of("2"), answeredIds(), "the bad message is dropped, not misread");
		}
	}

	@Test
	void aMessageWithoutContentLength() throws Exception {
		answersAfter("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + initialize(1), false);
	}

	@Test
	void aNonNumericContentLength() throws Exception {
		answersAfter("Content-Length: beaucoup\r\n\r\n" + initialize(1), false);
	}

	@Test
	void aBodyTenBytesShorterThanItsContentLength() throws Exception {
		answersAfter("Content-Length: " + (bytes(initialize(1)).length + 10) + "\r\n\r\n" + initialize(1), true);
	}

	@Test
	void aBodyFortyBytesLongerThanItsContentLength() throws Exception {
		answersAfter("Content-Length: " + (bytes(initialize(1)).length - 40) + "\r\n\r\n" + initialize(1), true);
	}

	@Test
	void aHundredKilobytesOfMalformedJson() throws Exception {
		answersAfter(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"x\":"
				+ "[" + "1,".repeat(50_000) + "}}"), true); // shallow: malformed, not too deep
	}

	@Test
	void jsonThreeHundredLevelsDeep() throws Exception {
		answersAfter(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"x\":"
				+ "[".repeat(300) + "]".repeat(300) + "}}"), true);
	}

	@Test
	void everyBreakInARowAfterInitializeThenARequest() throws Exception {
		connect();
		send(frame(initialize(1)));
		answer(1);
		String request = "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"\"}}";
		send("{\"pas\":\"d'en-tête\"}\r\n\r\n" + "Content-Length: ?\r\n\r\n" + request
				+ "Content-Length: " + (bytes(request).length + 10) + "\r\n\r\n" + request
				+ "Content-Length: " + (bytes(request).length - 40) + "\r\n\r\n" + request
				+ frame("[".repeat(300)) + frame("{\"a\":" + "x".repeat(100_000) + "}"));
		send(frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"\"}}"));
		JsonObject answer = answer(3);
		assertFalse(answer.has("error"), answer::toString);
		// The broken copies of request 9 whose id could be read get a parse error; none a result.
		synchronized (received) {
			for (String message : received) {
				JsonObject json = JsonParser.parseString(message).getAsJsonObject();
				if (json.has("id") && json.get("id").getAsInt() == 9) {
					assertEquals(-32700, json.getAsJsonObject("error").get("code").getAsInt(), message);
				}
			}
		}
		assertEquals(List.of("1", "3"), answeredIds().stream().filter(id -> !id.equals("9")).toList());
	}

	@Test
	void aSecondInitializeIsAnInvalidRequestSaidInFrench() throws Exception {
		connect();
		send(frame(initialize(1)));
		answer(1);
		send(frame(initialize(2)));
		JsonObject error = answer(2).getAsJsonObject("error");
		assertEquals(-32600, error.get("code").getAsInt(), error::toString);
		assertTrue(error.get("message").getAsString().startsWith("Le serveur est déjà initialisé"), error::toString);
	}

	@Test
	void anUnknownMethodIsMethodNotFoundWithoutJavaDetails() throws Exception {
		connect();
		send(frame(initialize(1)));
		answer(1);
		send(frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"referentiel/inconnue\",\"params\":{}}"));
		JsonObject error = answer(2).getAsJsonObject("error");
		assertNotNull(error, "an error");
		assertEquals(-32601, error.get("code").getAsInt(), error::toString);
		assertTrue(error.get("message").getAsString().startsWith("Méthode inconnue du serveur"), error::toString);
		assertFalse(error.has("data"), error::toString);
		assertFalse(answer(2).get("raw").getAsString().contains("at java."), "no stack trace");
	}

	@Test
	void unreadableParametersAreAnErrorWithoutJavaDetails() throws Exception {
		connect();
		send(frame(initialize(1)));
		answer(1);
		send(frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":42,\"position\":\"x\"}}"));
		JsonObject answer = answer(2);
		assertTrue(answer.has("error"), answer::toString);
		assertTrue(answer.getAsJsonObject("error").get("message").getAsString().startsWith("Message illisible"), answer::toString);
		assertFalse(answer.getAsJsonObject("error").has("data"), answer::toString);
		assertFalse(answer.get("raw").getAsString().contains("at java.")
				|| answer.get("raw").getAsString().contains("at org."), "no stack trace: " + answer);
	}

	@Test
	void aFailingRequestIsAnInternalErrorInFrenchWithoutJavaDetails() throws Exception {
		connect();
		send(frame(initialize(1)));
		answer(1);
		// Formatting a document the client never opened: Xtext fails (an exception inside the server).
		send(frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/formatting\",\"params\":{\"textDocument\":"
				+ "{\"uri\":\"" + workspace.resolve("jamais-ouvert.referentiel").toUri() + "\"},\"options\":{\"tabSize\":4,\"insertSpaces\":true}}}"));
		JsonObject answer = answer(2);
		JsonObject error = answer.getAsJsonObject("error");
		assertNotNull(error, answer::toString);
		assertEquals(-32603, error.get("code").getAsInt(), error::toString);
		assertTrue(error.get("message").getAsString().startsWith("Erreur interne du serveur de langage"), error::toString);
		assertFalse(error.has("data"), error::toString);
		assertFalse(answer.get("raw").getAsString().contains("at org."), "no stack trace: " + answer);
	}

	@Test
	void hoverOverAHostileTitleShowsItAsText() throws Exception {
		String hostile = "[x](javascript:alert(1)) <img src=x onerror=alert(1)> **gras** &lt;";
		String text = """
				référentiel R1 "Test" {
				    activité type AT1 "Assister" {
				        numéro 1
				        compétences CP1
				    }
				    compétence CP1 "%s" {
				        numéro 1
				        critères de performance
				            - [lien](javascript:alert(2)) <script>alert(3)</script> _souligné_
				    }
				}
				""".formatted(hostile);
		String uri = workspace.resolve("hostile.referentiel").toUri().toString();
		connect();
		send(frame(initialize(1)));
		answer(1);
		JsonObject open = JsonParser.parseString("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
				+ "{\"textDocument\":{\"languageId\":\"referentiel\",\"version\":1}}}").getAsJsonObject();
		open.getAsJsonObject("params").getAsJsonObject("textDocument").addProperty("uri", uri);
		open.getAsJsonObject("params").getAsJsonObject("textDocument").addProperty("text", text);
		send(frame(open.toString()));
		// On « CP1 » of « compétences CP1 » (line 3 counted from 0).
		send(frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\""
				+ uri + "\"},\"position\":{\"line\":3,\"character\":22}}}"));
		JsonObject answer = answer(2);
		JsonObject contents = answer.getAsJsonObject("result").getAsJsonObject("contents");
		assertEquals("markdown", contents.get("kind").getAsString());
		String shown = contents.get("value").getAsString();
		assertTrue(shown.startsWith("**Compétence CP1 (n° 1)** — "), shown);
		assertFalse(shown.contains("]("), "no live link: " + shown);
		assertFalse(shown.contains("<img") || shown.contains("<script"), "no tag: " + shown);
		assertFalse(shown.contains("**gras**") || shown.contains(" _souligné_"), "no emphasis: " + shown);
		assertTrue(shown.contains("\\[x\\]\\(javascript:alert\\(1\\)\\) &lt;img src=x onerror=alert\\(1\\)&gt; \\*\\*gras\\*\\* &amp;lt;"),
				"the title escaped, every character still there: " + shown);
		assertTrue(shown.contains("&lt;script&gt;alert\\(3\\)&lt;/script&gt; \\_souligné\\_"), shown);
	}
}
