/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.output;

import java.util.List;
import java.util.Locale;

import fr.referentiel.studio.compare.Change;
import fr.referentiel.studio.compare.Element;
import fr.referentiel.studio.compare.Pairing;
import fr.referentiel.studio.compare.Rule;
import fr.referentiel.studio.compare.Version;
import fr.referentiel.studio.export.Referentials;

/** The French wordings that every output of a comparison shares, so that they say the same. */
final class Texts {

	private Texts() {
	}

	/** « TAI_2023 – Technicien d'assistance en informatique (tai-2023.referentiel) ». */
	static String version(Version version) {
		String title = Referentials.nullToEmpty(version.referential().getTitle());
		String text = title.isEmpty() ? version.name() : version.name() + " – " + title;
		String millesime = Referentials.nullToEmpty(version.referential().getVersion());
		if (!millesime.isEmpty()) {
			text += ", millésime " + millesime;
		}
		return version.label().isEmpty() ? text : text + " (" + version.label() + ")";
	}

	static String ids(List<Element> elements) {
		return String.join(", ", elements.stream().map(Element::id).toList());
	}

	static String titles(List<Element> elements) {
		return String.join("\n", elements.stream().map(Element::title).toList());
	}

	/** One competence a line: « CP3 – Diagnostiquer… ». */
	static String labels(List<Element> elements) {
		return String.join("\n", elements.stream().map(Element::label).toList());
	}

	static String changes(Pairing pairing) {
		return String.join(", ", pairing.changes().stream().map(Change::label).toList());
	}

	static String rules(Pairing pairing) {
		return String.join(", ", pairing.rules().stream().map(Rule::label).toList());
	}

	/** « 0,72 », as a French spreadsheet reads a number; "" for an unpaired element. */
	static String score(Pairing pairing) {
		return pairing.rules().isEmpty() ? "" : String.format(Locale.FRANCE, "%.2f", pairing.score());
	}

	/** « CP3 → CP3, CP10 », the heading of a pairing in a report. */
	static String heading(Pairing pairing) {
		String olds = pairing.olds().isEmpty() ? "—" : ids(pairing.olds());
		String news = pairing.news().isEmpty() ? "—" : ids(pairing.news());
		return olds + " → " + news + " : " + changes(pairing);
	}

	/** « Appariement : même identifiant (similarité 0,84). » */
	static String why(Pairing pairing) {
		if (pairing.rules().isEmpty()) {
			return pairing.olds().isEmpty() ? "Sans équivalent dans l'ancienne version." : "Sans équivalent dans la nouvelle version.";
		}
		return "Appariement : " + rules(pairing) + " (similarité " + score(pairing) + ").";
	}

	/** « Déplacé de AT1 vers AT2. » for a moved element, else "". */
	static String move(Pairing pairing) {
		if (!pairing.has(Change.MOVED)) {
			return "";
		}
		return "Déplacé de " + pairing.olds().get(0).parent().label() + " vers " + pairing.news().get(0).parent().label() + ".";
	}

	/** The identifiers of the elements' parents, each once, in order. */
	static String parents(List<Element> elements) {
		return String.join(", ", elements.stream().filter(e -> e.parent() != null).map(e -> e.parent().id()).distinct().toList());
	}

	static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}
}
