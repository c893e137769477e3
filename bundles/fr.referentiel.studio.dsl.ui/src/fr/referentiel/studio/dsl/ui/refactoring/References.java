/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.refactoring;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.search.ui.text.Match;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.findReferences.TargetURIs;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.findReferences.WorkspaceResourceAccess;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IReferenceDescription;

import fr.referentiel.studio.dsl.ui.Busy;
import fr.referentiel.studio.dsl.ui.EditorWorkspace;
import fr.referentiel.studio.dsl.ui.refactoring.ReferencesQuery.ReferenceLine;
import fr.referentiel.studio.model.Referential;

/**
 * Where an element is referred to: « Rechercher les références », by the language's reference
 * finder over the workspace model's index (the files of the element's project, the editors'
 * unsaved text included).
 */
public final class References {

	private References() {
	}

	/** Gives the model the text of every open editor of a .referentiel file, so that offsets match what editors show. */
	public static void syncOpenDocuments(EditorWorkspace workspace) {
		for (ITextFileBuffer buffer : textBuffers()) {
			IFile file = buffer.getLocation() == null ? null
					: org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
			if (file != null && EditorWorkspace.isReferentiel(file) && file.exists()) {
				Busy.join(workspace.read(file, buffer.getDocument().get(), r -> null));
			}
		}
	}

	private static ITextFileBuffer[] textBuffers() {
		return java.util.Arrays.stream(FileBuffers.getTextFileBufferManager().getFileBuffers())
				.filter(ITextFileBuffer.class::isInstance).toArray(ITextFileBuffer[]::new);
	}

	/**
	 * The references to the element {@code target} (an EMF URI), one match on its identifier each,
	 * and for a referential the first segment of the qualified references ({@code TAI_2018.CP3})
	 * to what it contains.
	 */
	public static List<Match> find(EditorWorkspace workspace, String target) {
		syncOpenDocuments(workspace);
		List<Match> found = Busy.join(workspace.withModel(manager -> find(workspace, manager, URI.createURI(target))));
		return found == null ? List.of() : found;
	}

	private static List<Match> find(EditorWorkspace workspace, WorkspaceManager manager, URI target) {
		TargetURIs targets = workspace.injector().getInstance(TargetURIs.class);
		boolean referential = manager.doRead(target.trimFragment(), (document, resource) -> {
			EObject element = resource.getEObject(target.fragment());
			if (element == null) {
				return false;
			}
			targets.addURI(EcoreUtil.getURI(element));
			if (element instanceof Referential) {
				element.eAllContents().forEachRemaining(e -> targets.addURI(EcoreUtil.getURI(e)));
			}
			return element instanceof Referential;
		});
		List<Match> found = new ArrayList<>();
		IReferenceFinder finder = workspace.injector().getInstance(IReferenceFinder.class);
		finder.findAllReferences(targets, new WorkspaceResourceAccess(manager), manager.getIndex(), new IReferenceFinder.Acceptor() {
			@Override
			public void accept(EObject source, URI sourceURI, EReference reference, int index, EObject targetOrProxy, URI targetURI) {
				collect(source, reference, index, targetURI.equals(target), referential, found);
			}

			@Override
			public void accept(IReferenceDescription description) {
				URI source = description.getSourceEObjectUri();
				manager.doRead(source.trimFragment(), (document, resource) -> {
					EObject object = resource.getEObject(source.fragment());
					if (object != null) {
						collect(object, description.getEReference(), description.getIndexInList(),
								description.getTargetEObjectUri().equals(target), referential, found);
					}
					return null;
				});
			}
		}, null);
		found.sort(java.util.Comparator.comparing((Match m) -> ((ReferenceLine) m.getElement()).file().getFullPath().toString())
				.thenComparingInt(Match::getOffset));
		return found;
	}

	/** The match of one reference: the target's identifier, or the first segment naming the referential. */
	private static void collect(EObject source, EReference reference, int index, boolean toTarget, boolean referential,
			List<Match> found) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference);
		INode node = index < 0 ? (nodes.isEmpty() ? null : nodes.get(0)) : index < nodes.size() ? nodes.get(index) : null;
		IFile file = EditorWorkspace.fileOf(source.eResource().getURI());
		if (node == null || file == null) {
			return;
		}
		String text = NodeModelUtils.getNode(EcoreUtil.getRootContainer(source)).getRootNode().getText();
		String written = text.substring(node.getOffset(), node.getOffset() + node.getLength());
		if (toTarget) {
			int dot = written.lastIndexOf('.');
			found.add(match(file, text, node.getOffset() + dot + 1, written.length() - dot - 1));
		} else if (referential && written.contains(".")) {
			// a qualified reference into the referential: its first segment names it
			found.add(match(file, text, node.getOffset(), written.indexOf('.')));
		}
	}

	/** A match on the line of the reference, the element the Search view lists. */
	private static Match match(IFile file, String text, int offset, int length) {
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int lineEnd = text.indexOf('\n', offset);
		String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
		int lineNumber = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
		return new Match(new ReferenceLine(file, lineNumber, line), offset, length);
	}
}
