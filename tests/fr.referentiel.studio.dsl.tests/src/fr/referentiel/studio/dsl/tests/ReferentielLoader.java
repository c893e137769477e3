/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

import fr.referentiel.studio.model.Referential;

/** Loads .referentiel texts into a resource set, as several files of one folder. */
public class ReferentielLoader {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	public XtextResourceSet newResourceSet() {
		return resourceSets.get();
	}

	public XtextResource load(ResourceSet set, String fileName, String text) {
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("file:/referentiels/" + fileName));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** Parses one file, resolves its references and returns the referential. */
	public Referential parse(String fileName, String text) {
		XtextResource resource = load(newResourceSet(), fileName, text);
		EcoreUtil.resolveAll(resource);
		return (Referential) resource.getContents().get(0);
	}

	public List<Issue> validate(XtextResource resource) {
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** Loads {@code text} alone as r.referentiel and returns its issues with {@code code}. */
	public List<Issue> issues(String text, String code) {
		XtextResource resource = load(newResourceSet(), "r.referentiel", text);
		return validate(resource).stream().filter(i -> code.equals(i.getCode())).toList();
	}

	/** Fails with every issue, one per line with its line number, when the file has any error. */
	public void assertNoErrors(XtextResource resource) {
		String errors = validate(resource).stream()
				.filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.map(issue -> resource.getURI().lastSegment() + ":" + issue.getLineNumber() + ":" + issue.getColumn()
						+ ": " + issue.getMessage())
				.collect(Collectors.joining("\n"));
		assertEquals("", errors, "errors in " + resource.getURI().lastSegment());
	}
}
