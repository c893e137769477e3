/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * A failing language service (a bug, a missing bundle) must never break the editor: the call
 * returns a neutral value, the error is logged, and the user is told once per kind of service,
 * in French, rather than at every keystroke.
 */
public final class Failures {

	private static final Set<String> SHOWN = ConcurrentHashMap.newKeySet();

	private Failures() {
	}

	/** Runs {@code call}; on any failure reports it and returns {@code fallback}. */
	public static <T> T safely(String service, Supplier<T> call, T fallback) {
		try {
			return call.get();
		} catch (org.eclipse.xtext.service.OperationCanceledError | org.eclipse.core.runtime.OperationCanceledException e) {
			return fallback;
		} catch (RuntimeException | LinkageError | StackOverflowError e) {
			report("Le service « " + service + " » du langage .referentiel a échoué ; l'éditeur reste utilisable.", e);
			return fallback;
		}
	}

	public static void safely(String service, Runnable call) {
		safely(service, () -> {
			call.run();
			return null;
		}, null);
	}

	/** Logs the failure and shows the message once per message. */
	public static void report(String message, Throwable e) {
		var status = Status.error(message + (e == null || e.getMessage() == null ? "" : "\n" + e.getMessage()), e);
		int style = SHOWN.add(message) ? StatusManager.SHOW | StatusManager.LOG : StatusManager.LOG;
		try {
			StatusManager.getManager().handle(status, style);
		} catch (RuntimeException | LinkageError notInAWorkbench) {
			ReferentielUi.log(status);
		}
	}
}
