/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the classes of the command line's lib/ that are compiled for Java 5 or older (picocli,
 * reload4j, ANTLR 3's runtime) as Java 6 classes with their stack maps (run by the build as a source
 * file on Java 24 or newer: {@code java UpgradeOldClasses.java lib}). The JVM's ahead-of-time cache
 * (bin/referentiel, Java 25+) cannot hold classes older than Java 6, which need the old verifier:
 * those were loaded from their jars and verified on every start. The instructions are the same; only
 * the version and the stack maps, which the new verifier checks, are added. A class whose stack maps
 * cannot be computed (one of its types is not on the class path), or which the class-file API's
 * verifier then refuses, is kept as it was.
 */
public final class UpgradeOldClasses {

	/** Java 6: the first class version with stack maps and the one the cache needs. */
	private static final int JAVA_6 = ClassFile.JAVA_6_VERSION;

	public static void main(String[] args) throws IOException {
		List<Path> jars;
		try (Stream<Path> files = Files.list(Path.of(args[0]))) {
			jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
		}
		List<URL> urls = new ArrayList<>();
		for (Path jar : jars) {
			urls.add(jar.toUri().toURL());
		}
		int upgraded = 0;
		List<String> kept = new ArrayList<>();
		try (URLClassLoader classPath = new URLClassLoader(urls.toArray(URL[]::new), null)) {
			ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
					ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.ofResourceParsing(classPath)
							.orElse(ClassHierarchyResolver.defaultResolver())));
			// Read every jar before writing any: the resolver reads the others' classes through classPath.
			List<Path> changed = new ArrayList<>();
			for (Path jar : jars) {
				int count = upgrade(classFile, jar, kept);
				upgraded += count;
				if (count > 0) {
					changed.add(jar);
				}
			}
			for (Path jar : changed) {
				Files.move(upgradedCopy(jar), jar, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		System.out.println("UpgradeOldClasses: " + upgraded + " classes rewritten for Java 6 in " + args[0] + ", "
				+ kept.size() + " kept as they were " + kept);
	}

	private static Path upgradedCopy(Path jar) {
		return jar.resolveSibling(jar.getFileName() + ".upgraded");
	}

	/**
	 * Writes the copy of {@code jar} with its old classes upgraded, entries in the same order and with
	 * the same times (the same bytes from one build to the next); returns how many classes were
	 * upgraded, and adds the old ones kept to {@code kept}. The copy is deleted when nothing was upgraded.
	 */
	private static int upgrade(ClassFile classFile, Path jar, List<String> kept) throws IOException {
		int upgraded = 0;
		Path copy = upgradedCopy(jar);
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				byte[] bytes = in.readAllBytes();
				if (e.getName().endsWith(".class") && majorVersion(bytes) < JAVA_6) {
					byte[] newer = upgradedOrNull(classFile, bytes);
					if (newer != null) {
						bytes = newer;
						upgraded++;
					} else {
						kept.add(e.getName());
					}
				}
				ZipEntry written = new ZipEntry(e.getName());
				written.setTime(e.getTime());
				out.putNextEntry(written);
				out.write(bytes);
				out.closeEntry();
			}
		}
		if (upgraded == 0) {
			Files.delete(copy);
		}
		return upgraded;
	}

	private static int majorVersion(byte[] classBytes) {
		return classBytes.length < 8 ? Integer.MAX_VALUE : (classBytes[6] & 0xff) << 8 | classBytes[7] & 0xff;
	}

	/** The class as a Java 6 class, every method's code rebuilt (which computes its stack maps); null if it cannot be. */
	private static byte[] upgradedOrNull(ClassFile classFile, byte[] bytes) {
		try {
			ClassModel model = classFile.parse(bytes);
			ClassTransform toJava6 = (builder, element) -> {
				if (element instanceof ClassFileVersion) {
					builder.withVersion(JAVA_6, 0);
				} else {
					builder.with(element);
				}
			};
			// Not CodeTransform.ACCEPT_ALL, which copies the code as it is: each instruction is written again.
			CodeTransform rewritten = (code, element) -> code.with(element);
			byte[] upgraded = classFile.transformClass(model, toJava6.andThen(ClassTransform.transformingMethodBodies(rewritten)));
			// The JDK's own verifier of class files (the JVM's type checker): a class it refuses stays as it was.
			return classFile.verify(upgraded).isEmpty() ? upgraded : null;
		} catch (RuntimeException e) { // a type outside the class path, or old instructions (jsr) the new verifier refuses
			return null;
		}
	}

	private UpgradeOldClasses() {
	}
}
