/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ide.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;

/**
 * The client's input as lsp4j should see it: well-framed messages only. lsp4j's own reader trusts
 * the framing, so one wrong {@code Content-Length} (or a body it cannot read) leaves it reading the
 * following messages out of step for ever: the server alive, but deaf. This stream reads the raw
 * frames itself and hands on, re-framed as {@code Content-Length: n\r\n\r\n<body>}, those whose body
 * is one JSON object; it drops the others with one line on the log, and finds the next message at
 * its header.
 *
 * <p>A header is looked for anywhere ({@code Content-Length:} in any case, after any junk); its
 * header lines end at the blank line; the body is the declared number of bytes. When a body turns
 * out not to be JSON, the next message is looked for inside it: a body shorter than declared has
 * swallowed the header of the next message. A header line followed by its line end cannot be inside
 * a JSON text (raw line ends are not allowed in a JSON string), so while a body is read such a line
 * means at once that the body was shorter than declared: the next message is not waited for in vain.
 * Headers and bodies are bounded, so that a hostile stream cannot take all the memory.
 *
 * <p>The body must be UTF-8, the only encoding LSP allows; other headers are ignored. The end of
 * the raw input is the end of this stream. Read by one thread (lsp4j's reader), as any stream.
 */
public final class WellFramedInput extends InputStream {

	/** The largest body passed on; a whole file is rarely a few megabytes. */
	static final int MAX_BODY = 64 * 1024 * 1024;
	/** The largest header (all its lines); LSP clients send one or two short lines. */
	static final int MAX_HEADER = 8 * 1024;
	/** The deepest nesting of arrays and objects in a body; LSP messages go a dozen levels deep. */
	static final int MAX_DEPTH = 64;

	/** Room for a whole frame (kept from its header on while it is read) and some read ahead. */
	private static final int CAPACITY = MAX_HEADER + MAX_BODY + 65536;
	private static final byte[] NAME = "content-length:".getBytes(StandardCharsets.US_ASCII);
	/** Blanks and digits in a header's value: beyond, it is not a header written by a client. */
	private static final int MAX_BLANKS = 16;
	private static final int MAX_DIGITS = 18;
	/** Strict: what lsp4j's lenient parser accepts beyond JSON is no message from a client. */
	private static final Gson STRICT = new GsonBuilder().setStrictness(Strictness.STRICT).create();
	private static final Pattern ID_VALUE = Pattern.compile("\\s*(-?\\d{1,15}|\"[^\"\\\\\\p{Cntrl}]{0,40}\")");

	private final InputStream raw;
	private final Consumer<String> log;

	/** The raw bytes read: {@code buf[start, end)} not consumed yet; {@code base} is the stream position of {@code buf[0]}. */
	private byte[] buf = new byte[8192];
	private int start;
	private int end;
	private long base;
	private boolean rawEnded;
	private boolean ended;

	/** The frame being handed on: its header, then its body, still in {@code buf}. */
	private byte[] header = new byte[0];
	private int headerPos;
	private int bodyPos;
	private int bodyEnd;

	/**
	 * The method of the request made up for a dropped request whose id could be read: the server
	 * answers it with an error (-32700) for that id, so the client does not wait for it forever.
	 */
	public static final String UNREADABLE_METHOD = "$/referentiel/messageIllisible";

	/** The id of the last dropped message, when one could be read; its made-up request, once dropped. */
	private String droppedId;
	private byte[] answer;

	/** Up to there the bytes belong to a message already reported dropped: not reported again. */
	private long quietUntil;
	/**
	 * After a dropped message, until a whole header line: what follows is the rest of it, junk and
	 * text that only looks like a header included.
	 */
	private boolean afterDrop;

	/** Over {@code raw}, dropped messages reported on standard error. */
	public WellFramedInput(InputStream raw) {
		this(raw, System.err::println);
	}

	/** Over {@code raw}, each dropped message reported as one line to {@code log}. */
	public WellFramedInput(InputStream raw, Consumer<String> log) {
		this.raw = raw;
		this.log = log;
	}

	@Override
	public int read() throws IOException {
		if (!ready()) {
			return -1;
		}
		return headerPos < header.length ? header[headerPos++] & 0xff : buf[bodyPos++] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		Objects.checkFromIndexSize(off, len, b.length);
		if (len == 0) {
			return 0;
		}
		if (!ready()) {
			return -1;
		}
		int n = 0;
		if (headerPos < header.length) {
			n = Math.min(len, header.length - headerPos);
			System.arraycopy(header, headerPos, b, off, n);
			headerPos += n;
		}
		int fromBody = Math.min(len - n, bodyEnd - bodyPos);
		System.arraycopy(buf, bodyPos, b, off + n, fromBody);
		bodyPos += fromBody;
		return n + fromBody;
	}

	@Override
	public int available() {
		return header.length - headerPos + bodyEnd - bodyPos;
	}

	@Override
	public void close() throws IOException {
		raw.close();
	}

	/** Whether some of a frame is there to hand on, reading the next one if need be. */
	private boolean ready() throws IOException {
		if (headerPos < header.length || bodyPos < bodyEnd) {
			return true;
		}
		if (!ended) {
			while (answer == null && skipToHeader()) {
				if (readFrame()) {
					return true;
				}
			}
			if (answer != null) {
				header = answer;
				headerPos = 0;
				bodyPos = 0;
				bodyEnd = 0;
				answer = null;
				return true;
			}
			ended = true;
		}
		return false;
	}

	// Raw bytes, by stream position.

	private long position(int index) {
		return base + index;
	}

	private int index(long position) {
		return (int) (position - base);
	}

	private byte at(long position) {
		return buf[index(position)];
	}

	/** Whether the byte at {@code position} is there, reading more if need be. */
	private boolean has(long position) throws IOException {
		while (position(end) <= position) {
			if (!fill()) {
				return false;
			}
		}
		return true;
	}

	/** Reads more raw bytes; false at the end of the input. Only {@code buf[start, end)} is kept. */
	private boolean fill() throws IOException {
		if (rawEnded) {
			return false;
		}
		if (end == buf.length) {
			int kept = end - start;
			byte[] target = buf;
			if (kept > buf.length / 2 && buf.length < CAPACITY) {
				target = new byte[Math.min(buf.length * 2, CAPACITY)];
			} else if (buf.length > 1 << 20 && kept < buf.length / 8) {
				target = new byte[Math.max(8192, Integer.highestOneBit(kept) * 4)]; // a large message has gone
			}
			System.arraycopy(buf, start, target, 0, kept);
			base += start;
			end = kept;
			start = 0;
			buf = target;
		}
		int n = raw.read(buf, end, buf.length - end);
		if (n < 0) {
			rawEnded = true;
			return false;
		}
		end += n;
		return true;
	}

	// Frames.

	/**
	 * Skips to the next {@code Content-Length:}; false at the end of the input. What is skipped is
	 * reported unless it is blank, header lines (other headers before Content-Length), or the rest
	 * of a message just dropped.
	 */
	private boolean skipToHeader() throws IOException {
		line = LINE_START;
		junk = false;
		long p = position(start);
		while (true) {
			int match = nameAt(p);
			if (match > 0) {
				break;
			}
			if (match < 0) {
				for (; p < position(end); p++) {
					skipped(at(p));
				}
				junk |= line == NAME_CHARS;
				start = end;
				report(junk && !afterDrop, "données sans en-tête Content-Length");
				return false;
			}
			skipped(at(p));
			start = index(++p);
		}
		junk |= line == NAME_CHARS; // « xContent-Length: »
		report(junk && !afterDrop, "données sans en-tête Content-Length");
		return true;
	}

	/** 1 if {@code Content-Length:} (any case) is at {@code p}, 0 if not, -1 if the input ends first. */
	private int nameAt(long p) throws IOException {
		for (int k = 0; k < NAME.length; k++) {
			if (!has(p + k)) {
				return -1;
			}
			if (lower(at(p + k)) != NAME[k]) {
				return 0;
			}
		}
		return 1;
	}

	// What a skipped line is so far: blank, a header name, a header's value, or junk.
	private static final int LINE_START = 0;
	private static final int NAME_CHARS = 1;
	private static final int HEADER_VALUE = 2;
	private static final int JUNK = 3;
	private int line;
	private boolean junk;

	private void skipped(byte b) {
		if (b == '\n') {
			junk |= line == NAME_CHARS;
			line = LINE_START;
			return;
		}
		line = switch (line) {
			case LINE_START -> isBlank(b) || b == '\r' ? LINE_START : isTokenChar(b) ? NAME_CHARS : JUNK;
			case NAME_CHARS -> isTokenChar(b) ? NAME_CHARS : b == ':' ? HEADER_VALUE : JUNK;
			default -> line;
		};
		junk |= line == JUNK;
	}

	/**
	 * Reads the frame whose header starts at {@code start}: true if it is handed on, false if it is
	 * dropped, {@code start} then where to look for the next header.
	 */
	private boolean readFrame() throws IOException {
		long headerStart = position(start);
		long p = headerStart + NAME.length;
		// The value: digits between blanks, up to the line end. Checked byte by byte, so that text
		// that only looks like a header is left at once.
		int blanks = 0;
		while (has(p) && isBlank(at(p)) && blanks++ < MAX_BLANKS) {
			p++;
		}
		long length = 0;
		int digits = 0;
		while (has(p) && at(p) >= '0' && at(p) <= '9' && digits < MAX_DIGITS) {
			length = length * 10 + at(p++) - '0';
			digits++;
		}
		blanks = 0;
		while (has(p) && isBlank(at(p)) && blanks++ < MAX_BLANKS) {
			p++;
		}
		if (has(p) && at(p) == '\r') {
			p++;
		}
		if (!has(p)) {
			return endedInMessage(headerStart);
		}
		if (digits == 0 || at(p) != '\n') {
			if (afterDrop) {
				return drop(headerStart, headerStart + 1, p, null); // words of the dropped message
			}
			return drop(headerStart, headerStart + 1, p, headerStart < quietUntil ? null
					: "en-tête Content-Length invalide : « " + shown(headerStart + NAME.length) + " »");
		}
		if (headerStart >= quietUntil) {
			afterDrop = false; // a message of its own
		}
		if (length > MAX_BODY) {
			return drop(headerStart, headerStart + 1, p, "Content-Length de " + length + " octets, au-delà de " + (MAX_BODY >> 20) + " Mo");
		}
		p++;
		// Other header lines (name: value), up to the blank line.
		while (true) {
			long line = p;
			if (!has(p)) {
				return endedInMessage(headerStart);
			}
			if (at(p) == '\r' && has(p + 1) && at(p + 1) == '\n') {
				p += 2;
				break;
			} else if (at(p) == '\n') {
				p++;
				break;
			}
			while (has(p) && isTokenChar(at(p)) && p - headerStart < MAX_HEADER) {
				p++;
			}
			if (!has(p)) {
				return endedInMessage(headerStart);
			}
			if (p - headerStart >= MAX_HEADER) {
				return drop(headerStart, headerStart + 1, p, "en-têtes de plus de " + (MAX_HEADER >> 10) + " Ko");
			}
			if (p == line || at(p) != ':' || nameAt(line) > 0) {
				// Not a header line, or a second Content-Length: the body or the next message, the blank line missing.
				return drop(headerStart, line, line, "en-têtes mal formés ou sans ligne vide avant le corps");
			}
			while (has(p) && at(p) != '\n' && p - headerStart < MAX_HEADER) {
				p++;
			}
			if (!has(p)) {
				return endedInMessage(headerStart);
			}
			if (p - headerStart >= MAX_HEADER) {
				return drop(headerStart, headerStart + 1, p, "en-têtes de plus de " + (MAX_HEADER >> 10) + " Ko");
			}
			p++;
		}
		// The body, as long as no header shows that the next message has begun inside it.
		long bodyStart = p;
		long bodyStop = bodyStart + length;
		long scanned = bodyStart;
		while (true) {
			long next = headerLineIn(scanned, Math.min(position(end), bodyStop));
			if (next >= 0) {
				readId(bodyStart, (int) (next - bodyStart));
				return drop(headerStart, next, next, "corps plus court que son Content-Length : le message suivant commence avant sa fin");
			}
			scanned = -next - 1;
			if (position(end) >= bodyStop) {
				break;
			}
			if (!fill()) {
				return endedInMessage(headerStart);
			}
		}
		String notJson = whyNotJson(bodyStart, (int) length);
		if (notJson != null) {
			// Is a header at the end of the body, cut by its end? A few bytes more tell (the same
			// answer however the input comes, whole or byte by byte).
			long next = headerLineIn(scanned, bodyStop);
			while (next < 0 && -next - 1 < bodyStop && fill()) {
				next = headerLineIn(-next - 1, bodyStop);
			}
			if (next >= 0) {
				readId(bodyStart, (int) (next - bodyStart));
				return drop(headerStart, next, next, "corps plus court que son Content-Length : le message suivant commence avant sa fin");
			}
			readId(bodyStart, (int) length);
			return drop(headerStart, bodyStart, bodyStop, notJson);
		}
		header = ("Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		headerPos = 0;
		bodyPos = index(bodyStart);
		bodyEnd = index(bodyStop);
		start = bodyEnd;
		quietUntil = bodyStop;
		afterDrop = false;
		return true;
	}

	/**
	 * The position of the first whole header line ({@code Content-Length: n} and its line end)
	 * starting in {@code [from, to)}, with the bytes read so far; if none, {@code -1 - p} where
	 * {@code p} is where to look again once more bytes are read.
	 */
	private long headerLineIn(long from, long to) {
		long limit = position(end);
		for (long p = from; p < to; p++) {
			int found = headerLineAt(p, limit);
			if (found > 0) {
				return p;
			}
			if (found < 0) {
				return -1 - p;
			}
		}
		return -1 - to;
	}

	/** 1 if a header line is at {@code p}, 0 if not, -1 if the bytes before {@code limit} cannot tell. */
	private int headerLineAt(long p, long limit) {
		long q = p;
		for (int k = 0; k < NAME.length; k++, q++) {
			if (q >= limit) {
				return -1;
			}
			if (lower(at(q)) != NAME[k]) {
				return 0;
			}
		}
		int blanks = 0;
		for (; q < limit && isBlank(at(q)); q++) {
			if (++blanks > MAX_BLANKS) {
				return 0;
			}
		}
		int digits = 0;
		for (; q < limit && at(q) >= '0' && at(q) <= '9'; q++) {
			if (++digits > MAX_DIGITS) {
				return 0;
			}
		}
		if (q < limit && digits == 0) {
			return 0;
		}
		blanks = 0;
		for (; q < limit && isBlank(at(q)); q++) {
			if (++blanks > MAX_BLANKS) {
				return 0;
			}
		}
		if (q < limit && at(q) == '\r') {
			q++;
		}
		if (q >= limit) {
			return -1;
		}
		return at(q) == '\n' ? 1 : 0;
	}

	/** Null if the body is one JSON object nested at most {@link #MAX_DEPTH} deep, else why not. */
	private String whyNotJson(long from, int length) {
		int first = index(from);
		// The nesting first, by a scan that skips strings: a parser goes as deep as the text does.
		int depth = 0;
		boolean inString = false;
		for (int i = first; i < first + length; i++) {
			byte b = buf[i];
			if (inString) {
				if (b == '\\') {
					i++;
				} else if (b == '"') {
					inString = false;
				}
			} else if (b == '"') {
				inString = true;
			} else if (b == '{' || b == '[') {
				if (++depth > MAX_DEPTH) {
					return "JSON imbriqué sur plus de " + MAX_DEPTH + " niveaux";
				}
			} else if ((b == '}' || b == ']') && --depth < 0) {
				return "JSON mal formé ou tronqué";
			}
		}
		try {
			// UTF-8 as JSON requires it: a decoder that reports bad bytes instead of replacing them.
			JsonElement body = STRICT.fromJson(new InputStreamReader(new ByteArrayInputStream(buf, first, length),
					StandardCharsets.UTF_8.newDecoder()), JsonElement.class);
			return body != null && body.isJsonObject() ? null : "corps qui n'est pas un objet JSON";
		} catch (RuntimeException e) { // JsonSyntaxException, JsonIOException
			return e.getCause() instanceof CharacterCodingException ? "corps qui n'est pas en UTF-8" : "JSON mal formé ou tronqué";
		}
	}

	/** The id of the message about to be dropped, when it can be seen near its beginning: for the log and the answer. */
	private void readId(long from, int length) {
		droppedId = requestId(new String(buf, index(from), Math.min(length, 4096), StandardCharsets.UTF_8));
	}

	/**
	 * The {@code "id"} of a request: a key of the outermost object only (not one inside its params or
	 * a string), and only when that object also has a {@code "method"}: the id of a client's answer,
	 * or one nested in the params, is no request of the client's, and answering it would fail another.
	 */
	static String requestId(String text) {
		int depth = 0;
		String id = null;
		boolean method = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '{' || c == '[') {
				depth++;
			} else if (c == '}' || c == ']') {
				depth--;
			} else if (c == '"') {
				int end = endOfString(text, i);
				if (end < 0) {
					break;
				}
				int after = end + 1;
				while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
					after++;
				}
				boolean key = depth == 1 && after < text.length() && text.charAt(after) == ':';
				if (key && text.startsWith("\"id\"", i) && end == i + 3) {
					Matcher value = ID_VALUE.matcher(text).region(after + 1, text.length());
					id = value.lookingAt() ? value.group(1) : null;
				} else if (key && text.startsWith("\"method\"", i) && end == i + 7) {
					method = true;
				}
				i = end;
			}
		}
		return method ? id : null;
	}

	/** The index of the quote that closes the string opened at {@code open}, or -1. */
	private static int endOfString(String text, int open) {
		for (int i = open + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '"') {
				return i;
			}
		}
		return -1;
	}

	/** Drops the message whose header is at {@code headerStart}, its bytes up to {@code extent}; the next header is looked for from {@code resume}. */
	private boolean drop(long headerStart, long resume, long extent, String reason) {
		report(headerStart >= quietUntil, reason == null || droppedId == null ? reason : reason + ", id " + droppedId);
		if (droppedId != null && reason != null && isJsonId(droppedId)) {
			String body = "{\"jsonrpc\":\"2.0\",\"id\":" + droppedId + ",\"method\":\"" + UNREADABLE_METHOD
					+ "\",\"params\":{\"raison\":" + new com.google.gson.JsonPrimitive(reason) + "}}";
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			answer = ("Content-Length: " + bytes.length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
		}
		droppedId = null;
		quietUntil = Math.max(quietUntil, extent);
		afterDrop = true;
		start = index(resume);
		return false;
	}

	/** Whether the id read is one JSON number or string as written (« -07 » is neither): it is echoed as it is. */
	private static boolean isJsonId(String token) {
		try {
			JsonElement id = STRICT.fromJson(token, JsonElement.class);
			return id != null && id.isJsonPrimitive() && !id.getAsJsonPrimitive().isBoolean();
		} catch (RuntimeException e) {
			return false;
		}
	}

	private boolean endedInMessage(long headerStart) {
		report(headerStart >= quietUntil && !afterDrop, "message incomplet à la fin de l'entrée");
		start = end;
		return false;
	}

	private void report(boolean reported, String reason) {
		if (reported && reason != null) {
			log.accept("referentiel lsp : message ignoré (" + reason + ")");
		}
	}

	/**
	 * The start of a header's value, for the log: printable, and short. Read up to its line end or
	 * 40 bytes (the same words however the input comes): what follows is the next message, or nothing
	 * that needs an answer.
	 */
	private String shown(long from) throws IOException {
		StringBuilder value = new StringBuilder();
		for (long p = from; has(p) && at(p) != '\r' && at(p) != '\n'; p++) {
			if (value.length() == 40) {
				return value.toString().strip() + "…";
			}
			byte b = at(p);
			value.append(b >= 0x20 && b < 0x7f ? (char) b : '?');
		}
		return value.toString().strip();
	}

	private static byte lower(byte b) {
		return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
	}

	private static boolean isBlank(byte b) {
		return b == ' ' || b == '\t';
	}

	/** A character of a header name (RFC 7230 token). */
	private static boolean isTokenChar(byte b) {
		return b > 0x20 && b < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(b) < 0;
	}
}
