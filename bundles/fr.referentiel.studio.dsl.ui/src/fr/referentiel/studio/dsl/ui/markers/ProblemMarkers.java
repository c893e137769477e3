/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.markers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;

import fr.referentiel.studio.dsl.ui.EditorWorkspace;
import fr.referentiel.studio.dsl.ui.ReferentielUi;

/**
 * Problem markers, so that problems appear in the Problems view: one per issue the workspace
 * model found in its last build of the file, while typing as on save. Only the markers that
 * changed are rewritten: a marker whose problem is still there stays the same marker, so a quick
 * fix listed from it, or a selection in the Problems view, survives the next keystroke. The issue
 * code and its data are marker attributes: the quick fixes are keyed on them.
 */
public final class ProblemMarkers implements EditorWorkspace.IssueListener {

	public static final String MARKER_TYPE = ReferentielUi.ID + ".problem";
	public static final String ISSUE_CODE = "issueCode";
	public static final String ISSUE_DATA = "issueData";
	/** FAST, NORMAL or EXPENSIVE: which checks found the problem. */
	public static final String CHECK_TYPE = "checkType";
	/** Separates the values of the issue data in one marker attribute (they never contain it). */
	public static final char DATA_SEPARATOR = '\u001F';
	/** Family of the marker writing jobs, for tests and for waiting before an export. */
	public static final Object FAMILY = ProblemMarkers.class;

	/** The issues to write, by file, latest first served (any thread). */
	private static final Map<IFile, List<Issue>> PENDING = new LinkedHashMap<>();

	private static final WorkspaceJob WRITER = new WorkspaceJob("Mise à jour de la vue Problèmes") {
		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			writePending(null);
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	};

	static {
		WRITER.setSystem(true);
		WRITER.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(ResourcesPlugin.getWorkspace().getRoot()));
	}

	@Override
	public void issues(URI uri, String text, List<Issue> issues) {
		IFile file = EditorWorkspace.fileOf(uri);
		if (file == null) {
			return;
		}
		synchronized (PENDING) {
			PENDING.remove(file);
			PENDING.put(file, issues);
		}
		WRITER.schedule(20); // the issues of one build come file by file: written together
	}

	/** Writes now the pending markers of {@code project} (or of all, null); the caller may change markers. */
	public static void writePending(IProject project) throws CoreException {
		Map<IFile, List<Issue>> taken = new LinkedHashMap<>();
		synchronized (PENDING) {
			PENDING.entrySet().removeIf(e -> {
				if (project == null || project.equals(e.getKey().getProject())) {
					taken.put(e.getKey(), e.getValue());
					return true;
				}
				return false;
			});
		}
		if (taken.isEmpty()) {
			return;
		}
		ResourcesPlugin.getWorkspace().run(m -> {
			for (Map.Entry<IFile, List<Issue>> e : taken.entrySet()) {
				if (e.getKey().exists()) {
					write(e.getKey(), e.getValue());
				}
			}
		}, ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(ResourcesPlugin.getWorkspace().getRoot()), 0, null);
	}

	/** Makes the file's markers those of {@code issues}, keeping the markers that say the same. */
	private static void write(IFile file, List<Issue> issues) throws CoreException {
		Map<Map<String, Object>, IMarker> existing = new HashMap<>();
		for (IMarker marker : file.findMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO)) {
			Map<String, Object> attributes = marker.getAttributes();
			if (attributes != null && existing.putIfAbsent(attributes, marker) == null) {
				continue;
			}
			marker.delete(); // a repeated marker
		}
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Issue issue : issues) {
			wanted.add(attributes(issue));
		}
		for (Map<String, Object> attributes : wanted) {
			if (existing.remove(attributes) == null) {
				file.createMarker(MARKER_TYPE, attributes);
			}
		}
		for (IMarker stale : existing.values()) {
			stale.delete();
		}
	}

	private static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		});
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
		}
		if (issue.getOffset() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + (issue.getLength() == null ? 0 : issue.getLength()));
		}
		if (issue.getCode() != null) {
			attributes.put(ISSUE_CODE, issue.getCode());
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			attributes.put(ISSUE_DATA, String.join(String.valueOf(DATA_SEPARATOR), issue.getData()));
		}
		if (issue.getType() != null) {
			attributes.put(CHECK_TYPE, issue.getType().name());
		}
		attributes.put(IMarker.SOURCE_ID, "Référentiel Studio");
		return attributes;
	}

	/** Whether {@code issue} is the problem {@code marker} stands for (same code, data and message). */
	public static boolean sameProblem(IMarker marker, Issue issue) {
		return Objects.equals(marker.getAttribute(ISSUE_CODE, null), issue.getCode())
				&& Objects.equals(marker.getAttribute(IMarker.MESSAGE, null), issue.getMessage())
				&& java.util.Arrays.equals(data(marker), issue.getData() == null ? new String[0] : issue.getData());
	}

	/** The issue data stored on a marker. */
	public static String[] data(IMarker marker) {
		return data(marker.getAttribute(ISSUE_DATA, null));
	}

	/** The issue data a marker's {@link #ISSUE_DATA} attribute holds. */
	public static String[] data(String data) {
		return data == null || data.isEmpty() ? new String[0] : data.split(String.valueOf(DATA_SEPARATOR), -1);
	}
}
