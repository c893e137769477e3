/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.imports;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import fr.referentiel.studio.dsl.ui.LanguageServices;
import fr.referentiel.studio.dsl.ui.EditorWorkspace;

/**
 * The second half of an import, once the user agreed to the file name: the text written into the
 * workspace (created, or its content replaced with the previous one kept in the local history),
 * its folder created if needed, then checked as the editor will check it, so that the final message
 * says how many errors and warnings the new file has.
 */
final class ImportWrite implements IRunnableWithProgress {

	private final IFile target;
	private final String text;
	private int errors;
	private int warnings;
	private boolean checked;

	ImportWrite(IFile target, String text) {
		this.target = target;
		this.text = text;
	}

	@Override
	public void run(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		SubMonitor sub = SubMonitor.convert(monitor, "Écriture de « " + target.getName() + " »", 3);
		try {
			IWorkspaceRunnable write = m -> {
				SubMonitor inner = SubMonitor.convert(m, 2);
				createFolders(target.getParent(), inner.split(1));
				byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
				if (target.exists()) {
					target.setContents(new ByteArrayInputStream(bytes), true, true, inner.split(1));
				} else {
					target.create(new ByteArrayInputStream(bytes), true, inner.split(1));
				}
			};
			ResourcesPlugin.getWorkspace().run(write, target.getProject(), 0, sub.split(2));
			sub.subTask("Vérification de « " + target.getName() + " »");
			check();
			sub.worked(1);
		} catch (CoreException | java.io.IOException e) {
			throw new InvocationTargetException(e, e.getMessage());
		}
	}

	private static void createFolders(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent(), monitor);
			folder.create(true, true, monitor);
		}
	}

	/** The new file checked by the language, as saved, with the other files of its project. */
	private void check() throws CoreException, java.io.IOException {
		EditorWorkspace workspace = LanguageServices.workspace();
		if (workspace == null) {
			return; // the language could not start: it has already said so; the file is written all the same
		}
		IResourceValidator validator = workspace.injector().getInstance(IResourceValidator.class);
		List<Issue> issues = workspace.withSaved(target, resource -> validator.validate(resource, CheckMode.NORMAL_AND_FAST,
				CancelIndicator.NullImpl));
		errors = (int) issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
		warnings = (int) issues.stream().filter(i -> i.getSeverity() == Severity.WARNING).count();
		checked = true;
	}

	IFile target() {
		return target;
	}

	/** Whether the language checked the file (false only when its services could not start). */
	boolean checked() {
		return checked;
	}

	int errors() {
		return errors;
	}

	int warnings() {
		return warnings;
	}
}
