/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import fr.referentiel.studio.dsl.ide.server.WellFramedInput;

/**
 * The framing in front of lsp4j ({@link WellFramedInput}), on bytes: well-framed messages pass,
 * every broken one is dropped with one line on the log, and the next message is found at its header.
 */
class WellFramedInputTest {

	static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}";
	static final String BAD = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{\"a\":[1,2,3]}}}";

	private final List<String> log = new ArrayList<>();

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String frame(String body) {
		return "Content-Length: " + bytes(body).length + "\r\n\r\n" + body;
	}

	/** The bodies that come out of the framing for {@code input}, checked well framed. */
	private List<String> bodies(String input) throws IOException {
		return bodies(new ByteArrayInputStream(bytes(input)));
	}

	/** The bodies handed on, but for the requests made up to answer dropped ones ({@link #answers}). */
	private List<String> bodies(InputStream raw) throws IOException {
		return handedOn(raw).stream().filter(b -> !b.contains(WellFramedInput.UNREADABLE_METHOD)).toList();
	}

	private List<String> handedOn(InputStream raw) throws IOException {
		try (WellFramedInput framed = new WellFramedInput(raw, log::add)) {
			return requireWellFramed(framed.readAllBytes());
		}
	}

	@org.junit.jupiter.api.Test
	void aDroppedRequestWhoseIdIsNoJsonGetsNoMadeUpRequest() throws IOException {
		// Found by the fuzzer: « "id":-07 » was echoed into a request that was not JSON.
		String bad = "{\"jsonrpc\":\"2.0\",\"id\":-07,\"method\":\"x\",\"params\":{\"a\":[1,2,3]}}";
		assertEquals(List.of(INITIALIZE), handedOn(new ByteArrayInputStream(bytes("Content-Length: " + (bytes(bad).length - 20)
				+ "\r\n\r\n" + bad + frame(INITIALIZE)))));
	}

	@org.junit.jupiter.api.Test
	void anIdInsideTheParamsOrOfAnAnswerIsNoRequestToAnswer() throws IOException {
		// Found by the hostile-input audit: « "id":77 » in a notification's params was answered, failing the client's request 77.
		String notification = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"id\":77,\"t\":\"\\\"id\\\":78\",\"a\":[1,2,3]}}";
		String answer = "{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":{\"a\":[1,2,3]}}";
		for (String bad : List.of(notification, answer)) {
			assertEquals(List.of(INITIALIZE), handedOn(new ByteArrayInputStream(bytes("Content-Length: " + (bytes(bad).length - 6)
					+ "\r\n\r\n" + bad + frame(INITIALIZE)))), bad);
		}
	}

	@org.junit.jupiter.api.Test
	void aDroppedRequestWhoseIdCanBeReadIsAnsweredThroughAMadeUpRequest() throws IOException {
		// Its body cut short by 40 bytes: the id is there, the JSON is not whole.
		List<String> handed = handedOn(new ByteArrayInputStream(bytes("Content-Length: " + (bytes(BAD).length - 40)
				+ "\r\n\r\n" + BAD + frame(INITIALIZE))));
		assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + WellFramedInput.UNREADABLE_METHOD
				+ "\",\"params\":{\"raison\":\"JSON mal formé ou tronqué\"}}", INITIALIZE), handed);
	}

	/**
	 * The bodies of {@code out}, which must be nothing but frames {@code Content-Length: n\r\n\r\n}
	 * each followed by n bytes of one JSON object (strict JSON in UTF-8, as RFC 8259 writes it).
	 */
	static List<String> requireWellFramed(byte[] out) throws IOException {
		List<String> bodies = new ArrayList<>();
		String text = new String(out, StandardCharsets.ISO_8859_1); // one char per byte: offsets are byte offsets
		int p = 0;
		while (p < out.length) {
			assertTrue(text.startsWith("Content-Length: ", p), () -> "a frame begins with its header: " + text);
			int blank = text.indexOf("\r\n\r\n", p);
			assertTrue(blank > 0, "the header ends with a blank line");
			String digits = text.substring(p + "Content-Length: ".length(), blank);
			assertTrue(digits.matches("[1-9][0-9]*"), () -> "a length: " + digits);
			int length = Integer.parseInt(digits);
			p = blank + 4;
			assertTrue(p + length <= out.length, "the body is as long as its header says");
			JsonReader reader = new JsonReader(new InputStreamReader(new ByteArrayInputStream(out, p, length),
					StandardCharsets.UTF_8.newDecoder())); // strict: malformed UTF-8 fails
			reader.setStrictness(Strictness.STRICT);
			JsonElement body = new Gson().getAdapter(JsonElement.class).read(reader);
			assertTrue(body.isJsonObject(), "the body is a JSON object");
			assertEquals(JsonToken.END_DOCUMENT, reader.peek(), "nothing after the object");
			bodies.add(new String(out, p, length, StandardCharsets.UTF_8));
			p += length;
		}
		return bodies;
	}

	/** The bytes one at a time, as a slow pipe gives them. */
	static InputStream byteByByte(byte[] bytes) {
		return new InputStream() {
			private final ByteArrayInputStream sent = new ByteArrayInputStream(bytes);

			@Override
			public int read() {
				return sent.read();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				return len == 0 ? 0 : sent.read(b, off, 1);
			}
		};
	}

	private void assertOneLogLine(String reason) {
		assertEquals(1, log.size(), log::toString);
		assertTrue(log.get(0).startsWith("referentiel lsp : message ignoré (" + reason), log::toString);
	}

	@Test
	void wellFramedMessagesPassAsTheyAre() throws IOException {
		String input = frame(BAD) + frame(INITIALIZE);
		try (WellFramedInput framed = new WellFramedInput(new ByteArrayInputStream(bytes(input)), log::add)) {
			assertArrayEquals(bytes(input), framed.readAllBytes());
			assertEquals(-1, framed.read(), "the end of the input is the end of the stream, for good");
		}
		assertEquals(List.of(), log);
	}

	@Test
	void otherHeadersAnyCaseAndBareLineFeedsAreAccepted() throws IOException {
		String input = "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length:" + bytes(BAD).length
				+ "\r\nX-Autre: oui\r\n\r\n" + BAD + "CONTENT-LENGTH: " + bytes(INITIALIZE).length + " \n\n" + INITIALIZE;
		assertEquals(List.of(BAD, INITIALIZE), bodies(input));
		assertEquals(List.of(), log);
	}

	@Test
	void aMessageWithoutContentLengthIsDropped() throws IOException {
		assertEquals(List.of(INITIALIZE), bodies("Content-Type: application/json\r\n\r\n" + BAD + frame(INITIALIZE)));
		assertOneLogLine("données sans en-tête Content-Length");
	}

	@Test
	void aNonNumericContentLengthIsDropped() throws IOException {
		assertEquals(List.of(INITIALIZE), bodies("Content-Length: douze\r\n\r\n" + BAD + frame(INITIALIZE)));
		assertOneLogLine("en-tête Content-Length invalide : « douze »");
	}

	@Test
	void aNegativeOrHugeContentLengthIsDropped() throws IOException {
		assertEquals(List.of(INITIALIZE), bodies("Content-Length: -5\r\n\r\n" + BAD + frame(INITIALIZE)));
		assertOneLogLine("en-tête Content-Length invalide");
		log.clear();
		assertEquals(List.of(INITIALIZE), bodies("Content-Length: 99999999999\r\n\r\n" + BAD + frame(INITIALIZE)));
		assertOneLogLine("Content-Length de 99999999999 octets, au-delà de 64 Mo");
	}

	@Test
	void aBodyShorterThanItsContentLengthIsDroppedAndTheNextMessageRead() throws IOException {
		String input = "Content-Length: " + (bytes(BAD).length + 10) + "\r\n\r\n" + BAD + frame(INITIALIZE);
		assertEquals(List.of(INITIALIZE), bodies(input));
		assertOneLogLine("corps plus court que son Content-Length");
		assertTrue(log.get(0).endsWith(", id 1)"), "the id of the dropped request, when it shows: " + log);
	}

	@Test
	void aBodyLongerThanItsContentLengthIsDroppedAndItsRestSkipped() throws IOException {
		String input = "Content-Length: " + (bytes(BAD).length - 40) + "\r\n\r\n" + BAD + frame(INITIALIZE);
		assertEquals(List.of(INITIALIZE), bodies(input));
		assertOneLogLine("JSON mal formé ou tronqué");
	}

	@Test
	void aBodyFarShorterThanDeclaredDoesNotWaitForBytesThatWillNotCome() throws IOException {
		// What the client sends, then nothing: an editor waiting for the answer to its initialize.
		String input = "Content-Length: 1000000\r\n\r\n" + BAD + frame(INITIALIZE);
		InputStream thenNothing = new InputStream() {
			private final InputStream sent = new ByteArrayInputStream(bytes(input));

			@Override
			public int read() throws IOException {
				int b = sent.read();
				if (b < 0) {
					throw new IOException("read past what the client sent: the server would be waiting");
				}
				return b;
			}
		};
		WellFramedInput framed = new WellFramedInput(thenNothing, log::add);
		// First the made-up request that gets id 1 its error answer, then the initialize.
		byte[] expected = bytes(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + WellFramedInput.UNREADABLE_METHOD
				+ "\",\"params\":{\"raison\":\"corps plus court que son Content-Length : le message suivant commence avant sa fin\"}}")
				+ frame(INITIALIZE));
		assertArrayEquals(expected, framed.readNBytes(expected.length));
		assertOneLogLine("corps plus court que son Content-Length");
	}

	@Test
	void malformedJsonIsDropped() throws IOException {
		String large = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\",\"params\":{\"t\":\"" + "a".repeat(100_000) + "}";
		assertEquals(List.of(INITIALIZE), bodies(frame(large) + frame("{'lenient':true}") + frame(INITIALIZE)));
		assertEquals(2, log.size(), log::toString);
		assertTrue(log.stream().allMatch(line -> line.startsWith("referentiel lsp : message ignoré (JSON mal formé")), log::toString);
	}

	@Test
	void jsonNestedTooDeepIsDroppedBeforeBeingParsed() throws IOException {
		String deep = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\",\"params\":" + "[".repeat(300) + "]".repeat(300) + "}";
		String deepest = "{\"a\":" + "[".repeat(63) + "]".repeat(63) + "}";
		assertEquals(List.of(deepest, INITIALIZE), bodies(frame(deep) + frame(deepest) + frame(INITIALIZE)));
		assertOneLogLine("JSON imbriqué sur plus de 64 niveaux");
	}

	/** Fuzzer finding crash-8b61bf01: bytes that are not UTF-8 in a body once passed, replaced. */
	@Test
	void aBodyThatIsNotUtf8IsDropped() throws IOException {
		byte[] notUtf8 = bytes(frame("{\"a\":\"xy\"}") + frame(INITIALIZE));
		notUtf8[notUtf8.length - bytes(frame(INITIALIZE)).length - 4] = (byte) 0xff;
		assertEquals(List.of(INITIALIZE), bodies(new ByteArrayInputStream(notUtf8)));
		assertOneLogLine("corps qui n'est pas en UTF-8");
	}

	@Test
	void aBodyThatIsNotOneObjectIsDropped() throws IOException {
		assertEquals(List.of(INITIALIZE), bodies(frame("[1]") + frame("{} {}") + frame(" ") + frame(INITIALIZE)));
		assertEquals(3, log.size(), log::toString);
	}

	@Test
	void headersWithoutBlankLineOrTooLongAreDropped() throws IOException {
		assertEquals(List.of(INITIALIZE), bodies("Content-Length: " + bytes(BAD).length + "\r\n" + BAD + frame(INITIALIZE)));
		assertOneLogLine("en-têtes mal formés");
		log.clear();
		assertEquals(List.of(INITIALIZE), bodies("Content-Length: 10\r\nX: " + "y".repeat(10_000) + "\r\n\r\n" + frame(INITIALIZE)));
		assertOneLogLine("en-têtes de plus de 8 Ko");
	}

	@Test
	void junkAndATruncatedMessageAtTheEndEndTheStream() throws IOException {
		assertEquals(List.of(INITIALIZE), bodies("\r\n  \r\n" + frame(INITIALIZE) + "bruit"));
		assertOneLogLine("données sans en-tête Content-Length");
		log.clear();
		String input = frame(INITIALIZE) + frame(BAD);
		assertEquals(List.of(INITIALIZE), bodies(input.substring(0, input.length() - 5)));
		assertOneLogLine("message incomplet à la fin de l'entrée");
	}

	@Test
	void theSameFramesWhateverTheRawInputGivesAtATime() throws IOException {
		String input = "bruit" + frame(BAD) + "Content-Length: " + (bytes(BAD).length + 10) + "\r\n\r\n" + BAD
				+ frame("{\"é\":\"\\u00e9 ü\"}") + "Content-Length: 7\r\n\r\n" + BAD + frame(INITIALIZE);
		List<String> whole = bodies(input);
		List<String> wholeLog = List.copyOf(log);
		log.clear();
		assertEquals(whole, bodies(byteByByte(bytes(input))));
		assertEquals(wholeLog, log);
		assertEquals(List.of(BAD, "{\"é\":\"\\u00e9 ü\"}", INITIALIZE), whole);
	}

	@Test
	void aDroppedMessageIsOneLineOnTheLogWhateverItLooksLikeInside() throws IOException {
		String input = "Content-Length: 3\r\n\r\nabc" + frame(INITIALIZE)
				+ "Content-Length: x\r\n\r\n{\"a\":\"Content-Length: 1 content-length:\"}\n\n" + frame(INITIALIZE);
		assertEquals(List.of(INITIALIZE, INITIALIZE), bodies(input));
		assertEquals(2, log.size(), log::toString);
		assertTrue(log.stream().noneMatch(line -> line.contains("\n")), log::toString);
	}
}
