/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ide.ReferentielIdeSetup;

/**
 * The rules keep what they found about a file for one version of it (texts, comparison keys,
 * indexes): after each edit of an author, the issues of the file kept open and edited in place
 * (whole text again, as the language server's client sends it, or one change, as the editor's
 * partial parsing) are those of the same text validated from scratch.
 */
class EditedFileValidationTest {

	private static final Injector INJECTOR = new ReferentielIdeSetup().createInjector();

	/** Real edits of the TAI example, one after the other, each changing the diagnostics. */
	private static List<UnaryOperator<String>> edits() {
		return List.of(
				// a criterion written twice
				t -> insertAfterLine(t, "- Le poste", lineStartingWith(t, "- Le poste")),
				// the repetition removed again
				t -> removeFirstRepeatedLine(t),
				// a criterion of CP4 copied into CP5 with another case and without its final point
				t -> insertAfterLine(t, t.indexOf("compétence CP5"), "critères de performance",
						"- le poste utilisateur est raccordé au réseau local"),
				// double spaces and a straight apostrophe among curly ones
				t -> t.replaceFirst("- Le poste", "- Le  poste l’utilisateur"),
				// an empty list entry
				t -> insertAfterLine(t, "- Le  poste", "- "),
				// an identifier taken twice
				t -> t.replaceFirst("compétence CP2 ", "compétence CP1 "),
				// a number out of sequence
				t -> t.replaceFirst("numéro 2\\b", "numéro 4"),
				// a sentence cut in two
				t -> t.replace("- Les ressources partagées sont accessibles.", "- Les ressources partagées sont\n            - accessibles."),
				// back to the example as it is
				t -> TestFiles.example("tai-2023.referentiel"));
	}

	@Test
	void issuesAfterEachEditEqualThoseOfTheTextValidatedAfresh() throws IOException {
		String text = TestFiles.example("tai-2023.referentiel");
		XtextResource whole = load(text);
		XtextResource partial = load(text);
		assertEquals(issues(load(text)), issues(whole));
		List<String> previous = issues(whole);
		for (UnaryOperator<String> edit : edits()) {
			String next = edit.apply(text);
			assertNotEquals(text, next);
			whole.reparse(next);
			replaceChangedRegion(partial, text, next);
			assertEquals(next, partial.getParseResult().getRootNode().getText());
			List<String> fresh = issues(load(next));
			assertEquals(fresh, issues(whole), "whole text again");
			assertEquals(fresh, issues(partial), "one change, partial parsing");
			assertNotEquals(previous, fresh, "the edit changes the diagnostics");
			previous = fresh;
			text = next;
		}
	}

	/** The region between the common start and end of the two texts replaced, as an editor sends a change. */
	private static void replaceChangedRegion(XtextResource resource, String before, String after) {
		int start = 0;
		while (start < before.length() && start < after.length() && before.charAt(start) == after.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < before.length() - start && end < after.length() - start
				&& before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
			end++;
		}
		resource.update(start, before.length() - end - start, after.substring(start, after.length() - end));
	}

	private static XtextResource load(String text) throws IOException {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("file:/referentiels/tai-2023.referentiel"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	/** Every issue with all it says: severity, code, place, message and quick-fix data. */
	private static List<String> issues(XtextResource resource) {
		List<String> issues = new ArrayList<>();
		for (Issue i : INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			issues.add(i.getSeverity() + " " + i.getCode() + " " + i.getLineNumber() + ":" + i.getColumn() + "-"
					+ i.getLineNumberEnd() + ":" + i.getColumnEnd() + " @" + i.getOffset() + "+" + i.getLength() + " "
					+ i.getMessage() + " " + Arrays.toString(i.getData()) + " " + i.getUriToProblem().fragment());
		}
		return issues;
	}

	private static String lineStartingWith(String text, String prefix) {
		return text.lines().map(String::strip).filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
	}

	/** {@code line} inserted after the first line starting (indentation apart) with {@code prefix}, with its indentation. */
	private static String insertAfterLine(String text, String prefix, String line) {
		return insertAfterLine(text, 0, prefix, line);
	}

	/** The same, for the first such line starting at or after {@code from}. */
	private static String insertAfterLine(String text, int from, String prefix, String line) {
		int at = 0;
		for (String l : text.split("\n", -1)) {
			if (at >= from && l.strip().startsWith(prefix)) {
				String indent = l.substring(0, l.indexOf(l.strip()));
				int end = at + l.length() + 1;
				return text.substring(0, end) + indent + line + "\n" + text.substring(end);
			}
			at += l.length() + 1;
		}
		throw new IllegalArgumentException("no line « " + prefix + " » after " + from);
	}

	private static String removeFirstRepeatedLine(String text) {
		String line = lineStartingWith(text, "- Le poste");
		int first = text.indexOf(line);
		int second = text.indexOf(line, first + line.length());
		int start = text.lastIndexOf('\n', second) + 1;
		return text.substring(0, start) + text.substring(text.indexOf('\n', second) + 1);
	}
}
