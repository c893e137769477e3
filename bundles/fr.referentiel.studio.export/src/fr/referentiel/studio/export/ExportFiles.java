/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.referentiel.studio.model.Referential;

/**
 * Writes the exported files of one run all together or not at all: each to a temporary file of
 * the target folder first (a short hidden name, whatever the final name's length), then, once all
 * are written and flushed to disk, each moved over its target, so that a failed export never leaves
 * a truncated file nor new files beside old ones, and readers only ever see a whole file. Two runs
 * into one folder take turns (a lock); a temporary file left by a run that was killed is removed by
 * the next one, once its process is known to be gone.
 */
public final class ExportFiles {

	/** The longest file name (in UTF-8 bytes) that the usual file systems (ext4, APFS, NTFS) accept. */
	public static final int MAX_NAME_BYTES = 255;

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final long PID = ProcessHandle.current().pid();
	private static final Pattern TEMPORARY = Pattern.compile("\\.referentiel-(\\d{1,19})-[0-9a-z]{1,13}\\.tmp");

	/** Where a run writes its bytes; a test gives one that fills up. */
	public interface Storage {
		void write(Path file, byte[] content) throws IOException;
	}

	/** Writes and flushes a new file (not createTempFile: the result gets the usual permissions, not owner-only ones). */
	public static final Storage DISK = (file, content) -> {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			ByteBuffer buffer = ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
	};

	/** A move that failed after others succeeded: the files already in place are named. */
	public static final class PartlyWrittenException extends IOException {

		private static final long serialVersionUID = 1L;

		private final transient Path target;
		private final transient List<Path> written;

		PartlyWrittenException(Path target, IOException cause, List<Path> written) {
			super("« " + target + " » n'a pas pu être remplacé (" + (cause instanceof java.nio.file.FileSystemException f
					&& f.getReason() != null ? f.getReason() : cause.getMessage()) + ") ; déjà remplacés par ce même export : "
					+ String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList()) + ".", cause);
			this.target = target;
			this.written = List.copyOf(written);
		}

		/** The file whose move failed (its cause says why); it and those after it keep their old content. */
		public Path target() {
			return target;
		}

		/** The files already moved into place by this run, in order. */
		public List<Path> written() {
			return written;
		}
	}

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
		return writeAll(outputDir, Map.of(fileName, content), DISK, notice -> {
		}).get(0);
	}

	/**
	 * Writes every file of one run, or none: names and folder are checked, every file is written to
	 * its temporary file, and only then are they moved into place. When a move fails (rare: the
	 * folder changed under the run), the files already moved are named in a {@link PartlyWrittenException}.
	 *
	 * @param files    plain file names and their contents, in the order to write them
	 * @param notices  told, in French, when the run waits for another export into the same folder
	 * @return the files written, in the order given
	 */
	public static List<Path> writeAll(Path outputDir, Map<String, byte[]> files, Storage storage, Consumer<String> notices)
			throws IOException {
		Path dir = outputDir.toAbsolutePath().normalize();
		Map<Path, byte[]> targets = new LinkedHashMap<>();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Path target = resolveInside(dir, file.getKey());
			if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
				throw new IOException("« " + target + " » est un dossier : l'export ne peut pas écrire un fichier à sa place. "
						+ "Renommez ou déplacez ce dossier, ou exportez ailleurs (--out).");
			}
			targets.put(target, file.getValue());
		}
		boolean created = !Files.exists(dir);
		Files.createDirectories(dir);
		try (FolderLock lock = FolderLock.acquire(dir, notices)) {
			deleteAbandonedTemporaryFiles(dir);
			Map<Path, Path> staged = new LinkedHashMap<>(); // temporary file -> target
			try {
				for (Map.Entry<Path, byte[]> target : targets.entrySet()) {
					Path temp = dir.resolve(".referentiel-" + PID + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
					staged.put(temp, target.getKey());
					storage.write(temp, target.getValue());
				}
				checkReplaceable(dir, staged);
				return moveAll(staged);
			} catch (IOException | RuntimeException | Error e) {
				if (created) {
					try {
						Files.deleteIfExists(dir); // the folder this run made, still empty: as it was
					} catch (IOException ignored) {
						// not empty, or not removable: left
					}
				}
				throw e;
			} finally {
				for (Path temp : staged.keySet()) {
					try {
						Files.deleteIfExists(temp);
					} catch (IOException e) {
						// left for the next run, which removes it
					}
				}
			}
		}
	}

	/**
	 * The moves that the system would refuse after others succeeded, found once every file is
	 * written and before any is moved: a file of another user in a folder with the sticky bit (a
	 * shared /tmp), and a file that is a mount point. Where the file system does not tell (no
	 * « unix » view, as on Windows), nothing is assumed: the move itself will say.
	 */
	private static void checkReplaceable(Path dir, Map<Path, Path> staged) throws IOException {
		List<Path> existing = staged.values().stream().filter(t -> Files.exists(t, LinkOption.NOFOLLOW_LINKS)).toList();
		if (existing.isEmpty()) {
			return;
		}
		try {
			// Our uid is that of the files this run has just written.
			int us = (Integer) Files.getAttribute(staged.keySet().iterator().next(), "unix:uid");
			boolean sticky = ((Integer) Files.getAttribute(dir, "unix:mode") & 01000) != 0;
			boolean ours = (Integer) Files.getAttribute(dir, "unix:uid") == us;
			Object device = Files.getAttribute(dir, "unix:dev");
			java.util.Set<String> mountPoints = mountPoints();
			for (Path target : existing) {
				// Root replaces anyone's files; the folder's owner too.
				if (sticky && !ours && us != 0 && (Integer) Files.getAttribute(target, "unix:uid", LinkOption.NOFOLLOW_LINKS) != us) {
					throw new IOException("« " + target + " » appartient à un autre utilisateur dans un dossier partagé : "
							+ "l'export ne peut pas le remplacer. Supprimez-le, ou exportez ailleurs (--out)");
				}
				if (!device.equals(Files.getAttribute(target, "unix:dev", LinkOption.NOFOLLOW_LINKS))
						|| mountPoints.contains(target.toRealPath().toString())) {
					throw new IOException("« " + target + " » est un point de montage : l'export ne peut pas le remplacer. "
							+ "Exportez ailleurs (--out)");
				}
			}
		} catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
			// no « unix » view here
		}
	}

	/** The mount points Linux lists (a file bind-mounted over another has the same device); none elsewhere. */
	private static java.util.Set<String> mountPoints() {
		Path mounts = Path.of("/proc/self/mountinfo");
		java.util.Set<String> points = new java.util.HashSet<>();
		try {
			for (String line : Files.readAllLines(mounts)) {
				String[] fields = line.split(" ");
				if (fields.length > 4) {
					// Spaces and other characters of a path are written as octal escapes (\040).
					points.add(unescapeOctal(fields[4]));
				}
			}
		} catch (IOException | RuntimeException e) {
			// not Linux, or not readable: no mount point known
		}
		return points;
	}

	private static String unescapeOctal(String field) {
		Matcher escape = Pattern.compile("\\\\([0-7]{3})").matcher(field);
		StringBuilder out = new StringBuilder();
		while (escape.find()) {
			escape.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 8))));
		}
		return escape.appendTail(out).toString();
	}

	private static List<Path> moveAll(Map<Path, Path> staged) throws IOException {
		List<Path> moved = new ArrayList<>();
		for (Map.Entry<Path, Path> move : staged.entrySet()) {
			try {
				try {
					Files.move(move.getKey(), move.getValue(), StandardCopyOption.ATOMIC_MOVE);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING);
				}
			} catch (IOException e) {
				if (moved.isEmpty()) {
					throw e;
				}
				throw new PartlyWrittenException(move.getValue(), e, moved);
			}
			moved.add(move.getValue());
		}
		return moved;
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
	 * A run killed while writing (power cut, kill -9) leaves its hidden temporary files behind. One
	 * is removed only when the process named in it is gone, or is another process that started after
	 * the file was written (its number was reused): never a running export's file. Best effort.
	 */
	private static void deleteAbandonedTemporaryFiles(Path dir) {
		try (DirectoryStream<Path> candidates = Files.newDirectoryStream(dir,
				p -> TEMPORARY.matcher(p.getFileName().toString()).matches())) {
			for (Path candidate : candidates) {
				Matcher m = TEMPORARY.matcher(candidate.getFileName().toString());
				if (m.matches() && abandoned(Long.parseLong(m.group(1)), Files.getLastModifiedTime(candidate).toInstant())) {
					Files.deleteIfExists(candidate);
				}
			}
		} catch (IOException | DirectoryIteratorException | NumberFormatException e) {
			// left for a later run
		}
	}

	private static boolean abandoned(long pid, Instant written) {
		if (pid == PID) {
			return false; // this run's own, or an earlier call of this process that removes its own
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		return process.isEmpty() || process.get().info().startInstant().map(start -> start.isAfter(written)).orElse(false);
	}

	/** Why a file system would refuse this name (French), or null when it is short enough. */
	public static String tooLong(String fileName) {
		int bytes = fileName == null ? 0 : fileName.getBytes(StandardCharsets.UTF_8).length;
		return bytes <= MAX_NAME_BYTES ? null : "Nom de fichier trop long : « " + fileName + " » (" + bytes + " octets, "
				+ MAX_NAME_BYTES + " au plus). Raccourcissez le nom du fichier d'entrée.";
	}

	private static Path resolveInside(Path dir, String fileName) throws IOException {
		if (tooLong(fileName) != null) {
			throw new IOException(tooLong(fileName));
		}
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
