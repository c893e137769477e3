/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ide.ReferentielIdeSetup;

/**
 * The language's Guice injector (runtime + .ide services), created once in a background job:
 * creating it on the UI thread at first paint freezes the window noticeably. Editors ask for it
 * without waiting ({@link #now()}) on the UI thread and wait ({@link #await()}) only in the background.
 */
public final class LanguageServices {

	private static final CompletableFuture<Injector> INJECTOR = new CompletableFuture<>();
	private static EditorWorkspace workspace;
	/**
	 * One creation job only: a second one, started before the first finished, made a second
	 * injector whose grammar objects the first one's content assist parser does not know (no
	 * proposals inside blocks, an NPE in {@code getFollowElements}).
	 */
	private static boolean started;

	private LanguageServices() {
	}

	static synchronized void start() {
		if (started) {
			return;
		}
		started = true;
		Job job = Job.create("Démarrage des services du langage .referentiel", monitor -> {
			try {
				Injector injector = new ReferentielIdeSetup().createInjectorAndDoEMFRegistration();
				EditorWorkspace model = new EditorWorkspace(injector);
				synchronized (LanguageServices.class) {
					workspace = model;
				}
				model.start();
				WorkspaceListener.follow(model);
				INJECTOR.complete(injector);
			} catch (Throwable e) { // a missing bundle shows up as a LinkageError: report it, never rethrow into the UI
				INJECTOR.completeExceptionally(e);
				Failures.report("Les services du langage .referentiel n'ont pas pu démarrer. "
						+ "L'éditeur reste utilisable comme éditeur de texte.", e);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.SHORT);
		job.schedule();
	}

	/** The injector when it is ready, otherwise null (never blocks: for the UI thread). */
	public static Injector now() {
		return INJECTOR.isDone() && !INJECTOR.isCompletedExceptionally() ? INJECTOR.join() : null;
	}

	/** Waits for the injector (background threads only); null when it could not be created. */
	public static Injector await() {
		start();
		try {
			return INJECTOR.get(60, TimeUnit.SECONDS);
		} catch (ExecutionException | TimeoutException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** The workspace model, waiting for the injector (background threads only); null on failure. */
	public static EditorWorkspace workspace() {
		return await() == null ? null : workspaceNow();
	}

	/** The workspace model when ready, otherwise null. */
	public static synchronized EditorWorkspace workspaceNow() {
		return workspace;
	}

	/** Runs {@code action} with the injector once it exists (in the thread that created it, or at once). */
	public static void whenReady(Consumer<Injector> action) {
		start();
		INJECTOR.thenAccept(action);
	}
}
