/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.referentiel.studio.compare.Comparison;

/** The files of a comparison, by format: their names and contents, in the order of the formats. */
public final class ComparisonOutputs {

	/** A format of the compare command and the files it gives. */
	public enum Format {
		HTML("html", "le tableau de correspondance et le rapport des changements en HTML"),
		CSV("csv", "le tableau de correspondance et la table des appariements en CSV"),
		MARKDOWN("markdown", "le tableau de correspondance et le rapport des changements en Markdown"),
		JSON("json", "la comparaison complète en JSON, pour l'intégration continue"),
		RNCP("rncp", "le fragment CORRESPONDANCES d'un dossier de renouvellement RNCP (XML)");

		private final String id;
		private final String description;

		Format(String id, String description) {
			this.id = id;
			this.description = description;
		}

		public String id() {
			return id;
		}

		public String description() {
			return description;
		}

		public static Format of(String id) {
			for (Format f : values()) {
				if (f.id.equals(id)) {
					return f;
				}
			}
			return null;
		}
	}

	private ComparisonOutputs() {
	}

	/** The file names, from {@code base} (the new version's file name without extension). */
	public static List<String> names(String base, Format format) {
		return switch (format) {
			case HTML -> List.of(base + ".correspondance.html", base + ".changements.html");
			case CSV -> List.of(base + ".correspondance.csv", base + ".appariements.csv");
			case MARKDOWN -> List.of(base + ".correspondance.md", base + ".changements.md");
			case JSON -> List.of(base + ".comparaison.json");
			case RNCP -> List.of(base + ".correspondances.xml");
		};
	}

	public static Map<String, byte[]> render(Comparison comparison, String base, Set<Format> formats) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Format format : Format.values()) {
			if (!formats.contains(format)) {
				continue;
			}
			List<String> names = names(base, format);
			switch (format) {
				case HTML -> {
					files.put(names.get(0), ComparisonHtml.correspondence(comparison));
					files.put(names.get(1), ComparisonHtml.changes(comparison));
				}
				case CSV -> {
					files.put(names.get(0), ComparisonCsv.correspondence(comparison));
					files.put(names.get(1), ComparisonCsv.pairings(comparison));
				}
				case MARKDOWN -> {
					files.put(names.get(0), ComparisonMarkdown.correspondence(comparison));
					files.put(names.get(1), ComparisonMarkdown.changes(comparison));
				}
				case JSON -> files.put(names.get(0), ComparisonJson.of(comparison));
				case RNCP -> files.put(names.get(0), RncpCorrespondences.of(comparison));
			}
		}
		return files;
	}
}
