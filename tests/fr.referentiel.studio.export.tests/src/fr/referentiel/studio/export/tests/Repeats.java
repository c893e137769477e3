/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.referentiel.studio.dsl.check.CheckedFile;
import fr.referentiel.studio.dsl.check.ProblemSeverity;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.model.Referential;

/**
 * A referential whose every list holds a value written twice, and the layouts that must show each
 * value twice: the fidelity check of every format (the Word and PDF tests read it too).
 */
public final class Repeats {

	private Repeats() {
	}

	/** The layouts of a format that show the value, from those of the HTML (PDF and Word have the same layouts). */
	public static List<String> layoutsShowing(String value, String format) {
		return SHOWN_BY.get(value).stream().filter(l -> l.startsWith("html:")).map(l -> format + l.substring(4)).toList();
	}

	/** Every list of the model, each holding a value written twice (« bis » marks the repeat). */
	public static final String TEXT = """
			référentiel R_2026 "Référentiel des répétitions" {
			    type diplôme
			    code "RNCP40792"
			    certificateur "CERTIFICATEUR RÉPÉTÉ"
			    certificateur "CERTIFICATEUR RÉPÉTÉ"
			    section "Section répétée"
			        | Paragraphe de section répété.
			        | Paragraphe de section répété.
			        | Fin de section.
			    activité type AT1 "Activité type répétée" {
			        description
			            | Description d'activité type répétée.
			            | Description d'activité type répétée.
			        contexte
			            | Contexte d'activité type répété.
			            | Contexte d'activité type répété.
			        réglementation
			            | Réglementation répétée.
			            | Réglementation répétée.
			        rubrique FET03 "Rubrique répétée"
			            | Ligne de rubrique répétée.
			            | Ligne de rubrique répétée.
			            - Puce de rubrique répétée.
			            - Puce de rubrique répétée.
			        compétences C1
			        activité 1.1 "Activité répétée" {
			            description
			                | Description d'activité répétée.
			                | Description d'activité répétée.
			            critères d'évaluation
			                - Critère d'évaluation répété.
			                - Critère d'évaluation répété.
			        }
			    }
			    compétence C1 "Compétence répétée" {
			        numéro 1
			        compétences détaillées
			            - Sous-compétence répétée.
			            - Sous-compétence répétée.
			        description
			            | Description de compétence répétée.
			            | Description de compétence répétée.
			        contexte
			            | Contexte de compétence répété.
			            | Contexte de compétence répété.
			        indicateurs de performance
			            - Indicateur répété.
			            - Indicateur répété.
			        savoirs "Savoirs technologiques"
			            - Savoir répété.
			            - Savoir répété.
			        savoir-faire techniques
			            - Savoir-faire répété.
			            - Savoir-faire répété.
			    }
			    bloc BC01 "Bloc répété" {
			        numéro 1
			        compétences C1
			        description
			            | Description de bloc répétée.
			            | Description de bloc répétée.
			        conditions de réalisation {
			            contexte
			                | Contexte de bloc répété.
			                | Contexte de bloc répété.
			            ressources
			                - Ressource répétée.
			                - Ressource répétée.
			            autonomie et responsabilités
			                | Autonomie répétée.
			                | Autonomie répétée.
			        }
			        modalité écrit "Épreuve répétée" {
			            description
			                | Description de modalité répétée.
			                | Description de modalité répétée.
			            livrables
			                - Livrable répété.
			                - Livrable répété.
			        }
			    }
			    glossaire {
			        terme "Terme"
			            | Définition répétée.
			            | Définition répétée.
			    }
			}
			""";

	/** The repeated texts, and the layouts (format:layout) that show each. */
	public static final Map<String, List<String>> SHOWN_BY = Map.ofEntries(
			Map.entry("CERTIFICATEUR RÉPÉTÉ", List.of("html:document", "markdown:full", "html:blocs", "markdown:blocs")),
			Map.entry("Paragraphe de section répété.", List.of("html:document", "markdown:full", "csv:elements")),
			Map.entry("Description d'activité type répétée.", List.of("html:document", "markdown:full", "csv:elements")),
			Map.entry("Contexte d'activité type répété.", List.of("html:document", "markdown:full", "csv:elements")),
			Map.entry("Réglementation répétée.", List.of("html:document", "markdown:full")),
			Map.entry("Ligne de rubrique répétée.", List.of("html:document", "markdown:full", "csv:elements")),
			Map.entry("Puce de rubrique répétée.", List.of("html:document", "markdown:full", "csv:elements")),
			Map.entry("Description d'activité répétée.", List.of("html:document", "markdown:full", "csv:elements")),
			Map.entry("Critère d'évaluation répété.", List.of("html:document", "markdown:full", "csv:elements", "html:rncp")),
			Map.entry("Sous-compétence répétée.", List.of("html:document", "markdown:full", "csv:elements", "html:blocs", "markdown:blocs")),
			Map.entry("Description de compétence répétée.", List.of("html:document", "markdown:full", "csv:elements")),
			Map.entry("Contexte de compétence répété.", List.of("html:document", "markdown:full", "csv:elements")),
			Map.entry("Indicateur répété.", List.of("html:document", "markdown:full", "csv:elements", "html:blocs", "markdown:blocs")),
			Map.entry("Savoir répété.", List.of("html:document", "markdown:full", "csv:elements", "markdown:suivi", "html:blocs", "markdown:blocs")),
			Map.entry("Savoir-faire répété.", List.of("html:document", "markdown:full", "csv:elements", "markdown:suivi", "html:blocs", "markdown:blocs")),
			Map.entry("Description de bloc répétée.", List.of("html:document", "markdown:full", "csv:elements", "html:blocs", "markdown:blocs")),
			Map.entry("Contexte de bloc répété.", List.of("html:document", "markdown:full", "csv:elements", "html:blocs", "markdown:blocs")),
			Map.entry("Ressource répétée.", List.of("html:document", "markdown:full", "csv:elements", "html:blocs", "markdown:blocs")),
			Map.entry("Autonomie répétée.", List.of("html:document", "markdown:full", "csv:elements", "html:blocs", "markdown:blocs")),
			Map.entry("Description de modalité répétée.", List.of("html:document", "markdown:full", "csv:elements", "html:blocs", "markdown:blocs")),
			Map.entry("Livrable répété.", List.of("html:document", "markdown:full", "csv:elements", "html:blocs", "markdown:blocs")),
			Map.entry("Définition répétée.", List.of("html:document", "markdown:full", "csv:elements")));

	public static Referential load(Path dir) throws IOException {
		Path file = dir.resolve("repetitions.referentiel");
		Files.writeString(file, TEXT, StandardCharsets.UTF_8);
		CheckedFile checked = ReferentielChecker.create().check(List.of(file)).files().get(0);
		if (checked.problems().stream().anyMatch(p -> p.severity() == ProblemSeverity.ERROR)) {
			fail(checked.problems().toString());
		}
		return checked.referential();
	}

}
