/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.branding;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.FrameworkUtil;

/** The « Exemples » project: the referentials shipped with Référentiel Studio, copied from this bundle. */
public final class ExampleProject {

	public static final String NAME = "Exemples";
	/** The first one is opened after creation: the complete REAC of the TAI. */
	static final String[] FILES = { "tai-2023.referentiel", "asr-rncp.referentiel", "bts-sio.referentiel" };

	private ExampleProject() {
	}

	/** Creates the project (keeping files already there) and returns the TAI referential. */
	public static IFile create(IWorkspace workspace) throws CoreException {
		IProject project = workspace.getRoot().getProject(NAME);
		workspace.run(monitor -> {
			if (!project.exists()) {
				project.create(monitor);
			}
			project.open(monitor);
			for (String name : FILES) {
				IFile file = project.getFile(name);
				if (!file.exists()) {
					try (InputStream content = shipped(name)) {
						file.create(content, true, monitor);
					} catch (IOException e) {
						throw new CoreException(Status.error("Exemple illisible dans l'installation : " + name, e));
					}
					file.setCharset("UTF-8", monitor);
				}
			}
		}, null);
		return project.getFile(FILES[0]);
	}

	private static InputStream shipped(String name) throws IOException, CoreException {
		URL entry = FrameworkUtil.getBundle(ExampleProject.class).getEntry("examples/" + name);
		if (entry == null) {
			throw new CoreException(new Status(IStatus.ERROR, FirstStart.BUNDLE,
					"Exemple absent de l'installation : " + name));
		}
		return entry.openStream();
	}
}
