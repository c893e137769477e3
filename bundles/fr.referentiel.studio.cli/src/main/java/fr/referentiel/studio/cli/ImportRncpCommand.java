/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.rncp.RncpImporter;
import fr.referentiel.studio.model.Referential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rncp",
		description = { "Importe une fiche de l'export open data du RNCP de France Compétences (fichier XML « export-fiches », "
				+ "VERSION_FLUX 4.1, tel que data.gouv.fr le publie) : identité, activités visées, blocs de compétences avec leur "
				+ "code, leurs compétences et leurs modalités d'évaluation. Le fichier est lu au fil de l'eau : l'export complet "
				+ "(environ 570 Mo) ne prend pas plus de mémoire qu'une fiche.",
				"Sans --fiche, le fichier doit ne contenir qu'une fiche. Écrit <numéro>.referentiel (rncp40792.referentiel) dans le "
						+ "dossier courant, ou le fichier nommé par --out ; un fichier existant n'est remplacé qu'avec --force. "
						+ "Ce que chaque champ de l'export devient : docs/import.md." },
		footerHeading = "%nExemples :%n",
		footer = { "  referentiel import rncp export-fiches-rncp.xml --liste",
				"  referentiel import rncp export-fiches-rncp.xml --fiche RNCP40792",
				"  referentiel import rncp export-fiches-rncp.xml --fiche RNCP35340 --out bts-sio-2020.referentiel",
				"",
				"Codes de sortie : 0 fichier écrit (ou fiches listées), 1 le référentiel importé aurait des erreurs (rien n'est "
						+ "écrit), 2 mauvaise utilisation, fichier illisible, XML invalide ou qui n'est pas un export RNCP, fiche "
						+ "absente, fichier de sortie déjà là (rien n'est écrit), 3 erreur interne." })
class ImportRncpCommand implements Callable<Integer> {

	@Mixin
	CommonOptions common;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FICHIER", description = "Le fichier XML de l'export RNCP.")
	Path input;

	@Option(names = "--fiche", paramLabel = "NUMÉRO", description = "La fiche à importer : RNCP40792 (ou 40792).")
	String fiche;

	@Option(names = "--liste", description = "Liste les fiches du fichier (numéro et intitulé), sans rien écrire.")
	boolean list;

	@Mixin
	ImportWriting output;

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		if (list) {
			if (output.given() || fiche != null) {
				throw new UserError("--liste affiche seulement les fiches du fichier : elle ne s'emploie pas avec --fiche, --out ni --force.");
			}
			return list(stdout);
		}
		// Checked before a file of 570 MB is read.
		return output.importFile(new RncpImporter(), input, fiche == null ? Map.of() : Map.of(RncpImporter.FICHE, fiche),
				imported -> {
					Referential r = imported.referential();
					return "fiche " + r.getCode() + ", " + Messages.count(r.getBlocks().size(), "bloc", "blocs") + ", "
							+ Messages.count(r.getCompetences().size(), "compétence", "compétences") + ", "
							+ Messages.count(ImportWriting.activities(r), "activité", "activités");
				}, spec);
	}

	private int list(PrintWriter stdout) {
		List<RncpImporter.FicheSummary> fiches;
		try {
			fiches = new RncpImporter().list(input);
		} catch (ImportException e) {
			throw new UserError(e.getMessage());
		}
		for (RncpImporter.FicheSummary summary : fiches) {
			stdout.println((summary.number() == null ? "(sans numéro)" : summary.number()) + "  " + summary.title());
		}
		stdout.println(Messages.count(fiches.size(), "fiche", "fiches") + " dans « " + Messages.name(input.getFileName()) + " ».");
		return ExitCode.OK;
	}
}
