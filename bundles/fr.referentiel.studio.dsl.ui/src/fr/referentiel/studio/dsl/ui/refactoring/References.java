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
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.search.ui.text.Match;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import fr.referentiel.studio.dsl.ui.WorkspaceIndex;
import fr.referentiel.studio.dsl.ui.refactoring.ReferencesQuery.ReferenceLine;

/**
 * Where an element is referred to, in every file of the workspace index: « Rechercher les
 * références ». Open editors' unsaved text counts.
 */
public final class References {

	private References() {
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
	 * The references to the element {@code target} (an EMF URI), one match on its identifier each,
	 * and for a referential the first segment of the qualified references ({@code TAI_2018.CP3})
	 * to what it contains.
	 */
	public static List<Match> find(WorkspaceIndex index, String target) {
		syncOpenDocuments(index);
		return index.withAll(resources -> {
			List<Match> found = new ArrayList<>();
			for (XtextResource resource : resources) {
				for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
					collect(resource, it.next(), target, found);
				}
			}
			return found;
		});
	}

	private static void collect(XtextResource resource, EObject object, String target, List<Match> found) {
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
					found.add(match(resource, node.getOffset() + dot + 1, written.length() - dot - 1));
				} else if (target.endsWith("#/") && uri.startsWith(target + "/") && written.contains(".")) {
					// a qualified reference into the renamed referential: its first segment names it
					found.add(match(resource, node.getOffset(), written.indexOf('.')));
				}
			}
		}
	}

	/** A match on the line of the reference, the element the Search view lists. */
	private static Match match(XtextResource resource, int offset, int length) {
		String text = resource.getParseResult().getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int lineEnd = text.indexOf('\n', offset);
		String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
		int lineNumber = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
		return new Match(new ReferenceLine(WorkspaceIndex.fileOf(resource.getURI()), lineNumber, line), offset, length);
	}
}
