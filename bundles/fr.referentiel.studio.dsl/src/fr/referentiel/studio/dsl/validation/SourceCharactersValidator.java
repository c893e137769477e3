/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import static fr.referentiel.studio.dsl.validation.IssueCodes.CONTROL_CHARACTER;
import static fr.referentiel.studio.dsl.validation.IssueCodes.DECOMPOSED_ACCENT;

import java.text.Normalizer;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import fr.referentiel.studio.dsl.validation.IssueData.Edit;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * Characters of the file that no one sees: control characters pasted from another tool, marks
 * that reverse the direction of the text, and accents written as a letter plus a combining accent
 * (NFD, as some Mac tools save them), which the lexer cannot read in an identifier. The command
 * line recomposes the accents on reading; the editor and the language server show them here.
 */
public class SourceCharactersValidator extends ReferentielCheck {

	/** A pasted binary would report every byte: the first ones are enough to see the problem. */
	static final int MAX_REPORTS = 20;

	@Check(CheckType.FAST)
	public void textHoldsNoInvisibleCharacter(Referential referential) {
		ICompositeNode node = NodeModelUtils.getNode(referential);
		if (node == null) {
			return;
		}
		String text = node.getRootNode().getText();
		int reports = 0;
		for (int i = 0; i < text.length() && reports < MAX_REPORTS; i++) {
			char c = text.charAt(i);
			if (ControlCharacters.isControl(c) || ControlCharacters.isBidiControl(c)) {
				reportAt(CONTROL_CHARACTER, describe(c) + " : il ne s'affiche pas"
						+ (ControlCharacters.isControl(c) ? " et n'est écrit dans aucun export" : ", mais change le sens de "
								+ "lecture du texte qui le suit")
						+ ". Supprimez-le (correction rapide).", referential, i, 1, new Edit(i, 1, "").encode());
				reports++;
			} else if (isCombiningMark(c) && i > 0) {
				int start = i - 1;
				int end = i + 1;
				while (end < text.length() && isCombiningMark(text.charAt(end))) {
					end++;
				}
				String written = text.substring(start, end);
				String composed = Normalizer.normalize(written, Normalizer.Form.NFC);
				if (!composed.equals(written)) {
					reportAt(DECOMPOSED_ACCENT, "Accent écrit en deux caractères (« " + text.charAt(start)
							+ " » suivi d'un accent combinant U+" + hex(c) + ", forme décomposée NFD) : il se lit « " + composed
							+ " » mais ne compte pas comme tel, et un identifiant qui le contient n'est pas reconnu. "
							+ "Recomposez-le (correction rapide), ou enregistrez le fichier en NFC.", referential, start,
							end - start, new Edit(start, end - start, composed).encode());
					reports++;
				}
				i = end - 1;
			}
		}
	}

	/** No combining mark comes before U+0300: the letters of a French text are passed over without the Unicode table. */
	private static boolean isCombiningMark(char c) {
		return c >= 0x0300 && Character.getType(c) == Character.NON_SPACING_MARK;
	}

	private static String describe(char c) {
		String name = switch (c) {
			case 0x1B -> "d'échappement";
			case 0x00 -> "nul";
			case 0x7F -> "de suppression";
			case 0x2028 -> "séparateur de ligne";
			case 0x2029 -> "séparateur de paragraphe";
			default -> ControlCharacters.isBidiControl(c) ? "de direction d'écriture" : "de contrôle";
		};
		return "Caractère invisible " + name + " (U+" + hex(c) + ")";
	}

	private static String hex(char c) {
		return String.format("%04X", (int) c);
	}
}
