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
	void parametersOfTheWrongTypeAreInvalidParamsSaidInFrenchWithoutJavaDetails() throws Exception {
		// Found by the audit: well-formed JSON whose params lsp4j cannot read was answered -32700 (parse error).
		connect();
		send(frame(initialize(1)));
		answer(1);
		String hover = "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"textDocument/hover\",\"params\":%s}";
		send(frame(hover.formatted(2, "{\"textDocument\":{\"uri\":\"" + workspace.resolve("a.referentiel").toUri()
				+ "\"},\"position\":\"x\"}")));
		send(frame(hover.formatted(3, "[1,2]")));
		JsonObject position = answer(2);
		JsonObject error = position.getAsJsonObject("error");
		assertEquals(-32602, error.get("code").getAsInt(), position::toString);
		assertEquals("Paramètres invalides : la valeur « params.position » n'est pas du type que le protocole LSP prévoit "
				+ "pour cette méthode. Corrigez la requête envoyée par l'éditeur (ou signalez-le à l'auteur de son "
				+ "extension) ; le détail est dans le journal du serveur.", error.get("message").getAsString());
		JsonObject array = answer(3);
		assertEquals(-32602, array.getAsJsonObject("error").get("code").getAsInt(), array::toString);
		assertTrue(array.getAsJsonObject("error").get("message").getAsString().startsWith("Paramètres invalides : "), array::toString);
		for (JsonObject answer : List.of(position, array)) {
			assertFalse(answer.getAsJsonObject("error").has("data"), answer::toString);
			assertFalse(answer.get("raw").getAsString().contains("at java.") || answer.get("raw").getAsString().contains("at org.")
					|| answer.get("raw").getAsString().contains("Exception"), "no Java details: " + answer);
		}
		// JSON that does not parse is still a parse error (aHundredKilobytesOfMalformedJson), and the server goes on.
		send(frame("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/hover\",\"params\":{\"position\":x}}"));
		assertEquals(-32700, answer(4).getAsJsonObject("error").get("code").getAsInt());
		send(frame("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"\"}}"));
		assertFalse(answer(5).has("error"), answer(5)::toString);
	}

	@Test
	void aRenameFollowedByAChangeIsAnsweredAndSoIsEveryLaterRequest() throws Exception {
		// Found by LanguageServerFuzzTest (a session whose initialize was cancelled by the next message): Xtext's
		// rename read the document through a second read request, which waited for the change sent after the
		// rename while the change waited for the rename. Both, and every later request, waited for ever.
		String uri = workspace.resolve("renommer.referentiel").toUri().toString();
		String text = """
				référentiel R1 "Test" {
				    compétence CP1 "Traiter un incident" {
				        numéro 1
				    }
				}
				""";
		connect();
		JsonObject open = JsonParser.parseString("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
				+ "{\"textDocument\":{\"languageId\":\"referentiel\",\"version\":1}}}").getAsJsonObject();
		open.getAsJsonObject("params").getAsJsonObject("textDocument").addProperty("uri", uri);
		open.getAsJsonObject("params").getAsJsonObject("textDocument").addProperty("text", text);
		send(frame(open.toString())
				+ frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/rename\",\"params\":{\"textDocument\":"
						+ "{\"uri\":\"" + uri + "\"},\"position\":{\"line\":1,\"character\":16},\"newName\":\"CP9\"}}")
				+ frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\""
						+ uri + "\",\"version\":2},\"contentChanges\":[{\"text\":\"référentiel R1 \\\"Test\\\" {}\"}]}}")
				+ frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"\"}}"));
		// Without initialize the server has no workspace: errors, but answers, in French or in Xtext's words.
		assertTrue(answer(2).has("result") || answer(2).has("error"), answer(2)::toString);
		assertTrue(answer(3).has("result") || answer(3).has("error"), answer(3)::toString);
		assertFalse(answer(2).get("raw").getAsString().contains("at org."), answer(2)::toString);
	}

	@Test
	void aHoverPastTheEndOfALineIsAnsweredAndTheLogHoldsNothingOfTheDocument() throws Exception {
		// Found by the audit: Xtext refused the position with an exception holding the whole text, which went to the log.
		String text = """
				référentiel R1 "Test" {
				    activité type AT1 "Assister" {
				        numéro 1
				        compétences CP1
				    }
				    compétence CP1 "Traiter un incident" {
				        numéro 1
				        critères de performance
				            - Texte confidentiel du critère.
				    }
				}
				""";
		String uri = workspace.resolve("confidentiel.referentiel").toUri().toString();
		java.io.PrintStream realErr = System.err;
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		System.setErr(new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
		JsonObject pastTheLine;
		JsonObject pastTheText;
		try {
			connect();
			send(frame(initialize(1)));
			answer(1);
			JsonObject open = JsonParser.parseString("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
					+ "{\"textDocument\":{\"languageId\":\"referentiel\",\"version\":1}}}").getAsJsonObject();
			open.getAsJsonObject("params").getAsJsonObject("textDocument").addProperty("uri", uri);
			open.getAsJsonObject("params").getAsJsonObject("textDocument").addProperty("text", text);
			send(frame(open.toString()));
			String hover = "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":"
					+ "{\"uri\":\"" + uri + "\"},\"position\":{\"line\":%d,\"character\":%d}}}";
			// « compétences CP1 » (line 3 from 0) is 23 characters long: 500 is past its end.
			send(frame(hover.formatted(2, 3, 500)));
			send(frame(hover.formatted(3, 300, 0)));
			pastTheLine = answer(2);
			pastTheText = answer(3);
		} finally {
			System.setErr(realErr);
		}
		// As LSP says, a character past the end of its line is the end of the line: after « CP1 », where nothing is to show.
		assertTrue(pastTheLine.has("result") && pastTheLine.get("result").isJsonNull(), "no error: " + pastTheLine);
		assertTrue(pastTheText.has("result") && pastTheText.get("result").isJsonNull(), "no such line: nothing to show, no error: "
				+ pastTheText);
		String logged = log.toString(StandardCharsets.UTF_8);
		assertFalse(logged.contains("Texte confidentiel") || logged.contains("référentiel R1"), "nothing of the document logged: " + logged);
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
