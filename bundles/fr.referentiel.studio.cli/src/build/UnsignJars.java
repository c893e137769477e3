/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Takes the signature files out of the jars of the command line's lib/ (run by the build as a
 * source file: {@code java UnsignJars.java lib}). The Eclipse jars from Maven Central are signed,
 * and the JVM checks a signed jar's signature and the digest of every class it loads from it: a
 * cost on each start of a short command, for a check nothing relies on there (the jars come from
 * the build; the editor's update site keeps the signed bundles).
 */
public final class UnsignJars {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

	public static void main(String[] args) throws IOException {
		List<Path> jars;
		try (Stream<Path> files = Files.list(Path.of(args[0]))) {
			jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
		}
		int n = 0;
		for (Path jar : jars) {
			if (unsign(jar)) {
				n++;
			}
		}
		System.out.println("UnsignJars: " + n + " jars without their signature files in " + args[0]);
	}

	/** Rewrites {@code jar} without its signature files, entries in the same order; false if it had none. */
	private static boolean unsign(Path jar) throws IOException {
		boolean signed = false;
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				signed |= SIGNATURE.matcher(e.getName()).matches();
			}
		}
		if (!signed) {
			return false;
		}
		Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				if (SIGNATURE.matcher(e.getName()).matches()) {
					continue;
				}
				ZipEntry kept = new ZipEntry(e.getName());
				kept.setTime(e.getTime()); // the same bytes from one build to the next
				out.putNextEntry(kept);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
		return true;
	}

	private UnsignJars() {
	}
}
