/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ide.server.ReadableFilesScanner;
import fr.referentiel.studio.dsl.ide.server.ReferentielWorkspaceManager;
import fr.referentiel.studio.dsl.ide.server.VanishedFilesBuildManager;

/**
 * The editor's model of the workspace: the {@code .ide} layer's {@link WorkspaceManager}, the one
 * {@code referentiel lsp} runs, here in-process with one Xtext project per open Eclipse project.
 * A referential sees the referentials of its own project only (the rule of the language server,
 * where a project is a workspace folder; docs/validation.md, « Which referentials a file sees »). Open editors give it
 * their text ({@link #document}), the project builder the saved files ({@link #filesChanged}); every
 * change is built at once, as the server does, and the issues found are given to the
 * {@link IssueListener}s: the editor's annotations, the Problems view's markers.
 *
 * <p>The model is not thread-safe: every operation runs, in the order asked, on one thread of its
 * own. A change cancels the build of the previous one (its files are built with the next). The UI
 * thread never waits on it but through {@link Busy}, which keeps the window alive.
 */
public final class EditorWorkspace {

	public static final String EXTENSION = "referentiel";

	/** Told of the issues of a file each time it is built. */
	public interface IssueListener {
		/**
		 * @param text the editor's text the issues were found in, or null for a saved file
		 */
		void issues(URI uri, String text, List<Issue> issues);
	}

	private final Injector language;
	private final WorkspaceManager manager;
	private final UriExtensions uris;
	private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "Référentiel : modèle de l'espace de travail");
		t.setDaemon(true);
		return t;
	});
	/** Increased by each change: a build whose change is no longer the last is cancelled. */
	private final AtomicLong changes = new AtomicLong();
	private final Map<URI, List<Issue>> issues = new ConcurrentHashMap<>();
	private final List<IssueListener> listeners = new CopyOnWriteArrayList<>();
	/** Files open in an editor, with the version of their text (model thread only). */
	private final Map<URI, Integer> open = new HashMap<>();
	/** The text of each file open in an editor, as last given (model thread only). */
	private final Map<URI, String> openTexts = new HashMap<>();
	/** The Eclipse projects given to the model as workspace folders, by name (model thread only). */
	private final Map<String, WorkspaceFolder> folders = new LinkedHashMap<>();

	EditorWorkspace(Injector language) {
		this.language = language;
		Injector server = Guice.createInjector(Modules2.mixin(new ServerModule(), new AbstractModule() {
			@Override
			protected void configure() {
				bind(IResourceServiceProvider.Registry.class).toInstance(registryOf(language));
				bind(WorkspaceManager.class).to(ReferentielWorkspaceManager.class);
				bind(BuildManager.class).to(VanishedFilesBuildManager.class);
				bind(IFileSystemScanner.class).to(ReadableFilesScanner.class);
			}
		}));
		this.manager = server.getInstance(WorkspaceManager.class);
		this.uris = server.getInstance(UriExtensions.class);
	}

	/** The language of the editor's services (its grammar objects are those of the .ide content assist). */
	private static IResourceServiceProvider.Registry registryOf(Injector language) {
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put(EXTENSION, language.getInstance(IResourceServiceProvider.class));
		return registry;
	}

	/** The injector whose services made this model's resources: the only one to use on them. */
	public Injector injector() {
		return language;
	}

	public void addIssueListener(IssueListener listener) {
		listeners.add(listener);
	}

	public void removeIssueListener(IssueListener listener) {
		listeners.remove(listener);
	}

	/** The issues of the file's last build, or null before it was built. */
	public List<Issue> issues(IFile file) {
		return issues.get(uriOf(file));
	}

	// ---- Files and URIs -------------------------------------------------------------------------

	public static boolean isReferentiel(IResource resource) {
		return resource instanceof IFile && EXTENSION.equals(resource.getFileExtension());
	}

	/** The file's URI in the model: its place on disk, as the language server names it. */
	public static URI uriOf(IFile file) {
		IPath location = file.getLocation();
		return location == null ? URI.createPlatformResourceURI(file.getFullPath().toString(), true)
				: new org.eclipse.xtext.util.UriExtensions().toEmfUri(location.toFile().toPath().toUri());
	}

	/** The workspace file of a model URI, or null. */
	public static IFile fileOf(URI uri) {
		if (uri == null) {
			return null;
		}
		if (uri.isPlatformResource()) {
			return ResourcesPlugin.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
		}
		if (!uri.isFile()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(new org.eclipse.core.runtime.Path(uri.trimFragment().toFileString()));
	}

	/** The text of a file as saved, in its charset. */
	public static String diskText(IFile file) throws CoreException, IOException {
		Charset charset;
		try {
			charset = Charset.forName(file.getCharset());
		} catch (RuntimeException e) {
			charset = StandardCharsets.UTF_8;
		}
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), charset);
		}
	}

	// ---- Changes ------------------------------------------------------------------------------

	/** Gives the model the open projects of the workspace and builds them (at start). */
	public CompletableFuture<Void> start() {
		return change(() -> {
			List<WorkspaceFolder> initial = new ArrayList<>();
			for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
				WorkspaceFolder folder = folderOf(project);
				if (folder != null) {
					folders.put(project.getName(), folder);
					initial.add(folder);
				}
			}
			manager.initialize(initial, this::accept, CancelIndicator.NullImpl);
			return Buildable.NO_BUILD;
		});
	}

	/** Follows the projects opened, closed, created or deleted since the last call. */
	public CompletableFuture<Void> projectsChanged() {
		return change(() -> {
			Map<String, WorkspaceFolder> now = new LinkedHashMap<>();
			for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
				WorkspaceFolder folder = folderOf(project);
				if (folder != null) {
					now.put(project.getName(), folder);
				}
			}
			List<WorkspaceFolder> added = now.entrySet().stream().filter(e -> !e.getValue().equals(folders.get(e.getKey())))
					.map(Map.Entry::getValue).toList();
			List<WorkspaceFolder> removed = folders.entrySet().stream().filter(e -> !e.getValue().equals(now.get(e.getKey())))
					.map(Map.Entry::getValue).toList();
			if (!added.isEmpty() || !removed.isEmpty()) {
				folders.clear();
				folders.putAll(now);
				manager.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(added, removed)),
						CancelIndicator.NullImpl);
			}
			return Buildable.NO_BUILD;
		});
	}

	private WorkspaceFolder folderOf(IProject project) {
		IPath location = project.isOpen() ? project.getLocation() : null;
		return location == null ? null : new WorkspaceFolder(uris.toUriString(location.toFile().toPath().toUri()), project.getName());
	}

	/** Saved files changed, added or deleted (from the project builder): built with their dependents. */
	public CompletableFuture<Void> filesChanged(List<IFile> changed, List<IFile> deleted) {
		List<URI> dirty = changed.stream().map(EditorWorkspace::uriOf).toList();
		List<URI> gone = deleted.stream().map(EditorWorkspace::uriOf).toList();
		return change(() -> manager.didChangeFiles(dirty, gone));
	}

	/**
	 * The editor's text of an open file: built at once with what depends on it, then {@code after}
	 * runs on its resource, unless a later change cancelled the build (then null).
	 */
	public <T> CompletableFuture<T> document(IFile file, String text, Function<XtextResource, T> after) {
		URI uri = uriOf(file);
		long number = changes.incrementAndGet();
		return submit(() -> {
			CancelIndicator cancel = () -> changes.get() != number;
			return build(update(uri, text), cancel) ? manager.doRead(uri, (document, resource) -> after.apply(resource)) : null;
		});
	}

	/** Runs on the model thread: opens the file with {@code text}, or changes its text; no build. */
	private Buildable update(URI uri, String text) {
		Integer version = open.get(uri);
		if (version == null) {
			open.put(uri, 1);
			openTexts.put(uri, text);
			return manager.didOpen(uri, 1, text);
		}
		if (text.equals(openTexts.get(uri))) {
			return Buildable.NO_BUILD;
		}
		open.put(uri, version + 1);
		openTexts.put(uri, text);
		return manager.didChangeTextDocumentContent(uri, version + 1, List.of(new TextDocumentContentChangeEvent(text)));
	}

	/** The editor of the file was closed: the model takes the saved file again. */
	public CompletableFuture<Void> close(IFile file) {
		URI uri = uriOf(file);
		return change(() -> {
			openTexts.remove(uri);
			if (open.remove(uri) == null) {
				return Buildable.NO_BUILD;
			}
			return manager.didClose(uri);
		});
	}

	/** Whether an editor gave the model its text for this file. */
	public CompletableFuture<Boolean> isOpen(IFile file) {
		URI uri = uriOf(file);
		return submit(() -> open.containsKey(uri));
	}

	/** Runs {@code update} on the model thread, then builds, cancelled by the next change. */
	private CompletableFuture<Void> change(java.util.function.Supplier<Buildable> update) {
		long number = changes.incrementAndGet();
		return submit(() -> {
			build(update.get(), () -> changes.get() != number);
			return null;
		});
	}

	/**
	 * Builds {@code buildable}, or what a cancelled build left queued; false when cancelled. Until
	 * its files are built, the model's resources hold their older text: every read builds first.
	 */
	private boolean build(Buildable buildable, CancelIndicator cancel) {
		try {
			(buildable == Buildable.NO_BUILD ? manager.didChangeFiles(List.of(), List.of()) : buildable).build(cancel);
			return !cancel.isCanceled();
		} catch (RuntimeException e) {
			if (OPERATION_CANCELED.isOperationCanceledException(e)) {
				return false; // a later change: it builds these files with its own
			}
			throw e;
		}
	}

	private static final org.eclipse.xtext.service.OperationCanceledManager OPERATION_CANCELED = new org.eclipse.xtext.service.OperationCanceledManager();

	private void accept(URI uri, Iterable<Issue> found) {
		List<Issue> list = new ArrayList<>();
		found.forEach(list::add);
		issues.put(uri, List.copyOf(list));
		String text = openTexts.get(uri);
		for (IssueListener listener : listeners) {
			Failures.safely("publication des problèmes", () -> listener.issues(uri, text, list));
		}
	}

	// ---- Reads --------------------------------------------------------------------------------

	/** Runs {@code action} on the model thread with the model itself (references, rename). */
	public <T> CompletableFuture<T> withModel(Function<WorkspaceManager, T> action) {
		return submit(() -> {
			build(Buildable.NO_BUILD, CancelIndicator.NullImpl);
			return action.apply(manager);
		});
	}

	/** Runs {@code action} on the model's resource of {@code uri} (a file of an open project) and its text. */
	public <T> CompletableFuture<T> read(URI uri, BiFunction<org.eclipse.xtext.ide.server.Document, XtextResource, T> action) {
		return submit(() -> {
			build(Buildable.NO_BUILD, CancelIndicator.NullImpl);
			return manager.doRead(uri, action::apply);
		});
	}

	/**
	 * Runs {@code action} on the resource of {@code file} holding {@code text}. An editor's file is
	 * given its text first; any other file whose text is not the saved one (a buffer without
	 * editor) is opened for the action only.
	 */
	public <T> CompletableFuture<T> read(IFile file, String text, Function<XtextResource, T> action) {
		URI uri = uriOf(file);
		// Not cancelled by a later change: what the action reads must be the text it was given.
		return submit(() -> {
			if (open.containsKey(uri)) {
				build(update(uri, text), CancelIndicator.NullImpl);
				return manager.doRead(uri, (document, resource) -> action.apply(resource));
			}
			build(Buildable.NO_BUILD, CancelIndicator.NullImpl);
			String saved = manager.getProjectManager(uri) == null ? null
					: manager.doRead(uri, (document, resource) -> document.getContents());
			if (text.equals(saved)) {
				return manager.doRead(uri, (document, resource) -> action.apply(resource));
			}
			openTexts.put(uri, text);
			build(manager.didOpen(uri, 1, text), CancelIndicator.NullImpl);
			try {
				return manager.doRead(uri, (document, resource) -> action.apply(resource));
			} finally {
				openTexts.remove(uri);
				build(manager.didClose(uri), CancelIndicator.NullImpl);
			}
		});
	}

	/** Waits for the action on the model's resource of the file (its editor's text when open). */
	public <T> T withFile(IFile file, Function<XtextResource, T> action) {
		return Busy.join(read(uriOf(file), (document, resource) -> action.apply(resource)));
	}

	/** Completes once everything asked before has been done (tests, exports). */
	public CompletableFuture<Void> idle() {
		return submit(() -> null);
	}

	private <T> CompletableFuture<T> submit(java.util.concurrent.Callable<T> task) {
		CompletableFuture<T> result = new CompletableFuture<>();
		thread.execute(() -> {
			try {
				result.complete(task.call());
			} catch (Throwable e) { // said to whoever waits; the model thread goes on
				result.completeExceptionally(e);
			}
		});
		return result;
	}

	// ---- Saved files apart --------------------------------------------------------------------

	/** Saved texts of one project read into a resource set of their own, apart from the model. */
	public record Snapshot(XtextResourceSet resourceSet, Map<URI, String> texts) {
	}

	/**
	 * The saved {@code .referentiel} files of the projects, in a resource set of their own: what an
	 * export or a comparison reads, as the command line would, and may change without touching the
	 * model.
	 */
	public Snapshot saved(IProject... projects) throws CoreException, IOException {
		XtextResourceSet set = newResourceSet();
		Map<URI, String> texts = new LinkedHashMap<>();
		java.util.Set<IFile> files = new java.util.LinkedHashSet<>();
		for (IProject project : projects) {
			project.accept(resource -> {
				if (isReferentiel(resource) && resource.isAccessible()) {
					files.add((IFile) resource);
				}
				return true;
			});
		}
		for (IFile file : files) {
			String text = diskText(file);
			URI uri = uriOf(file);
			texts.put(uri, text);
			load(newResource(set, uri), text);
		}
		return new Snapshot(set, texts);
	}

	/** Runs {@code action} on the saved file, read with the saved files of its project. */
	public <T> T withSaved(IFile file, Function<XtextResource, T> action) throws CoreException, IOException {
		Snapshot snapshot = saved(file.getProject());
		XtextResource resource = (XtextResource) snapshot.resourceSet().getResource(uriOf(file), false);
		if (resource == null) {
			throw new IOException("Le fichier « " + file.getName() + " » n'est pas lisible.");
		}
		return action.apply(resource);
	}

	/** Runs {@code action} on a text that is not a workspace file, in a resource set of its own. */
	public <T> T withText(String text, Function<XtextResource, T> action) {
		XtextResource resource = newResource(newResourceSet(), URI.createURI("synthetic:/document." + EXTENSION));
		load(resource, text);
		return action.apply(resource);
	}

	/**
	 * A resource set whose .referentiel resources come from the editor's injector. The global EMF
	 * registry is not enough: another injector of the language (the headless checker's) may register
	 * itself there, and its grammar objects differ from those the .ide content assist parser knows.
	 */
	private XtextResourceSet newResourceSet() {
		XtextResourceSet set = language.getInstance(XtextResourceSet.class);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, language.getInstance(IResourceFactory.class));
		return set;
	}

	private XtextResource newResource(XtextResourceSet set, URI uri) {
		XtextResource resource = language.getInstance(XtextResource.class);
		resource.setURI(uri);
		set.getResources().add(resource);
		return resource;
	}

	private static void load(XtextResource resource, String text) {
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
