/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The command line runs the jars of the application and the editor: every jar of the
 * distribution's {@code lib/} that the target platform
 * ({@code releng/fr.referentiel.studio.target/*.target}) pins has its name and its version there.
 * The Maven modules take their versions from the parent POM's dependencyManagement and Xtext's
 * BOM, the bundles from the target: this is where the two must agree.
 */
class DistributionVersionsIT {

	/**
	 * Jars of lib/ that the target does not pin: the command line's own (picocli), and the
	 * dependencies of pinned libraries that no bundle of the project requires by name (annotations
	 * of guava, guice's, commons-csv's, the OSGi preferences API of the Equinox jars). Xtend's
	 * libraries come with Xtext at its version (checked below).
	 */
	private static final Set<String> NOT_PINNED = Set.of("picocli", "failureaccess", "listenablefuture", "jspecify",
			"error_prone_annotations", "j2objc-annotations", "aopalliance", "jakarta.inject-api", "commons-io",
			"commons-codec", "org.osgi.service.prefs", "osgi.annotation", "org.eclipse.xtend.lib",
			"org.eclipse.xtend.lib.macro",
			// Apache POI's and openhtmltopdf's own dependencies, at the versions their POMs give (the target resolves the same POMs).
			"poi", "poi-ooxml-lite", "xmlbeans", "commons-compress", "commons-lang3", "commons-math3", "SparseBitSet", "curvesapi",
			"log4j-api", "commons-collections4", "pdfbox", "pdfbox-io", "fontbox", "xmpbox", "commons-logging", "openhtmltopdf-core",
			"graphics2d");

	private static Path distribution() {
		return Path.of(System.getProperty("referentiel.distribution", "target/referentiel"));
	}

	/** artifactId → version of every Maven dependency of the target definition. */
	static Map<String, String> targetVersions() throws Exception {
		Path target;
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("referentiel.targetPlatform",
				"../../releng/fr.referentiel.studio.target")))) {
			target = files.filter(f -> f.getFileName().toString().endsWith(".target")).findFirst().orElseThrow();
		}
		NodeList dependencies = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(target.toFile())
				.getElementsByTagName("dependency");
		Map<String, String> versions = new TreeMap<>();
		for (int i = 0; i < dependencies.getLength(); i++) {
			Element dependency = (Element) dependencies.item(i);
			String artifactId = text(dependency, "artifactId");
			String version = text(dependency, "version");
			String before = versions.put(artifactId, version);
			if (before != null && !before.equals(version)) {
				fail(artifactId + " is pinned twice in the target, at " + before + " and " + version);
			}
		}
		return versions;
	}

	private static String text(Element element, String child) {
		return element.getElementsByTagName(child).item(0).getTextContent().strip();
	}

	private static List<String> libJars() throws Exception {
		try (Stream<Path> files = Files.list(distribution().resolve("lib"))) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
		}
	}

	@Test
	void everyJarPinnedByTheTargetPlatformHasItsVersion() throws Exception {
		Map<String, String> target = targetVersions();
		// Longest names first, so that org.eclipse.xtext.ide-… is not read as org.eclipse.xtext.
		List<String> names = new ArrayList<>(target.keySet());
		names.addAll(NOT_PINNED);
		names.sort(Comparator.comparingInt(String::length).reversed());
		String xtext = target.get("org.eclipse.xtext");
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (String jar : libJars()) {
			if (jar.startsWith("fr.referentiel.studio.")) {
				continue;
			}
			String name = names.stream().filter(n -> jar.startsWith(n + "-")).findFirst().orElse(null);
			if (name == null) {
				wrong.add(jar + ": not in the target platform (pin it there, at the version of lib/)");
				continue;
			}
			String version = jar.substring(name.length() + 1, jar.length() - ".jar".length());
			String expected = name.startsWith("org.eclipse.xtend.") ? xtext : target.get(name);
			if (expected != null && !expected.equals(version)) {
				wrong.add(jar + ": the target platform has " + name + " " + expected);
			}
			checked += expected != null ? 1 : 0;
		}
		assertEquals(List.of(), wrong);
		assertTrue(checked >= 20, "only " + checked + " jars compared: is lib/ complete?");
	}

	@Test
	void theTargetPlatformHasTheXtextVersionOfTheBuild() throws Exception {
		Map<String, String> target = targetVersions();
		String xtext = System.getProperty("referentiel.xtextVersion");
		assertFalse(xtext == null || xtext.isBlank(), "the build gives referentiel.xtextVersion");
		Map<String, String> other = new TreeMap<>();
		target.forEach((name, version) -> {
			if (name.startsWith("org.eclipse.xtext") && !version.equals(xtext)) {
				other.put(name, version);
			}
		});
		assertEquals(Map.of(), other, "the parent POM's xtext.version is " + xtext);
	}
}
