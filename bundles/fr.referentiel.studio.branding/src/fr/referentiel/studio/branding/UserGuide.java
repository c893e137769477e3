/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.branding;

import java.io.IOException;
import java.net.URL;
import java.util.function.Predicate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * « Aide > Guide de l'utilisateur »: the French guide shipped in this bundle ({@code guide/}),
 * opened in the system's browser. The platform's help system is not in the product (it is a web
 * application of its own: an HTTP server, a JSP engine and a search index), so its « Help
 * Contents », « Search » and « Dynamic Help » entries, which did nothing, are hidden (an activity
 * in plugin.xml) and this one takes their place.
 */
public class UserGuide extends AbstractHandler {

	/** Opens a URL in the system's browser; true when the system could. Replaced by the UI tests. */
	public static Predicate<String> browser = Program::launch;

	@Override
	public Object execute(ExecutionEvent event) {
		String url;
		try {
			url = location().toString();
		} catch (IOException e) {
			ILog.of(UserGuide.class).error("Guide de l'utilisateur introuvable", e);
			MessageDialog.openError(HandlerUtil.getActiveShell(event), "Guide de l'utilisateur",
					"Le guide de l'utilisateur est introuvable dans l'installation : " + e.getMessage());
			return null;
		}
		if (!browser.test(url)) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Guide de l'utilisateur",
					"Aucun navigateur n'a pu ouvrir le guide. Ouvrez ce fichier dans votre navigateur :\n\n" + url);
		}
		return null;
	}

	/** The guide's first page as a file: a browser cannot read inside the bundle's jar. */
	public static URL location() throws IOException {
		URL entry = Platform.getBundle(FirstStart.BUNDLE).getEntry("guide/index.html");
		if (entry == null) {
			throw new IOException("guide/index.html");
		}
		FileLocator.toFileURL(Platform.getBundle(FirstStart.BUNDLE).getEntry("guide/")); // its pages and style with it
		return FileLocator.toFileURL(entry);
	}
}
