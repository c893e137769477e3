/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import fr.referentiel.studio.dsl.check.CheckResult;
import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.dsl.check.ProblemReport;
import fr.referentiel.studio.dsl.check.ProblemSeverity;
import fr.referentiel.studio.export.ExportFiles;
import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.ReferentialText;
import fr.referentiel.studio.interchange.rncp.RncpImporter;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityType;
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

	@Option(names = "--out", paramLabel = "FICHIER",
			description = "Le fichier .referentiel à écrire (ou un dossier existant, où écrire <numéro>.referentiel).")
	Path out;

	@Option(names = "--force", description = "Remplace le fichier de sortie s'il existe déjà.")
	boolean force;

	@Override
	public Integer call() {
		long start = System.nanoTime();
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (list) {
			if (out != null || fiche != null || force) {
				throw new UserError("--liste affiche seulement les fiches du fichier : elle ne s'emploie pas avec --fiche, --out ni --force.");
			}
			return list(stdout);
		}
		if (out != null && out.toString().isBlank()) {
			throw new UserError("--out attend un fichier : « " + out + " » n'en nomme aucun.");
		}
		if (out != null && !Files.isDirectory(out)) {
			refuseExisting(out); // before reading a file of 570 MB
		}
		RncpImporter importer = new RncpImporter();
		Imported imported;
		try {
			imported = importer.read(input, fiche == null ? Map.of() : Map.of(RncpImporter.FICHE, fiche));
		} catch (ImportException e) {
			throw new UserError(e.getMessage());
		}
		Path target = out == null ? Path.of(imported.fileName()) : Files.isDirectory(out) ? out.resolve(imported.fileName()) : out;
		refuseExisting(target);
		String text = ReferentialText.of(imported);
		List<Problem> problems = check(text, target);
		List<Problem> errors = problems.stream().filter(p -> p.severity() == ProblemSeverity.ERROR).toList();
		imported.warnings().forEach(w -> err.println("Remarque : " + w));
		if (!errors.isEmpty()) {
			err.print(ProblemReport.text(errors));
			err.println("Import refusé : le référentiel lu de la fiche aurait les erreurs ci-dessus. Rien n'a été écrit. "
					+ "C'est un défaut de l'import : signalez-le avec la fiche en cause.");
			return ExitCode.INVALID;
		}
		Path dir = target.toAbsolutePath().getParent();
		try {
			ExportFiles.write(dir, target.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UserError("« " + Messages.name(target) + " » n'a pas pu être écrit : " + Messages.reason(e) + ". Rien n'a été écrit.");
		}
		err.print(ProblemReport.text(problems));
		Referential r = imported.referential();
		long warnings = problems.stream().filter(p -> p.severity() == ProblemSeverity.WARNING).count();
		stdout.println("« " + Messages.name(target) + " » écrit : fiche " + r.getCode() + ", "
				+ Messages.count(r.getBlocks().size(), "bloc", "blocs") + ", "
				+ Messages.count(r.getCompetences().size(), "compétence", "compétences") + ", "
				+ Messages.count(activities(r), "activité", "activités") + " ; 0 erreur, "
				+ Messages.count((int) warnings, "avertissement", "avertissements") + " (en "
				+ Messages.seconds(System.nanoTime() - start) + ").");
		return ExitCode.OK;
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

	private void refuseExisting(Path target) {
		if (Files.isDirectory(target)) {
			throw new UserError("« " + Messages.name(target) + " » est un dossier : l'import ne peut pas écrire un fichier à sa place.");
		}
		if (Files.exists(target) && !force) {
			throw new UserError("« " + Messages.name(target) + " » existe déjà : rien n'a été écrit. Ajoutez --force pour le remplacer, "
					+ "ou choisissez un autre fichier avec --out.");
		}
	}

	/**
	 * The text checked as the file it will be, before it is written: in a temporary folder, under
	 * the same name; the problems are given with the target's path.
	 */
	private static List<Problem> check(String text, Path target) {
		Path dir = null;
		try {
			dir = Files.createTempDirectory("referentiel-import-");
			Path file = Files.writeString(dir.resolve(target.getFileName().toString()), text, StandardCharsets.UTF_8);
			CheckResult result = Checking.check(List.of(file));
			List<Problem> problems = new ArrayList<>();
			for (Problem p : result.problems()) {
				problems.add(new Problem(target, p.line(), p.column(), p.length(), p.severity(), p.message(), p.code()));
			}
			return problems;
		} catch (IOException e) {
			throw new UserError("Le fichier importé n'a pas pu être vérifié (dossier temporaire : " + Messages.reason(e)
					+ "). Rien n'a été écrit.");
		} finally {
			deleteQuietly(dir);
		}
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				} catch (IOException ignored) {
					// left in the system's temporary folder
				}
			});
		} catch (IOException ignored) {
			// left in the system's temporary folder
		}
	}

	private static int activities(Referential r) {
		int n = 0;
		for (ActivityType type : r.getActivityTypes()) {
			n += count(type.getActivities());
		}
		return n;
	}

	private static int count(List<Activity> activities) {
		int n = 0;
		for (Activity a : activities) {
			n += 1 + count(a.getActivities());
		}
		return n;
	}
}
