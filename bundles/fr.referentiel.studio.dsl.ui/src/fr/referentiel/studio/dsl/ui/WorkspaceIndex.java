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
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * Every {@code .referentiel} file of the workspace parsed into one resource set, so that a
 * reference to {@code TAI_2018.CP3} resolves to the file that declares it (the role the Xtext
 * builder's index plays in Xtext UI). A file open in an editor is held with the editor's text
 * (see {@link #withDocument}), so other files see what is being typed, as in Xtext's dirty state.
 *
 * <p>All access goes through the synchronized methods: EMF resource sets are not thread-safe and
 * the index is used from reconcilers, jobs and the UI thread.
 */
public final class WorkspaceIndex {

	public static final String EXTENSION = "referentiel";

	private final Injector injector;
	private final XtextResourceSet resourceSet;
	private final Map<URI, String> texts = new HashMap<>();
	/** A change in any file can change what another file's references point to: relink lazily. */
	private long generation;
	private final Map<Resource, Long> linkedAt = new HashMap<>();

	WorkspaceIndex(Injector injector) {
		this.injector = injector;
		this.resourceSet = newResourceSet();
	}

	/**
	 * A resource set whose .referentiel resources come from this injector. The global EMF registry
	 * is not enough: another injector of the language (the headless checker's) may register itself
	 * there, and its grammar objects differ from those the .ide content assist parser knows.
	 */
	private XtextResourceSet newResourceSet() {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, injector.getInstance(IResourceFactory.class));
		return set;
	}

	/** A resource made by this injector, so its parser and grammar are the ones of the .ide services. */
	private XtextResource newResource(XtextResourceSet set, URI uri) {
		XtextResource resource = injector.getInstance(XtextResource.class);
		resource.setURI(uri);
		set.getResources().add(resource);
		return resource;
	}

	/** The injector whose services made this index's resources: the only one to use on them. */
	public Injector injector() {
		return injector;
	}

	public static boolean isReferentiel(IResource resource) {
		return resource instanceof IFile && EXTENSION.equals(resource.getFileExtension());
	}

	public static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The workspace file of a platform resource URI, or null. */
	public static IFile fileOf(URI uri) {
		if (uri == null || !uri.isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
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

	/**
	 * Runs {@code action} on the resource of {@code file} holding {@code text} (the editor's
	 * document): the "document resource" every editor service works on.
	 */
	public synchronized <T> T withDocument(IFile file, String text, Function<XtextResource, T> action) {
		XtextResource resource = update(uriOf(file), text);
		return action.apply(fresh(resource));
	}

	/** Runs {@code action} on a text that is not a workspace file, in a resource set of its own. */
	public synchronized <T> T withText(String text, Function<XtextResource, T> action) {
		XtextResourceSet own = newResourceSet();
		XtextResource resource = newResource(own, URI.createURI("synthetic:/document." + EXTENSION));
		load(resource, text);
		return action.apply(resource);
	}

	/** Runs {@code action} on a file as last given to the index (the editor's text or the saved one). */
	public synchronized <T> T withFile(IFile file, Function<XtextResource, T> action) throws CoreException, IOException {
		XtextResource resource = (XtextResource) resourceSet.getResource(uriOf(file), false);
		if (resource == null) {
			resource = update(uriOf(file), diskText(file));
		}
		return action.apply(fresh(resource));
	}

	/** Runs {@code action} over every indexed file, each relinked to the others' current content. */
	public synchronized <T> T withAll(Function<List<XtextResource>, T> action) {
		List<XtextResource> all = new ArrayList<>();
		for (Resource r : List.copyOf(resourceSet.getResources())) {
			if (r instanceof XtextResource x) {
				all.add(fresh(x));
			}
		}
		return action.apply(all);
	}

	/** Every indexed file copied into a resource set of its own, with the texts it was read from. */
	public record Snapshot(XtextResourceSet resourceSet, Map<URI, String> texts) {
	}

	/**
	 * A copy of the workspace for a service that changes models to compute its edits (rename): the
	 * index itself must keep what the files say.
	 */
	public synchronized Snapshot snapshot() {
		XtextResourceSet copy = newResourceSet();
		Map<URI, String> copied = new HashMap<>(texts);
		copied.forEach((uri, text) -> load(newResource(copy, uri), text));
		return new Snapshot(copy, copied);
	}

	/** Reads a file as saved into the index (after a save, an external change or a revert). */
	public synchronized void reload(IFile file) throws CoreException, IOException {
		if (file.exists()) {
			update(uriOf(file), diskText(file));
		} else {
			remove(file);
		}
	}

	public synchronized void remove(IFile file) {
		Resource resource = resourceSet.getResource(uriOf(file), false);
		if (resource != null) {
			resource.unload();
			resourceSet.getResources().remove(resource);
			texts.remove(resource.getURI());
			linkedAt.remove(resource);
			generation++;
		}
	}

	/** The files indexed. */
	public synchronized List<IFile> files() {
		List<IFile> files = new ArrayList<>();
		for (Resource r : resourceSet.getResources()) {
			IFile file = fileOf(r.getURI());
			if (file != null) {
				files.add(file);
			}
		}
		return files;
	}

	private XtextResource update(URI uri, String text) {
		XtextResource resource = (XtextResource) resourceSet.getResource(uri, false);
		if (resource != null && text.equals(texts.get(uri))) {
			return resource;
		}
		if (resource == null) {
			resource = newResource(resourceSet, uri);
			load(resource, text);
		} else {
			try {
				resource.reparse(text);
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		texts.put(uri, text);
		generation++;
		linkedAt.put(resource, generation);
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

	private XtextResource fresh(XtextResource resource) {
		Long at = linkedAt.get(resource);
		if (at == null || at < generation) {
			resource.relink();
			linkedAt.put(resource, generation);
		}
		return resource;
	}
}
