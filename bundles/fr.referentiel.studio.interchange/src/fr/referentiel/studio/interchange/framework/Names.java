/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange.framework;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.text.ControlCharacters;

/** The identifier and file name of an imported referential, and its texts made fit for a file. */
public final class Names {

	private Names() {
	}

	/** Its sigle, else its code, else its title, as an identifier of the language: {@code TAI}, {@code TP_00476}. */
	public static String identifier(Referential r) {
		for (String candidate : new String[] { r.getAcronym(), r.getCode(), r.getTitle() }) {
			String id = FrameworkBuilder.identifier(candidate);
			if (id != null && id.length() <= 40) {
				return id;
			}
		}
		return "Referentiel";
	}

	/** A text of another system as one line of a referential: breaks and controls are spaces, bidi marks removed. */
	public static String oneLine(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c == '\n' || c == '\r' || c == '\t' || ControlCharacters.isControl(c)) {
				out.append(' ');
			} else if (!ControlCharacters.isBidiControl(c)) {
				out.appendCodePoint(c);
			}
		});
		return out.toString().strip();
	}

	/** A code of another system as an identifier of the language ({@code analytical-thinking} → {@code analytical_thinking}), or null. */
	public static String identifier(String code) {
		return FrameworkBuilder.identifier(code);
	}

	/** {@code tp-00476.referentiel}: its code, else its identifier, in lower case, without accents. */
	public static String fileName(Referential r) {
		String base = r.getCode() != null && !r.getCode().isBlank() ? r.getCode() : r.getName();
		String slug = Normalizer.normalize(base.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60);
		}
		return (slug.isEmpty() ? "referentiel" : slug) + ".referentiel";
	}

	/**
	 * Every text of the referential on one line, without control characters (a tab, a NUL, a line
	 * separator inside a title) nor the invisible marks that turn the text around (bidi controls):
	 * the language's validator warns on them, no export writes them, and a line break inside a
	 * title or a criterion cannot be written in the language.
	 */
	@SuppressWarnings("unchecked")
	public static void clean(Referential r) {
		List<EObject> all = new java.util.ArrayList<>();
		all.add(r);
		r.eAllContents().forEachRemaining(all::add);
		for (EObject e : all) {
			for (EAttribute a : e.eClass().getEAllAttributes()) {
				if (a.getEAttributeType() != EcorePackage.Literals.ESTRING || !e.eIsSet(a)) {
					continue;
				}
				if (a.isMany()) {
					List<String> values = (List<String>) e.eGet(a);
					values.replaceAll(v -> v == null ? null : oneLine(v));
				} else if (e.eGet(a) instanceof String v) {
					e.eSet(a, oneLine(v));
				}
			}
		}
	}
}
