/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Two exports into one folder take turns, so that each one's files land together. The lock is an
 * operating-system file lock on one of sixteen files of the system's temporary folder, chosen by the
 * output folder's path, not in it: the user's folder holds only what they exported. Threads of one process take
 * turns on a plain lock first (a file lock is held by the whole process). If the lock file cannot
 * be opened (another user's, from a system that keeps it to them), the run says so and goes on
 * without it: it is still all or nothing on its own.
 */
final class FolderLock implements AutoCloseable {

	private static final ReentrantLock IN_PROCESS = new ReentrantLock();

	private final FileChannel channel;
	private final FileLock lock;

	private FolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static FolderLock acquire(Path dir, Consumer<String> notices) throws IOException {
		if (!IN_PROCESS.tryLock()) {
			notices.accept(waiting(dir));
			IN_PROCESS.lock();
		}
		FileChannel channel = null;
		try {
			channel = open(lockFile(dir));
			FileLock lock = channel.tryLock();
			if (lock == null) {
				notices.accept(waiting(dir));
				lock = channel.lock();
			}
			return new FolderLock(channel, lock);
		} catch (IOException | OverlappingFileLockException | SecurityException e) {
			if (channel != null) {
				channel.close();
			}
			notices.accept("Le verrou des exports « " + lockFile(dir) + " » n'a pas pu être ouvert (" + e.getClass().getSimpleName()
					+ ") : si un autre utilisateur exporte en ce moment dans « " + dir + " », cet export ne l'attendra pas. "
					+ "Ses propres fichiers sont tout de même écrits tous ensemble ou pas du tout.");
			return new FolderLock(null, null);
		} catch (RuntimeException | Error e) {
			IN_PROCESS.unlock();
			throw e;
		}
	}

	/**
	 * The lock file, readable and writable by every user, so that two users exporting into one shared
	 * folder take turns too: opened without being created when it exists (a file of another user in
	 * the sticky temporary folder cannot be opened with O_CREAT where the system protects them).
	 */
	private static FileChannel open(Path file) throws IOException {
		FileChannel channel;
		try {
			channel = FileChannel.open(file, StandardOpenOption.WRITE);
		} catch (NoSuchFileException e) {
			try {
				channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			} catch (FileAlreadyExistsException raced) {
				return FileChannel.open(file, StandardOpenOption.WRITE);
			}
		}
		try {
			// The creator's umask took the others' write right away: given back (or to a lock file an older version made).
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
		} catch (IOException | UnsupportedOperationException e) {
			// Not ours, or no POSIX permissions (Windows): its rights stay as they are.
		}
		return channel;
	}

	private static String waiting(Path dir) {
		return "Un autre export écrit dans « " + dir + " » : celui-ci attend qu'il ait fini.";
	}

	private static Path lockFile(Path dir) {
		Path folder;
		try {
			folder = dir.toRealPath(); // one folder reached through two paths is still one folder
		} catch (IOException e) {
			folder = dir;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(folder.toString().getBytes(StandardCharsets.UTF_8));
			// Sixteen lock files at most, whatever the number of folders ever exported to: two folders
			// may share one (they then take turns too), which costs a short wait, never a mix.
			return Path.of(System.getProperty("java.io.tmpdir"), "referentiel-export-" + HexFormat.of().toHexDigits(digest[0]).charAt(1) + ".lock");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", e);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			if (lock != null) {
				lock.release();
			}
			if (channel != null) {
				channel.close();
			}
		} finally {
			IN_PROCESS.unlock();
		}
	}
}
