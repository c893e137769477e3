/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.imports;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;

import fr.referentiel.studio.interchange.ImportException;

/**
 * Runs a reading that has no way to be cancelled (an importer reads its file to the end: the RNCP
 * export is 570 MB) on a thread of its own, and stops waiting for it as soon as the user presses
 * « Annuler »: the wizard gets its hand back at once, the thread is interrupted (a blocked file read
 * then stops) and whatever it still returns is thrown away. Nothing is ever written by such a call.
 */
final class Abandonable {

	/** A reading that may fail with a French message. */
	interface Reading<T> {
		T read() throws ImportException;
	}

	private Abandonable() {
	}

	/**
	 * The result of {@code reading}, or {@link InterruptedException} when the user cancelled first.
	 * An unexpected failure of the reading (a defect, not the input's fault) comes back as itself.
	 */
	static <T> T run(String threadName, IProgressMonitor monitor, Reading<T> reading) throws ImportException, InterruptedException {
		CompletableFuture<T> result = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				result.complete(reading.read());
			} catch (Throwable e) { // handed over to the waiting thread, which decides what the user sees
				result.completeExceptionally(e);
			}
		}, threadName);
		thread.setDaemon(true); // an abandoned reading must not keep the application from closing
		thread.start();
		while (true) {
			if (monitor.isCanceled()) {
				thread.interrupt();
				throw new InterruptedException();
			}
			try {
				return result.get(100, TimeUnit.MILLISECONDS);
			} catch (TimeoutException stillReading) {
				// look at the « Annuler » button again
			} catch (ExecutionException e) {
				Throwable cause = e.getCause();
				if (cause instanceof ImportException refused) {
					throw refused;
				}
				if (cause instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (cause instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(cause);
			}
		}
	}
}
