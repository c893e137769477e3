/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.check;

import java.nio.file.Path;
import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.LineAndColumn;

import fr.referentiel.studio.dsl.parser.NestingGuardParser;
import fr.referentiel.studio.dsl.validation.IssueCodes;
import fr.referentiel.studio.model.Activity;

/**
 * The limit on nested activities. Real referentials use three or four levels (1 → 1.1 → 1.1.1);
 * a file far deeper is a paste gone wrong, and validating or exporting it would cost time and
 * memory growing with the square of its depth (every number repeats its parents'), or overflow
 * the stack of the recursive validators. Such a file is reported, then left out.
 */
public final class Nesting {

	/** Levels of activities below an activity type (the importers build no deeper). */
	public static final int MAX_DEPTH = 20;

	static final String TOO_DEEP_TO_PARSE = "Imbrication trop profonde : le fichier contient trop d'éléments imbriqués "
			+ "les uns dans les autres pour être analysé. Vérifiez les accolades « { } » et réduisez l'imbrication des activités.";

	private static final String LEFT_OUT = " Le fichier n'est ni vérifié plus avant ni exporté.";

	private Nesting() {
	}

	/**
	 * The problem at the first block of braces the parser left out ({@link NestingGuardParser}), or
	 * at the first activity nested beyond {@link #MAX_DEPTH} levels; null when none is.
	 */
	static Problem tooDeep(Path file, XtextResource resource) {
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof AbstractDiagnostic d && IssueCodes.NESTING_TOO_DEEP.equals(d.getCode())) {
				return new Problem(file, Math.max(1, d.getLine()), Math.max(1, d.getColumn()), 1, ProblemSeverity.ERROR,
						d.getMessage() + LEFT_OUT, IssueCodes.NESTING_TOO_DEEP);
			}
		}
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof Activity activity && depth(activity) > MAX_DEPTH) {
				int line = 1;
				int column = 1;
				ICompositeNode node = NodeModelUtils.getNode(activity);
				if (node != null && resource.getParseResult() != null) {
					LineAndColumn position = NodeModelUtils.getLineAndColumn(resource.getParseResult().getRootNode(),
							node.getOffset());
					line = position.getLine();
					column = position.getColumn();
				}
				return new Problem(file, line, column, 0, ProblemSeverity.ERROR, "Imbrication trop profonde : l'activité « "
						+ activity.getNumber() + " » est à plus de " + MAX_DEPTH + " niveaux sous son activité type. "
						+ "Un référentiel en compte trois ou quatre : vérifiez les accolades « { } ». "
						+ LEFT_OUT.strip(), IssueCodes.NESTING_TOO_DEEP);
			}
		}
		return null;
	}

	/** Levels of activities from the activity up to its activity type, counted up to one past the limit. */
	private static int depth(Activity activity) {
		int depth = 0;
		for (EObject o = activity; o instanceof Activity && depth <= MAX_DEPTH; o = o.eContainer()) {
			depth++;
		}
		return depth;
	}
}
