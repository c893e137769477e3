/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;

/**
 * The stable names by which an exported page marks where an element is presented (HTML ids), so
 * that the editor's preview can find an element in the page and an element of the page in the
 * text: the element's identifier (AT1, CP3, BC01), « activite-1.2 » for an activity, which has
 * only its number.
 */
public final class Anchors {

	private static final String ACTIVITY = "activite-";

	private Anchors() {
	}

	/** The anchor of the element, or {@code null} when elements of its kind have none. */
	public static String of(EObject element) {
		String anchor = switch (element) {
			case ActivityType at -> at.getName();
			case Activity a -> a.getNumber() == null || a.getNumber().isBlank() ? null : ACTIVITY + a.getNumber();
			case Competence c -> c.getName();
			case Block b -> b.getName();
			case null, default -> null;
		};
		return anchor == null || anchor.isBlank() ? null : anchor;
	}

	/** The anchors of the element and of the elements holding it, innermost first. */
	public static List<String> enclosing(EObject element) {
		List<String> anchors = new ArrayList<>();
		for (EObject e = element; e != null; e = e.eContainer()) {
			String anchor = of(e);
			if (anchor != null) {
				anchors.add(anchor);
			}
		}
		return anchors;
	}

	/** The element of the tree under {@code root} (itself included) whose anchor is {@code anchor}, or {@code null}. */
	public static EObject find(EObject root, String anchor) {
		if (anchor == null || root == null) {
			return null;
		}
		if (anchor.equals(of(root))) {
			return root;
		}
		for (var it = root.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (anchor.equals(of(e))) {
				return e;
			}
		}
		return null;
	}
}
