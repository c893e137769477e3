/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.referentiel.studio.compare.Change;
import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.Element;
import fr.referentiel.studio.compare.ElementKind;
import fr.referentiel.studio.compare.Pairing;
import fr.referentiel.studio.export.document.Content;
import fr.referentiel.studio.export.document.Heading;
import fr.referentiel.studio.export.document.Paragraph;
import fr.referentiel.studio.export.document.Table;

/** What the change report holds whatever its format: its summary and the pairings it details. */
final class ChangeReport {

	private ChangeReport() {
	}

	static List<Content> summary(Comparison comparison) {
		List<Content> content = new ArrayList<>();
		content.add(new Heading(1, "Rapport des changements"));
		content.add(new Paragraph("Ancienne version", Texts.version(comparison.oldVersion())));
		content.add(new Paragraph("Nouvelle version", Texts.version(comparison.newVersion())));
		List<List<String>> rows = new ArrayList<>();
		for (ElementKind kind : ElementKind.values()) {
			List<String> row = new ArrayList<>();
			row.add(kind.plural());
			boolean any = false;
			for (Change change : Change.values()) {
				long n = comparison.pairings().stream().filter(p -> p.kind() == kind && p.has(change)).count();
				any |= n > 0;
				row.add(String.valueOf(n));
			}
			if (any) {
				rows.add(row);
			}
		}
		List<String> header = new ArrayList<>();
		header.add("Éléments");
		for (Change change : Change.values()) {
			header.add(capitalised(change.label()) + "s");
		}
		content.add(new Table("Nombre d'éléments par changement", header, rows, true));
		Map<Change, Integer> counts = comparison.counts();
		if (counts.get(Change.UNCHANGED) > 0) {
			content.add(Paragraph.of(Texts.count(counts.get(Change.UNCHANGED), "élément inchangé n'est pas détaillé ci-dessous.",
					"éléments inchangés ne sont pas détaillés ci-dessous.")));
		}
		return content;
	}

	/** The pairings of that kind that changed, in the order of the comparison. */
	static List<Pairing> changed(Comparison comparison, ElementKind kind) {
		return comparison.pairings().stream().filter(p -> p.kind() == kind && p.changed()).toList();
	}

	/** For an element whose text did not change (moved, or given another identifier): its title, « … » for the rest. */
	static String unchangedText(Pairing pairing) {
		Element neu = pairing.news().get(0);
		return neu.lines().isEmpty() ? neu.title() : neu.title() + " " + DiffExcerpt.ELLIPSIS;
	}

	static String text(List<Element> elements) {
		return String.join("\n", elements.stream().map(Element::text).toList());
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
