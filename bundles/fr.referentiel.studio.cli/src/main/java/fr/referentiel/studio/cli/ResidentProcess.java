/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The command line kept started between the calls made from one folder, so that a call from the
 * shell costs a connection rather than the start of Java. {@code bin/referentiel} starts it after a
 * call it ran itself, hands it the next calls, and runs a call itself whenever it cannot serve it:
 * the first call, and every call without it, work as they always did.
 * <p>
 * It runs a call exactly as a process of its own would, by construction: there is one per
 * installation, Java, Java options, working folder, language settings, time zone and file mode
 * mask (its <em>identity</em>, which the launcher names its state file after and which a call must
 * bring word for word), so relative paths, encodings and the permissions of what it writes are
 * those of the caller. Its other rules:
 * <ul>
 * <li>its state file (port, two random tokens) is the user's alone, in a folder only the user may
 * open; it proves it knows the first token before the caller sends the second;</li>
 * <li>one call at a time: a call made while another runs is told so and runs in a process of its
 * own;</li>
 * <li>the caller gone during a call (Ctrl-C, killed) ends it, as it would end a process of its own
 * (its outputs are whole or absent, and the next export clears its temporary files);</li>
 * <li>once Java itself failed (out of memory, …), the call gets its message and the process ends,
 * so one call's failure is never the next one's;</li>
 * <li>it ends after its idle minutes, and when the jars it runs from change (an upgrade).</li>
 * </ul>
 */
public final class ResidentProcess {

	/** The first line it sends on a connection, followed by the server token. */
	static final String GREETING = "referentiel-resident 1 ";

	private static final int HANDSHAKE_MILLIS = 5000;
	private static final int MAX_REQUEST_BYTES = 1 << 20;
	private static final int TIDY_MILLIS = 2000;
	private static final int BUSY_WAIT_MILLIS = 300;
	private static final long WARM_UP_AFTER_PUBLISHING_NANOS = 3_000_000_000L;

	private final Path state;
	private final String identity;
	private final long idleNanos;
	private final String serverToken = token();
	private final byte[] clientToken = token().getBytes(StandardCharsets.US_ASCII);
	private final List<String> jars = jarsAsStarted();
	private final ReentrantLock calling = new ReentrantLock(true);
	private final AtomicInteger connections = new AtomicInteger();
	/** What the command prints is encoded as a process of its own encodes its standard output. */
	private final Charset encoding = System.out.charset();
	private volatile long lastActivity = System.nanoTime();
	private volatile boolean retiring;
	private volatile boolean untidy;
	private volatile boolean published;
	private Path warmUpFolder;
	private final Semaphore handshakes = new Semaphore(16);
	private int served;

	/** The frames of the call running now, for the uncaught errors of its threads. */
	private static volatile Frames current;

	private ResidentProcess(Path state, String identity, long idleMinutes) {
		this.state = state;
		this.identity = identity;
		this.idleNanos = idleMinutes * 60_000_000_000L;
	}

	/** {@code ResidentProcess <state file> <identity> <training referential> <idle minutes>}, started by bin/referentiel. */
	public static void main(String[] args) {
		Path state = Path.of(args[0]);
		ResidentProcess resident = new ResidentProcess(state, args[1], Long.parseLong(args[3]));
		try {
			Main.quietLibraries();
			Thread.setDefaultUncaughtExceptionHandler((thread, e) -> resident.uncaught(e));
			if (!folderUnchanged() || System.getProperty("user.dir").indexOf('\uFFFD') >= 0) {
				// A folder name this locale cannot write: Java could not open what it holds by name. Not tried again.
				Files.writeString(Path.of(state + ".unusable"), System.getProperty("user.dir") + "\n");
				resident.end(0);
			}
			Path training = Path.of(args[2]);
			resident.warmUpFolder = Files.createTempDirectory("referentiel-resident");
			try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
				// Ended by a signal (the session closing), it leaves no state file naming a closed port, nor,
				// once the warm-up's export of the moment has written its files (a second at most), their folder.
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						resident.calling.tryLock(1, TimeUnit.SECONDS);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					resident.cleanUp();
				}));
				resident.warmUp(training, 2, Long.MAX_VALUE);
				resident.publish(server.getLocalPort());
				long until = System.nanoTime() + WARM_UP_AFTER_PUBLISHING_NANOS;
				Thread.ofPlatform().daemon().name("resident-warm-up").start(() -> {
					resident.warmUp(training, 60, until);
					OutputFiles.deleteTemporaryFolder(resident.warmUpFolder);
				});
				resident.serve(server);
			}
		} catch (Throwable e) {
			// Nobody sees this process: the callers go on without it.
		}
		resident.end(0);
	}

	/**
	 * Checks and exports of the training referential, so that the calls find their classes loaded and
	 * their code compiled: {@code runs} of them, the first whatever the time, the others until the
	 * {@link System#nanoTime} {@code until}. The first ones before the process is published; the others
	 * after, each when no call runs or waits (the lock is fair: a waiting call goes first).
	 */
	private void warmUp(Path training, int runs, long until) {
		PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
		String[] export = { "export", training.toString(), "--format", "html,csv,markdown", "--out", warmUpFolder.toString() };
		// Mostly checks, the export's larger part: an export takes one of the file locks every user's exports share.
		String[] validate = { "validate", training.toString() };
		for (int i = 0; i < runs && (i == 0 || System.nanoTime() < until); i++) {
			calling.lock();
			try {
				if (Main.run(i % 8 == 0 ? export : validate, nowhere, nowhere) != ExitCode.OK || Main.machineFailed()) {
					end(0); // the training referential is shipped valid: this Java or installation cannot run
				}
			} finally {
				calling.unlock();
			}
			Thread.yield();
		}
		untidy = true;
	}

	/**
	 * Writes the state file, readable by the user alone, under another name first: a caller reads
	 * it whole or not at all. Refuses a folder that others may open (they would read the tokens).
	 */
	private void publish(int port) throws IOException {
		Path folder = state.toAbsolutePath().getParent();
		String user = System.getProperty("user.name");
		for (Path mine : List.of(folder, folder.getParent())) {
			if (Files.isSymbolicLink(mine) || !Files.getOwner(mine, LinkOption.NOFOLLOW_LINKS).getName().equals(user)) {
				throw new IOException("a folder of the state file is not the user's: " + mine);
			}
		}
		if (Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).stream().anyMatch(p -> !p.name().startsWith("OWNER"))) {
			throw new IOException("the folder of the state file is not the user's alone: " + folder);
		}
		Path written = Files.createTempFile(folder, "state", ".tmp",
				PosixFilePermissions.asFileAttribute(java.util.EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
		Files.writeString(written, port + " " + serverToken + " " + new String(clientToken, StandardCharsets.US_ASCII) + " "
				+ ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
		Files.move(written, state, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		published = true;
		deleteQuietly(Path.of(state + ".starting"));
	}

	/** Accepts connections until idle for too long, retired, or its jars changed; each one on a thread of its own. */
	private void serve(ServerSocket server) throws IOException {
		server.setSoTimeout(TIDY_MILLIS);
		while (true) {
			try {
				Socket socket = server.accept();
				if (!handshakes.tryAcquire()) {
					socket.close(); // more connections at once than any user makes: none is read
					continue;
				}
				connections.incrementAndGet();
				Thread.ofPlatform().daemon().name("resident-call").start(() -> {
					try {
						connection(socket);
					} finally {
						connections.decrementAndGet();
						handshakes.release();
					}
				});
			} catch (SocketTimeoutException e) {
				// awake: is it still wanted? What the last call held is given back to the system
				// once nobody has called for a while, never while a caller waits.
				if (untidy && connections.get() == 0 && calling.tryLock()) {
					try {
						untidy = false;
						System.gc();
					} finally {
						calling.unlock();
					}
				}
			}
			if (connections.get() == 0 && (retiring || System.nanoTime() - lastActivity > idleNanos || jarsChanged())) {
				end(0);
			}
		}
	}

	private void connection(Socket socket) {
		try (socket) {
			socket.setSoTimeout(HANDSHAKE_MILLIS);
			OutputStream out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			out.write((GREETING + serverToken + "\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			List<byte[]> request = request(in, clientToken);
			if (request == null) {
				return; // not a caller of this user's: closed without a word
			}
			String[] fields = decode(request);
			if (!identity.equals(fields[1])) {
				answer(out, "other"); // another folder or setting whose name meets this one's: it runs on its own
				return;
			}
			// (Changed jars change the identity: no call of the new installation comes here; serve() ends it.)
			if (!folderUnchanged()) {
				retire();
				answer(out, "stale");
				return;
			}
			int count = Integer.parseInt(fields[3]);
			if (count != fields.length - 4) {
				return;
			}
			// Calls made together are served in turn, but one behind a long call runs on its own.
			if (!calling.tryLock(BUSY_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
				answer(out, "busy");
				return;
			}
			try {
				socket.setSoTimeout(0); // a call takes the time it takes
				call(in, out, "1".equals(fields[2]), Arrays.copyOfRange(fields, 4, fields.length));
			} finally {
				calling.unlock();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (IOException | RuntimeException e) {
			// the caller is gone or spoke nonsense: nothing was run, or its end ended the process
		}
		if (retiring && !calling.isLocked()) {
			end(0);
		}
	}

	/** Runs one call, its output sent line by line as it comes, then its exit code. */
	private void call(InputStream in, OutputStream out, boolean interactive, String[] args) throws IOException {
		answer(out, "ok");
		AtomicBoolean finished = new AtomicBoolean();
		// The caller sends nothing more: its end of the connection closing means Ctrl-C, or a kill.
		Thread.ofPlatform().daemon().name("resident-caller").start(() -> {
			try {
				while (in.read() >= 0) {
					// nothing is expected
				}
			} catch (IOException e) {
				// closed
			}
			if (!finished.get()) {
				end(130);
			}
		});
		Frames frames = new Frames(new BufferedOutputStream(out), encoding);
		current = frames;
		Progress.interactiveOverride = interactive;
		long start = System.nanoTime();
		int code;
		try {
			code = Main.run(args, new PrintWriter(frames.channel('o'), true), new PrintWriter(frames.channel('e'), true));
			served++;
			if (Arrays.asList(args).contains("--debug")) {
				frames.line('e', "referentiel : commande servie par le processus résident (pid " + ProcessHandle.current().pid()
						+ ", appel n° " + served + ", " + (System.nanoTime() - start) / 1_000_000 + " ms).");
			}
		} finally {
			Progress.interactiveOverride = null;
			current = null;
		}
		// Done before the caller has its code: it then closes its end, which is no cancellation.
		finished.set(true);
		frames.line('x', String.valueOf(code));
		frames.flush();
		if (Main.machineFailed()) {
			end(0);
		}
		untidy = true;
		lastActivity = System.nanoTime(); // a served call, not any connection, keeps it alive
	}

	/** An error out of any command's hands in a thread of the call: said to its caller; a failed machine ends the process. */
	private void uncaught(Throwable e) {
		Frames frames = current;
		PrintWriter err = new PrintWriter(new TerminalWriter(frames == null ? Writer.nullWriter() : frames.channel('e')), true);
		int code = Main.internalError(e, false, err);
		if (Main.machineFailed()) {
			if (frames != null) {
				try {
					frames.line('x', String.valueOf(code));
					frames.flush();
				} catch (IOException | RuntimeException ignored) {
					// the caller says it stopped without its code
				}
			}
			end(0);
		}
	}

	/** No more calls: its state file goes at once, the process when no call runs. */
	private void retire() {
		retiring = true;
		deleteOwnState();
	}

	/** Ends the process now, what it leaves first (halt: no shutdown of a machine that may have failed). */
	private void end(int code) {
		cleanUp();
		Runtime.getRuntime().halt(code);
	}

	private void cleanUp() {
		deleteOwnState();
		if (!published) {
			deleteQuietly(Path.of(state + ".starting")); // the launcher's lock for this start
		}
		OutputFiles.deleteTemporaryFolder(warmUpFolder);
	}

	/** Its state file, if it is still its own: once it retired, a successor may have published there. */
	private void deleteOwnState() {
		try {
			if (Files.readString(state, StandardCharsets.US_ASCII).contains(" " + serverToken + " ")) {
				Files.deleteIfExists(state);
			}
		} catch (IOException | RuntimeException e) {
			// gone already
		}
	}

	/**
	 * The request: NUL-terminated fields (token, identity, terminal, count, arguments), at most 1 MiB,
	 * within {@code HANDSHAKE_MILLIS}. Null when it is not whole in time, or does not start with the
	 * token (checked once its 64 bytes at most are read: a stranger gets nothing further read).
	 */
	private static List<byte[]> request(InputStream in, byte[] token) throws IOException {
		long deadline = System.nanoTime() + HANDSHAKE_MILLIS * 1_000_000L;
		List<byte[]> fields = new ArrayList<>();
		ByteArrayOutputStream field = new ByteArrayOutputStream();
		int total = 0;
		int expected = Integer.MAX_VALUE;
		while (fields.size() < expected) {
			int b = in.read();
			if (b < 0 || ++total > MAX_REQUEST_BYTES || System.nanoTime() > deadline || (fields.isEmpty() && total > 64)) {
				return null;
			}
			if (b != 0) {
				field.write(b);
				continue;
			}
			fields.add(field.toByteArray());
			field.reset();
			if (fields.size() == 1 && !MessageDigest.isEqual(fields.get(0), token)) {
				return null;
			}
			if (fields.size() == 4) {
				try {
					expected = 4 + Integer.parseInt(new String(fields.get(3), StandardCharsets.US_ASCII));
				} catch (NumberFormatException e) {
					return null;
				}
			}
		}
		return fields;
	}

	/** The fields as Java decodes a command line and file names (the caller's settings: they are this process's). */
	private static String[] decode(List<byte[]> request) {
		Charset jnu = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"), StandardCharsets.UTF_8);
		return request.stream().map(b -> new String(b, jnu)).toArray(String[]::new);
	}

	private static void answer(OutputStream out, String word) throws IOException {
		out.write((word + "\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	/** Its working folder is still the one the identity names (not removed, nor renamed and replaced). */
	private static boolean folderUnchanged() {
		try {
			return Files.isSameFile(Path.of("."), Path.of(System.getProperty("user.dir")));
		} catch (IOException | RuntimeException e) {
			return false; // a name this locale cannot write is refused as a path
		}
	}

	private boolean jarsChanged() {
		return !jars.equals(jarsAsStarted());
	}

	/** Each jar of the class path with its size and time: an upgrade changes them. */
	private static List<String> jarsAsStarted() {
		List<String> jars = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			File jar = new File(entry);
			jars.add(entry + " " + jar.length() + " " + jar.lastModified());
		}
		return jars;
	}

	private static String token() {
		byte[] bytes = new byte[16];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		} catch (IOException | RuntimeException e) {
			// gone already, or never there
		}
	}

	/**
	 * The call's two streams on one connection, line by line: {@code o} + a line of the standard
	 * output, {@code e} + one of the error stream, capitals for the start of a line flushed before
	 * its end (a progress bar), {@code x} + the exit code. A line never holds a line break, so the
	 * launcher reads them with {@code read}.
	 */
	private static final class Frames {
		private final OutputStream out;
		private final Charset encoding;

		Frames(OutputStream out, Charset encoding) {
			this.out = out;
			this.encoding = encoding;
		}

		synchronized void line(char kind, CharSequence text) throws IOException {
			out.write(kind);
			out.write(text.toString().getBytes(encoding));
			out.write('\n');
		}

		synchronized void flush() throws IOException {
			out.flush();
		}

		Writer channel(char kind) {
			return new Writer() {
				private final StringBuilder pending = new StringBuilder();

				@Override
				public void write(char[] buffer, int offset, int length) throws IOException {
					for (int i = offset; i < offset + length; i++) {
						if (buffer[i] == '\n') {
							line(kind, pending);
							pending.setLength(0);
						} else {
							pending.append(buffer[i]);
						}
					}
				}

				@Override
				public void flush() throws IOException {
					// A character in two halves is sent whole, with its second half.
					int keep = !pending.isEmpty() && Character.isHighSurrogate(pending.charAt(pending.length() - 1)) ? 1 : 0;
					if (pending.length() > keep) {
						line(Character.toUpperCase(kind), pending.substring(0, pending.length() - keep));
						pending.delete(0, pending.length() - keep);
					}
					Frames.this.flush();
				}

				@Override
				public void close() throws IOException {
					flush();
				}
			};
		}
	}
}
