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

	/**
	 * Not a test of speed (nothing asserted on durations): prints how long the squiggle and the
	 * Problems view's marker take after the last keystroke in the TAI example and in ten times its
	 * text, for bench/RESULTS.md.
	 */
	@Test
	void squiggleDelayAfterTheLastKeystrokeIsRecorded() throws Exception {
		String tai = example("tai-2023.referentiel");
		record("×1", tai);
		record("×10", tenTimes(tai));
	}

	private void record(String size, String text) throws Exception {
		IFile file = file(project("delay" + size.substring(1)), "r.referentiel", text);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		waitForMarkers();
		settle(1500);
		var clause = java.util.regex.Pattern.compile("\n\\s+compétences (?=[A-Z])").matcher(document.get());
		assertTrue(clause.find());
		List<Long> squiggle = new ArrayList<>();
		List<Long> marker = new ArrayList<>();
		for (int round = 0; round < 7; round++) {
			String name = "QW" + (char) ('A' + round);
			int at = clause.end();
			for (char c : (name + ", ").toCharArray()) {
				document.replace(at++, 0, String.valueOf(c));
				settle(60);
			}
			long last = System.nanoTime();
			long[] seen = new long[2];
			waitClosely(() -> {
				if (seen[0] == 0 && issues(editor).stream().anyMatch(m -> m.contains(name))) {
					seen[0] = System.nanoTime();
				}
				if (seen[1] == 0 && problems(file).stream().anyMatch(m -> m.contains(name))) {
					seen[1] = System.nanoTime();
				}
				return seen[0] != 0 && seen[1] != 0;
			});
			squiggle.add((seen[0] - last) / 1_000_000);
			marker.add((seen[1] - last) / 1_000_000);
			document.replace(clause.end(), name.length() + 2, "");
			waitUntil(() -> issues(editor).stream().noneMatch(m -> m.contains(name)), 30_000, "the squiggle gone");
			waitForMarkers();
			settle(300);
		}
		System.out.println("Saisie " + size + " (" + document.getNumberOfLines() + " lignes) : soulignement "
				+ summary(squiggle) + ", vue Problèmes " + summary(marker) + " après la dernière frappe");
	}

	/** The messages of the file's problem markers: what the Problems view lists for it. */
	private static List<String> problems(IFile file) {
		try {
			List<String> messages = new ArrayList<>();
			for (var marker : file.findMarkers(fr.referentiel.studio.dsl.ui.markers.ProblemMarkers.MARKER_TYPE, true, 0)) {
				messages.add(marker.getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, ""));
			}
			return messages;
		} catch (org.eclipse.core.runtime.CoreException e) {
			return List.of(); // the file is being rewritten: looked at again
		}
	}

	/** Min, median and max of the rounds, in milliseconds. */
	private static String summary(List<Long> ms) {
		List<Long> sorted = ms.stream().sorted().toList();
		return "min " + sorted.get(0) + " ms, médiane " + sorted.get(sorted.size() / 2) + " ms, max "
				+ sorted.get(sorted.size() - 1) + " ms " + ms;
	}

	/** Like waitUntil, but polls every 2 ms so the time measured is the check's, not the polling's. */
	private static void waitClosely(java.util.function.BooleanSupplier condition) throws InterruptedException {
		var display = org.eclipse.swt.widgets.Display.getCurrent();
		long end = System.currentTimeMillis() + 30_000;
		while (!condition.getAsBoolean()) {
			assertTrue(System.currentTimeMillis() < end, "timed out waiting for the squiggle");
			if (!display.readAndDispatch()) {
				Thread.sleep(2);
			}
		}
	}

	/**
	 * Ten times the TAI example in one file, as the benchmarks scale it: its activity types and
	 * competences nine times more, renamed and renumbered so that they are new ones.
	 */
	static String tenTimes(String tai) {
		int from = tai.indexOf("    activité type AT1");
		int to = tai.indexOf("    bloc ");
		String body = tai.substring(from, to);
		StringBuilder copies = new StringBuilder();
		for (int k = 2; k <= 10; k++) {
			int copy = k;
			String renamed = body.replaceAll("\\b(AT|CP|CT)(\\d+)\\b", "$1$2X" + k);
			renamed = java.util.regex.Pattern.compile("numéro (\\d+)").matcher(renamed)
					.replaceAll(m -> "numéro " + (copy * 100 + Integer.parseInt(m.group(1))));
			copies.append(renamed);
		}
		return tai.substring(0, to) + copies + tai.substring(to);
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
