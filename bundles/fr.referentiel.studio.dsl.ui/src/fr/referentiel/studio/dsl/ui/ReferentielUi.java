/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;


/** The editor bundle: starts the language services in the background as soon as it is loaded. */
public class ReferentielUi extends AbstractUIPlugin {

	public static final String ID = "fr.referentiel.studio.dsl.ui";

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		LanguageServices.start();
	}

	public static void log(IStatus status) {
		ILog.of(ReferentielUi.class).log(status);
	}

	public static void log(String message, Throwable e) {
		log(Status.error(message, e));
	}
}
