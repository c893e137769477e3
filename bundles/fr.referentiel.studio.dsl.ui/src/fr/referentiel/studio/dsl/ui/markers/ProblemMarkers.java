/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.markers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import fr.referentiel.studio.dsl.ui.Failures;
import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.ReferentielUi;
import fr.referentiel.studio.dsl.ui.WorkspaceIndex;

/**
 * Problem markers, so that problems appear in the Problems view: written when a file is saved
 * (or changed on disk), with every check including the expensive ones ({@link CheckMode#ALL}),
 * while the editor shows the fast checks as annotations during typing. A change in one file can
 * break or repair references in the others, so every file of the same project is checked again.
 * The issue code and its data are marker attributes: the quick fixes are keyed on them.
 */
public final class ProblemMarkers implements IResourceChangeListener {

	public static final String MARKER_TYPE = ReferentielUi.ID + ".problem";
	public static final String ISSUE_CODE = "issueCode";
	public static final String ISSUE_DATA = "issueData";
	/** FAST, NORMAL or EXPENSIVE: the editor's typing check re-judges the FAST ones. */
	public static final String CHECK_TYPE = "checkType";
	/** Separates the values of the issue data in one marker attribute (they never contain it). */
	public static final char DATA_SEPARATOR = '\u001F';
	/** Family of the checking jobs, for tests and for waiting before an export. */
	public static final Object FAMILY = ProblemMarkers.class;

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		Set<IFile> changed = new LinkedHashSet<>();
		Set<IFile> removed = new LinkedHashSet<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (WorkspaceIndex.isReferentiel(resource)) {
					if (delta.getKind() == IResourceDelta.REMOVED) {
						removed.add((IFile) resource);
					} else if (delta.getKind() == IResourceDelta.ADDED
							|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
						changed.add((IFile) resource);
					}
				}
				return true;
			});
		} catch (CoreException e) {
			ReferentielUi.log(e.getStatus());
		}
		if (!changed.isEmpty() || !removed.isEmpty()) {
			schedule(changed, removed, false);
		}
	}

	/** Indexes and checks every .referentiel file of the workspace (at start). */
	public void checkWholeWorkspace() {
		schedule(Set.of(), Set.of(), true);
	}

	private static void schedule(Set<IFile> changed, Set<IFile> removed, boolean all) {
		WorkspaceJob job = new WorkspaceJob("Vérification des référentiels") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				WorkspaceIndex index = LanguageServices.index();
				if (index == null) {
					return Status.OK_STATUS;
				}
				Failures.safely("vérification à l'enregistrement", () -> check(index, changed, removed, all, monitor));
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(ResourcesPlugin.getWorkspace().getRoot()));
		job.setSystem(true);
		job.schedule();
	}

	private static void check(WorkspaceIndex index, Set<IFile> changed, Set<IFile> removed, boolean all,
			IProgressMonitor monitor) {
		for (IFile file : removed) {
			index.remove(file);
		}
		Set<IProject> projects = new LinkedHashSet<>();
		Set<IFile> toCheck = new LinkedHashSet<>(all ? allFiles() : List.of());
		for (IFile file : all ? toCheck : changed) {
			try {
				index.reload(file);
			} catch (Exception e) {
				ReferentielUi.log("Lecture impossible de " + file.getFullPath(), e);
			}
			projects.add(file.getProject());
		}
		for (IFile file : index.files()) {
			if (projects.contains(file.getProject())) {
				toCheck.add(file);
			}
		}
		SubMonitor sub = SubMonitor.convert(monitor, toCheck.size());
		IResourceValidator validator = index.injector().getInstance(IResourceValidator.class);
		for (IFile file : toCheck) {
			if (sub.isCanceled() || !file.exists()) {
				continue;
			}
			try {
				List<Issue> issues = index.withFile(file,
						resource -> validator.validate(resource, CheckMode.ALL, () -> sub.isCanceled()));
				write(file, issues);
			} catch (Exception e) {
				if (file.exists()) { // a file deleted while it was checked has nothing to report
					ReferentielUi.log("Vérification impossible de " + file.getFullPath(), e);
				}
			}
			sub.worked(1);
		}
	}

	private static List<IFile> allFiles() {
		List<IFile> files = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (WorkspaceIndex.isReferentiel(resource)) {
					files.add((IFile) resource);
				}
				return resource.getType() != IResource.FILE && (resource.getType() != IResource.PROJECT
						|| ((IProject) resource).isOpen());
			});
		} catch (CoreException e) {
			ReferentielUi.log(e.getStatus());
		}
		return files;
	}

	/** Replaces the file's markers by one per issue. */
	private static void write(IFile file, List<Issue> issues) throws CoreException {
		ResourcesPlugin.getWorkspace().run(m -> {
			file.deleteMarkers(MARKER_TYPE, true, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				file.createMarker(MARKER_TYPE, attributes(issue));
			}
		}, null, 0, null);
	}

	/** Checks {@code file} again as it is on disk (an editor closed without saving leaves its markers behind). */
	public static void recheck(IFile file) {
		schedule(Set.of(file), Set.of(), false);
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

	/** The issue data stored on a marker. */
	public static String[] data(IMarker marker) {
		return data(marker.getAttribute(ISSUE_DATA, null));
	}

	/** The issue data a marker's {@link #ISSUE_DATA} attribute holds. */
	public static String[] data(String data) {
		return data == null || data.isEmpty() ? new String[0] : data.split(String.valueOf(DATA_SEPARATOR), -1);
	}
}
