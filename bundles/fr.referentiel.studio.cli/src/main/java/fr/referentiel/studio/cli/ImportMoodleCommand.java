/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import fr.referentiel.studio.interchange.moodle.MoodleImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "moodle",
		description = { "Importe un référentiel de compétences de Moodle : le fichier CSV de son outil d'import et d'export "
				+ "(Administration du site › Compétences › Exporter un référentiel de compétences), ou celui que « referentiel export "
				+ "--format moodle » écrit. La ligne du référentiel donne le titre et l'identité, les compétences leur arbre par "
				+ "le numéro d'identification de leur parent.",
				"Dans un fichier de Référentiel Studio, les numéros (CP3-CR2) disent ce qu'est chaque ligne ; dans un autre, la "
						+ "taxonomie du référentiel quand ses niveaux diffèrent, sinon la forme de l'arbre, ou --niveaux. Écrit "
						+ "<code>.referentiel dans le dossier courant, ou le fichier nommé par --out ; un fichier existant n'est remplacé "
						+ "qu'avec --force. Ce que chaque colonne devient : docs/import.md." },
		footerHeading = "%nExemples :%n",
		footer = { "  referentiel import moodle tai-2023.moodle.csv",
				"  referentiel import moodle cadre.csv --niveaux \"activité type,compétence,critère\" --out cadre.referentiel",
				"",
				"Codes de sortie : 0 fichier écrit, 1 le référentiel importé aurait des erreurs (rien n'est écrit), 2 mauvaise "
						+ "utilisation, fichier illisible, CSV qui n'a pas les colonnes de Moodle, fichier de sortie déjà là (rien "
						+ "n'est écrit), 3 erreur interne." })
class ImportMoodleCommand implements Callable<Integer> {

	@Mixin
	CommonOptions common;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FICHIER", description = "Le fichier CSV du référentiel de compétences Moodle.")
	Path input;

	@Option(names = "--niveaux", paramLabel = "RÔLE,…",
			description = "Ce que devient chaque niveau de l'arbre, du haut vers le bas : « activité type,compétence,critère ». "
					+ "Rôles : activité type, activité, compétence, compétence transversale, compétence détaillée, critère de "
					+ "performance, indicateur de performance, savoir-faire, savoir, savoir-faire ou savoir, critère d'évaluation, bloc.")
	String levels;

	@Mixin
	ImportWriting output;

	@Override
	public Integer call() {
		return output.importFile(new MoodleImporter(), input, levels == null ? Map.of() : Map.of(MoodleImporter.LEVELS, levels),
				imported -> "référentiel Moodle « " + ImportWriting.shortTitle(imported) + " », " + ImportWriting.counts(imported.referential()), spec);
	}
}
