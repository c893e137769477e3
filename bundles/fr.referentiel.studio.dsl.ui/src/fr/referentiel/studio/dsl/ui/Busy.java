/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Waits for the workspace model. On the UI thread the window goes on living meanwhile (the
 * platform's busy cursor, its progress window after a moment, with Cancel): a check of a large
 * workspace must never freeze it.
 */
public final class Busy {

	private Busy() {
	}

	/** The value of {@code future}; null when the designer cancelled the wait. */
	public static <T> T join(CompletableFuture<T> future) {
		if (!future.isDone() && Display.getCurrent() != null && PlatformUI.isWorkbenchRunning()) {
			try {
				PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
					monitor.beginTask("Lecture des référentiels…", -1);
					while (!future.isDone()) {
						if (monitor.isCanceled()) {
							throw new InterruptedException();
						}
						try {
							future.get(50, TimeUnit.MILLISECONDS);
						} catch (TimeoutException | ExecutionException | CancellationException e) {
							// done or not yet: looked at again
						}
					}
				});
			} catch (InterruptedException e) {
				return null;
			} catch (InvocationTargetException e) {
				throw new IllegalStateException(e.getCause());
			}
		}
		try {
			return future.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw e;
		}
	}
}
