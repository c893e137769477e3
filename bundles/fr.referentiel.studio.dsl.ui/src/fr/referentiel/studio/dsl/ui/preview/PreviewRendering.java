/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.preview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import fr.referentiel.studio.export.Anchors;
import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.model.Referential;

/** What the preview shows for a text: the exporter's page, its refusal, or the text's first error. */
sealed interface PreviewRendering {

	/** The page the HTML exporter writes for the layout. */
	record Page(String html) implements PreviewRendering {
	}

	/** The exporter's French refusal (a layout with nothing to show). */
	record Refused(String message) implements PreviewRendering {
	}

	/** The text has errors: it would not be exported, so the last good page stays. */
	record Errors(int line, String message) implements PreviewRendering {
	}

	/** Renders the resource as the export would, refusing a text with errors as the export does. */
	static PreviewRendering of(XtextResource resource, IResourceValidator validator, Exporter exporter, String layoutId,
			CancelIndicator cancel) {
		List<Issue> issues = validator.validate(resource, CheckMode.NORMAL_AND_FAST, cancel);
		Issue error = issues.stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.findFirst().orElse(null);
		if (error != null) {
			return new Errors(error.getLineNumber() == null ? 1 : error.getLineNumber(), error.getMessage());
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Referential referential)) {
			return new Errors(1, "le fichier ne contient aucun référentiel");
		}
		try {
			return new Page(new String(exporter.render(referential, layoutId, Map.of()), StandardCharsets.UTF_8));
		} catch (ExportException e) {
			return new Refused(e.getMessage());
		}
	}

	/** The anchors of the element at {@code offset} and of those holding it, innermost first. */
	static List<String> anchorsAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return List.of();
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, Math.max(0, Math.min(offset, root.getTotalEndOffset())));
		EObject element = leaf != null ? NodeModelUtils.findActualSemanticObjectFor(leaf) : resource.getParseResult().getRootASTElement();
		return Anchors.enclosing(element);
	}

	/** The region of the text naming the element with that anchor (its identifier), or null. */
	static ITextRegion regionOf(XtextResource resource, String anchor, ILocationInFileProvider locations) {
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		EObject element = Anchors.find(root, anchor);
		return element == null ? null : locations.getSignificantTextRegion(element);
	}
}
