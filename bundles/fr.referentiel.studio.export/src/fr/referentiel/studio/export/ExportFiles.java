/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;

import fr.referentiel.studio.model.Referential;

/**
 * Writes exported files for every format: into a temporary file of the target folder, then
 * moved over the target, so that a failed export never leaves a truncated or half-written file
 * and readers only ever see the old file or the new one whole. A temporary file left by a run
 * that was killed is removed by the next export of the same file.
 */
public final class ExportFiles {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** When this process started (or, if unknown, first used this class): older temporary files are stale. */
	private static final Instant PROCESS_START = ProcessHandle.current().info().startInstant().orElse(Instant.now());

	private ExportFiles() {
	}

	/**
	 * Writes {@code content} to {@code outputDir/fileName}, replacing an existing file.
	 *
	 * @param fileName a plain file name: no folder, no "..", not absolute
	 * @return the file written
	 * @throws IOException also when the file name would leave {@code outputDir} (French message)
	 */
	public static Path write(Path outputDir, String fileName, byte[] content) throws IOException {
		Path dir = outputDir.toAbsolutePath().normalize();
		Path target = resolveInside(dir, fileName);
		Files.createDirectories(dir);
		deleteStaleTemporaryFiles(dir, fileName);
		// A hidden name in the same folder: the final move stays on one file system (atomic).
		// Created as a plain new file, not with createTempFile, so the result gets the usual
		// permissions (umask) rather than owner-only ones.
		Path temp = dir.resolve("." + fileName + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException | RuntimeException | Error e) {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException suppressed) {
				e.addSuppressed(suppressed);
			}
			throw e;
		}
		return target;
	}

	/**
	 * Renders then writes: nothing is written when rendering fails.
	 *
	 * @return the file written, named by {@link #fileName}
	 */
	public static Path export(Exporter exporter, Referential referential, String layoutId, Map<String, String> options,
			Path outputDir, String baseName) throws ExportException, IOException {
		byte[] content = exporter.render(referential, layoutId, options);
		return write(outputDir, fileName(baseName, exporter, layoutId), content);
	}

	/**
	 * {@code <base>.<ext>} for the default layout, {@code <base>.<layout>.<ext>} for the others,
	 * so that the layouts of one referential can sit side by side in one folder.
	 */
	public static String fileName(String baseName, Exporter exporter, String layoutId) {
		boolean defaultLayout = layoutId == null || layoutId.isBlank()
				|| layoutId.strip().equals(exporter.layouts().get(0).id());
		return defaultLayout ? baseName + "." + exporter.fileExtension()
				: baseName + "." + layoutId.strip() + "." + exporter.fileExtension();
	}

	/**
	 * A run killed while writing (power cut, kill -9) leaves its hidden temporary file behind; the
	 * next export of the same file removes those older than this process, so a concurrent export
	 * never loses its own. Best effort: a file that cannot be removed is left.
	 */
	private static void deleteStaleTemporaryFiles(Path dir, String fileName) {
		String prefix = "." + fileName + ".";
		try (DirectoryStream<Path> candidates = Files.newDirectoryStream(dir, p -> isTemporaryOf(p, prefix))) {
			for (Path candidate : candidates) {
				try {
					if (Files.getLastModifiedTime(candidate).toInstant().isBefore(PROCESS_START)) {
						Files.deleteIfExists(candidate);
					}
				} catch (IOException e) {
					// left for a later run
				}
			}
		} catch (IOException | DirectoryIteratorException e) {
			// left for a later run
		}
	}

	private static boolean isTemporaryOf(Path file, String prefix) {
		String name = file.getFileName().toString();
		return name.length() > prefix.length() + ".tmp".length() && name.startsWith(prefix) && name.endsWith(".tmp")
				&& name.substring(prefix.length(), name.length() - ".tmp".length()).matches("[0-9a-z]{1,13}");
	}

	private static Path resolveInside(Path dir, String fileName) throws IOException {
		// "a..b.html" is a plain name; only the names of the folder itself and its parent are not.
		if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")
				|| fileName.equals(".") || fileName.equals("..") || fileName.indexOf('\0') >= 0) {
			throw refused(fileName);
		}
		Path name;
		try {
			name = Path.of(fileName);
		} catch (InvalidPathException e) {
			throw refused(fileName);
		}
		if (name.isAbsolute() || name.getRoot() != null || name.getNameCount() != 1) {
			throw refused(fileName);
		}
		Path target = dir.resolve(name).normalize();
		if (!dir.equals(target.getParent())) {
			throw refused(fileName);
		}
		return target;
	}

	private static IOException refused(String fileName) {
		return new IOException("Nom de fichier refusé : « " + fileName
				+ " ». Il doit désigner un fichier du dossier de destination, sans chemin ni « .. ».");
	}
}
