/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import fr.referentiel.studio.dsl.ui.markers.ProblemMarkers;

/** The editor bundle: starts the language services in the background as soon as it is loaded. */
public class ReferentielUi extends AbstractUIPlugin {

	public static final String ID = "fr.referentiel.studio.dsl.ui";

	private ProblemMarkers problemMarkers;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		LanguageServices.start();
		problemMarkers = new ProblemMarkers();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(problemMarkers, IResourceChangeEvent.POST_CHANGE);
		problemMarkers.checkWholeWorkspace();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		if (problemMarkers != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(problemMarkers);
		}
		super.stop(context);
	}

	public static void log(IStatus status) {
		ILog.of(ReferentielUi.class).log(status);
	}

	public static void log(String message, Throwable e) {
		log(Status.error(message, e));
	}
}
