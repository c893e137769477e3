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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import fr.referentiel.studio.dsl.ide.server.WellFramedInput;

/**
 * Any bytes sent to the language server go through its framing ({@link WellFramedInput}) and come
 * out as well-framed JSON objects only, each taken from the input as it was, the same whether the
 * input comes whole or byte by byte; the stream ends when the input does, with nothing thrown, and
 * each dropped message is one line of the log.
 *
 * <p>Seeds: the small files of src/test/resources/…/WellFramedInputFuzzTestInputs/; the words of
 * the framing in framing.dict. As {@link ExportPipelineFuzzTest}: replayed in the default test
 * run, explored by the Maven execution « fuzz-framing »; a crash found there, minimised, becomes a
 * named test in {@link WellFramedInputTest}.
 */
class WellFramedInputFuzzTest {

	@FuzzTest(maxDuration = "15s")
	@DictionaryFile(resourcePath = "framing.dict")
	void anyBytesComeOutAsWellFramedMessagesOnly(byte[] bytes) throws IOException {
		List<String> log = new ArrayList<>();
		byte[] out;
		try (WellFramedInput framed = new WellFramedInput(new ByteArrayInputStream(bytes), log::add)) {
			out = framed.readAllBytes();
			assertEquals(-1, framed.read(), "ended for good");
		}
		String input = new String(bytes, StandardCharsets.ISO_8859_1);
		for (String body : WellFramedInputTest.requireWellFramed(out)) {
			String asRead = new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
			// Or the request made up to answer a dropped one with an error, for its id.
			assertTrue(input.contains(asRead) || body.contains("\"method\":\"" + WellFramedInput.UNREADABLE_METHOD + "\""),
					"a body is taken from the input, not made up");
		}
		for (String line : log) {
			assertTrue(line.startsWith("referentiel lsp : message ignoré (") && line.endsWith(")") && !line.contains("\n"),
					() -> "one line per dropped message: " + line);
		}
		List<String> slowLog = new ArrayList<>();
		try (WellFramedInput slow = new WellFramedInput(WellFramedInputTest.byteByByte(bytes), slowLog::add)) {
			assertArrayEquals(out, slow.readAllBytes(), "the same frames, the input byte by byte");
		}
		assertEquals(log, slowLog, "the same log, the input byte by byte");
	}
}
