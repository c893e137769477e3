/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.refactoring;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import fr.referentiel.studio.dsl.ui.WorkspaceIndex;

/**
 * Where an element is declared and referred to, in every file of the workspace index: the
 * ground of "find references" and of rename. Open editors' unsaved text counts.
 */
public final class References {

	/** A piece of text naming the element: its {@code segment} is the identifier to rename. */
	public record Occurrence(IFile file, int offset, int length, int line, String lineText, boolean declaration) {
	}

	private References() {
	}

	/** The element's identifier (its {@code name}), or null when it has none. */
	public static String nameOf(EObject element) {
		EStructuralFeature name = element == null ? null : element.eClass().getEStructuralFeature("name");
		return name == null ? null : (String) element.eGet(name);
	}

	/** Gives the index the text of every open document, so that offsets match what editors show. */
	public static void syncOpenDocuments(WorkspaceIndex index) {
		for (IFile file : index.files()) {
			ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			if (buffer != null) {
				index.withDocument(file, buffer.getDocument().get(), r -> null);
			}
		}
	}

	/**
	 * The occurrences of the identifier of the element {@code target} (an EMF URI): its
	 * declaration, every reference to it, and for a referential the first segment of the
	 * qualified references ({@code TAI_2018.CP3}) to what it contains.
	 */
	public static List<Occurrence> find(WorkspaceIndex index, String target) {
		syncOpenDocuments(index);
		return index.withAll(resources -> {
			List<Occurrence> found = new ArrayList<>();
			URI targetUri = URI.createURI(target);
			for (XtextResource resource : resources) {
				EObject element = resource.getURI().equals(targetUri.trimFragment()) ? resource.getEObject(targetUri.fragment()) : null;
				if (element != null) {
					EStructuralFeature name = element.eClass().getEStructuralFeature("name");
					if (name != null) {
						for (INode node : NodeModelUtils.findNodesForFeature(element, name)) {
							found.add(occurrence(resource, node.getOffset(), node.getLength(), true));
						}
					}
				}
				for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
					collect(resource, it.next(), targetUri.toString(), found);
				}
			}
			return found;
		});
	}

	private static void collect(XtextResource resource, EObject object, String target, List<Occurrence> found) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer()) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
			if (nodes.isEmpty()) {
				continue;
			}
			List<?> values = reference.isMany() ? (List<?>) object.eGet(reference) : java.util.Collections.singletonList(object.eGet(reference));
			String text = resource.getParseResult().getRootNode().getText();
			for (int i = 0; i < nodes.size() && i < values.size(); i++) {
				if (!(values.get(i) instanceof EObject value) || value.eIsProxy()) {
					continue;
				}
				INode node = nodes.get(i);
				String written = text.substring(node.getOffset(), node.getOffset() + node.getLength());
				String uri = EcoreUtil.getURI(value).toString();
				if (uri.equals(target)) {
					int dot = written.lastIndexOf('.');
					found.add(occurrence(resource, node.getOffset() + dot + 1, written.length() - dot - 1, false));
				} else if (target.endsWith("#/") && uri.startsWith(target + "/") && written.contains(".")) {
					// a qualified reference into the renamed referential: its first segment names it
					found.add(occurrence(resource, node.getOffset(), written.indexOf('.'), false));
				}
			}
		}
	}

	private static Occurrence occurrence(XtextResource resource, int offset, int length, boolean declaration) {
		String text = resource.getParseResult().getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int lineEnd = text.indexOf('\n', offset);
		String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
		int lineNumber = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
		return new Occurrence(WorkspaceIndex.fileOf(resource.getURI()), offset, length, lineNumber, line, declaration);
	}
}
