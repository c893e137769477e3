/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import fr.referentiel.studio.interchange.caseframework.CaseImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "case",
		description = { "Importe un référentiel publié au format CASE 1.1 de 1EdTech (un paquet CFPackage en JSON, tel qu'un "
				+ "service CASE ou OpenSALT le donne, ou tel que « referentiel export --format case » l'écrit) : le CFDocument donne "
				+ "l'identité, les CFItems et leurs associations isChildOf l'arbre des activités types, compétences, critères, "
				+ "savoirs et blocs. Les paquets CASE 1.0 et les premiers exports d'OpenSALT sont acceptés.",
				"Les types d'éléments de Référentiel Studio sont reconnus ; ceux d'un autre cadre prennent la place que leur donne "
						+ "l'arbre, ou celle que --types leur donne. Écrit <code>.referentiel dans le dossier courant, ou le fichier "
						+ "nommé par --out ; un fichier existant n'est remplacé qu'avec --force. Ce que chaque champ devient : "
						+ "docs/import.md." },
		footerHeading = "%nExemples :%n",
		footer = { "  referentiel import case tai-2023.case.json",
				"  referentiel import case cadre.json --types \"Cluster=activité type;Standard=compétence;Component=critère\" --out cadre.referentiel",
				"",
				"Codes de sortie : 0 fichier écrit, 1 le référentiel importé aurait des erreurs (rien n'est écrit), 2 mauvaise "
						+ "utilisation, fichier illisible, JSON invalide ou qui n'est pas un paquet CASE, fichier de sortie déjà là (rien "
						+ "n'est écrit), 3 erreur interne." })
class ImportCaseCommand implements Callable<Integer> {

	@Mixin
	CommonOptions common;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FICHIER", description = "Le fichier JSON du paquet CASE.")
	Path input;

	@Option(names = "--types", paramLabel = "TYPE=RÔLE;…",
			description = "Ce que devient chaque type d'élément (CFItemType) : « Standard=compétence;Component=critère ». Rôles : "
					+ "activité type, activité, compétence, compétence transversale, compétence détaillée, critère de performance, "
					+ "indicateur de performance, savoir-faire, savoir, savoir-faire ou savoir, critère d'évaluation, bloc.")
	String types;

	@Mixin
	ImportWriting output;

	@Override
	public Integer call() {
		return output.importFile(new CaseImporter(), input, types == null ? Map.of() : Map.of(CaseImporter.TYPES, types),
				imported -> "paquet CASE « " + ImportWriting.shortTitle(imported) + " », " + ImportWriting.counts(imported.referential()), spec);
	}
}
