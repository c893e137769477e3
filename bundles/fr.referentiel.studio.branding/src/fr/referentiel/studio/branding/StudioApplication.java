/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.branding;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The product's application: chooses the work folder (given with {@code -data}, else the one
 * remembered, else asked once with {@link WorkFolderDialog}), then starts the platform's IDE
 * workbench on it. The platform's own prompt is not used: it is in English, offers a folder
 * next to where the application was started (inside the installation with the README's
 * unpacking) and remembers it in the installation's configuration, which an upgrade deletes.
 */
public class StudioApplication implements IApplication {

	/** The platform's IDE application, run once the work folder is set. */
	static final String IDE_APPLICATION = "org.eclipse.ui.ide.workbench";

	private IApplication workbench;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Location instance = Platform.getInstanceLocation();
		// -data given (the script's REFERENTIEL_STUDIO_WORKSPACE, tests, several work folders): it wins.
		if (instance != null && !instance.isSet() && !instance.isReadOnly()) {
			WorkFolder rules = new WorkFolder(Path.of(System.getProperty("user.home")), System.getProperty("os.name"),
					installation());
			Path folder = rules.remembered().orElse(null);
			if (folder == null) {
				// The splash would hide the question: taken down (the first start only).
				context.applicationRunning();
				// The workbench reuses this display (PlatformUI.createDisplay returns the current one).
				Display display = PlatformUI.createDisplay();
				WorkFolderDialog dialog = new WorkFolderDialog(null, rules);
				if (dialog.open() != Window.OK || dialog.chosen() == null) {
					display.dispose();
					return EXIT_OK;
				}
				folder = dialog.chosen();
				try {
					rules.remember(folder);
				} catch (IOException e) {
					// Not fatal: the question comes back at the next start.
					ILog.of(StudioApplication.class).warn("Dossier de travail non mémorisé : " + e.getMessage());
				}
			}
			instance.set(fileUrl(folder), false);
		}
		workbench = ideApplication();
		return workbench.start(context);
	}

	@Override
	public void stop() {
		if (workbench != null) {
			workbench.stop();
		}
	}

	/** The folder the application runs from ({@code -install}), null when it is not a local folder. */
	static Path installation() {
		Location install = Platform.getInstallLocation();
		URL url = install == null ? null : install.getURL();
		if (url == null || !"file".equals(url.getProtocol())) {
			return null;
		}
		String path = url.getPath();
		// file:/C:/Programmes/… on Windows: the drive letter without the slash before it.
		return Path.of(path.matches("/[A-Za-z]:.*") ? path.substring(1) : path);
	}

	/**
	 * A location URL as the platform writes them, {@code file:} and the path as is: the workbench
	 * reads them back with {@code getFile()}, which would keep a %-encoded « é » or space.
	 */
	@SuppressWarnings("deprecation")
	static URL fileUrl(Path folder) throws java.net.MalformedURLException {
		String path = folder.toAbsolutePath().toString().replace('\\', '/');
		path = path.startsWith("/") ? path : "/" + path; // file:/C:/… on Windows
		return new URL("file", null, path.endsWith("/") ? path : path + "/");
	}

	/** The platform's IDE application, through its extension: its class is internal to the platform. */
	private static IApplication ideApplication() throws CoreException {
		IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.applications",
				IDE_APPLICATION);
		if (extension == null) {
			throw new IllegalStateException("Application absente de l'installation : " + IDE_APPLICATION);
		}
		for (IConfigurationElement application : extension.getConfigurationElements()) {
			for (IConfigurationElement run : application.getChildren("run")) {
				return (IApplication) run.createExecutableExtension("class");
			}
		}
		throw new IllegalStateException("Application incomplète : " + IDE_APPLICATION);
	}
}
