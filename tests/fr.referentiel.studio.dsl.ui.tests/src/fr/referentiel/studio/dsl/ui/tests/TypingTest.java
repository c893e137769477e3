/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.tests;

import static fr.referentiel.studio.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.referentiel.studio.dsl.ui.editor.IssueAnnotation;

/** Typing in the biggest example: the services keep up and nothing goes wrong behind the scenes. */
class TypingTest {

	@AfterEach
	void cleanUp() throws Exception {
		closeEditorsAndDeleteProjects();
	}

	@Test
	void typingInALargeReferentialLogsNoErrorAndShowsTheProblemWhileTyping() throws Exception {
		String text = example("asr-rncp.referentiel");
		IFile file = file(project("typing"), "asr-rncp.referentiel", text);
		List<IStatus> errors = new ArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.getSeverity() == IStatus.ERROR && mentionsTheEditor(status)) {
				errors.add(status);
			}
		};
		Platform.addLogListener(listener);
		try {
			ITextEditor editor = open(file);
			IDocument document = document(editor);
			settle(1500);
			// a reference broken and mended again, letter by letter, as a designer types
			var clause = java.util.regex.Pattern.compile("\n\\s+compétences (?=[A-Z])").matcher(document.get());
			assertTrue(clause.find());
			int at = clause.end();
			for (char c : "XYZ, ".toCharArray()) {
				document.replace(at, 0, String.valueOf(c));
				at++;
				settle(50);
			}
			try {
				waitUntil(() -> issues(editor).stream().anyMatch(m -> m.contains("XYZ")), 30_000, "the broken reference shown while typing");
			} catch (AssertionError e) {
				throw new AssertionError(issues(editor) + " " + document.get().substring(at - 40, at + 20), e);
			}
			document.replace(at - 5, 5, "");
			waitUntil(() -> issues(editor).stream().noneMatch(m -> m.contains("XYZ")), 30_000, "the problem gone once mended");
			assertEquals(text, document.get());
			editor.doSave(null);
			waitForMarkers();
		} finally {
			Platform.removeLogListener(listener);
		}
		assertTrue(errors.isEmpty(), errors.stream().map(TypingTest::describe).toList().toString());
	}

	private static List<String> issues(ITextEditor editor) {
		var viewer = (org.eclipse.jface.text.source.ISourceViewer) editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class);
		IAnnotationModel model = viewer.getAnnotationModel();
		List<String> messages = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof IssueAnnotation issue) {
				messages.add(issue.getText());
			}
		}
		return messages;
	}

	private static boolean mentionsTheEditor(IStatus status) {
		return status.getPlugin().startsWith("fr.referentiel") || describe(status).contains("fr.referentiel");
	}

	private static String describe(IStatus status) {
		StringWriter out = new StringWriter();
		out.write(status.getPlugin() + ": " + status.getMessage());
		if (status.getException() != null) {
			status.getException().printStackTrace(new PrintWriter(out));
		}
		return out.toString();
	}
}
