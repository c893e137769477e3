/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ReferentielStandaloneSetup;
import fr.referentiel.studio.model.Referential;

/**
 * The shipped examples, parsed and validated once per test run: exporters take validated
 * models. The standalone setup is the command line's way of reading a file.
 */
public final class ExampleModels {

	public static final String TAI = "tai-2023.referentiel";
	public static final String ASR = "asr-rncp.referentiel";

	private static Injector injector;
	private static final Map<String, Referential> LOADED = new HashMap<>();

	private ExampleModels() {
	}

	/** The project's examples/ folder (set by the build; the fallback serves runs from an IDE). */
	public static Path examples() {
		return Path.of(System.getProperty("referentiel.examples", "../../examples"));
	}

	/** The example's name without extension, the base name of its exported files. */
	public static String baseName(String fileName) {
		return fileName.substring(0, fileName.lastIndexOf('.'));
	}

	/** Tests only read the models: one instance per example is shared. */
	public static synchronized Referential load(String fileName) {
		return LOADED.computeIfAbsent(fileName, ExampleModels::parse);
	}

	private static Referential parse(String fileName) {
		Path file = examples().resolve(fileName);
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try (var in = Files.newInputStream(file)) {
			resource.load(in, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(resource);
		String errors = injector().getInstance(IResourceValidator.class)
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR)
				.map(issue -> fileName + ":" + issue.getLineNumber() + ": " + issue.getMessage())
				.collect(Collectors.joining("\n"));
		assertEquals("", errors, "the example must be valid before it is exported");
		return (Referential) resource.getContents().get(0);
	}

	private static Injector injector() {
		if (injector == null) {
			injector = new ReferentielStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
