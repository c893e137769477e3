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
import java.util.List;
import java.util.Map;

import fr.referentiel.studio.dsl.check.CheckResult;
import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.dsl.check.ProblemReport;
import fr.referentiel.studio.dsl.check.ProblemSeverity;
import fr.referentiel.studio.export.ExportFiles;
import fr.referentiel.studio.interchange.ImportException;
import fr.referentiel.studio.interchange.Imported;
import fr.referentiel.studio.interchange.Importer;
import fr.referentiel.studio.interchange.ReferentialText;
import fr.referentiel.studio.model.Activity;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Referential;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The output of every {@code referentiel import} format, its options {@code --out} and
 * {@code --force} included (a picocli mixin): the target chosen and never overwritten without
 * {@code --force}, the text checked as the file it will be before anything is written, then
 * written in one move, and one summary line.
 */
final class ImportWriting {

	/** As the user typed it: a final « / » says a folder, which a {@link Path} would forget. */
	@Option(names = "--out", paramLabel = "FICHIER",
			description = "Le fichier .referentiel à écrire, ou un dossier existant, où l'écrire sous le nom que l'import propose "
					+ "(rncp40792.referentiel, tp-00476.referentiel).")
	String out;

	@Option(names = "--force", description = "Remplace le fichier de sortie s'il existe déjà.")
	boolean force;

	/** Whether --out or --force was given (« --liste » takes neither). */
	boolean given() {
		return out != null || force;
	}

	private Path outPath() {
		return out == null ? null : Path.of(out);
	}

	/** The title for the summary line: one line, 80 characters at most. */
	static String shortTitle(Imported imported) {
		String title = fr.referentiel.studio.model.text.ControlCharacters.escape(String.valueOf(imported.referential().getTitle()));
		return title.length() <= 80 ? title : title.substring(0, 79) + "…";
	}

	/** Refuses {@code --out ""}, and an existing target without {@code --force}, before the input is read. */
	void check() {
		if (out != null && out.isBlank()) {
			throw new UserError("--out attend un fichier : « " + out + " » n'en nomme aucun.");
		}
		if (out != null && (out.endsWith("/") || out.endsWith(java.io.File.separator)) && !Files.isDirectory(outPath())) {
			throw new UserError("Le dossier « " + Messages.name(out) + " » n'existe pas : créez-le, ou donnez le nom du fichier "
					+ "à écrire. Rien n'a été écrit.");
		}
		if (out != null && !Files.isDirectory(outPath())) {
			refuseExisting(outPath(), force);
		}
	}

	/** Reads {@code input} with {@code importer} (after {@link #check}), then writes what it read; returns the exit code. */
	int importFile(Importer importer, Path input, Map<String, String> options, java.util.function.Function<Imported, String> summary,
			CommandSpec spec) {
		long start = System.nanoTime();
		check();
		Imported imported;
		try {
			imported = importer.read(input, options);
		} catch (ImportException e) {
			throw new UserError(e.getMessage());
		}
		return write(imported, input, summary.apply(imported), start, spec.commandLine().getOut(), spec.commandLine().getErr());
	}

	/**
	 * Writes what was read to --out (a file, a folder, or without it the current folder), or
	 * nothing when the text would have errors; returns the exit code.
	 *
	 * @param summary what the file holds, for the line that says it is written: {@link #counts}
	 */
	private int write(Imported imported, Path input, String summary, long start, PrintWriter stdout, PrintWriter err) {
		Path out = outPath();
		Path target = out == null ? Path.of(imported.fileName()) : Files.isDirectory(out) ? out.resolve(imported.fileName()) : out;
		refuseExisting(target, force);
		try {
			if (Files.exists(target) && Files.isSameFile(target, input)) {
				throw new UserError("« " + Messages.name(target) + " » est le fichier importé : l'import ne l'écrase pas. Choisissez un "
						+ "autre fichier avec --out. Rien n'a été écrit.");
			}
		} catch (IOException e) {
			// the same file could not be told: the move below says what goes wrong
		}
		String text = ReferentialText.of(imported);
		List<Problem> problems = check(text, target);
		List<Problem> errors = problems.stream().filter(p -> p.severity() == ProblemSeverity.ERROR).toList();
		imported.warnings().forEach(w -> err.println("Remarque : " + w));
		if (!errors.isEmpty()) {
			err.print(ProblemReport.text(errors));
			err.println("Import refusé : le référentiel lu aurait les erreurs ci-dessus. Rien n'a été écrit. "
					+ "C'est un défaut de l'import : signalez-le avec le fichier en cause.");
			return ExitCode.INVALID;
		}
		Path dir = target.toAbsolutePath().getParent();
		try {
			ExportFiles.write(dir, target.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UserError("« " + Messages.name(target) + " » n'a pas pu être écrit : " + Messages.reason(e) + ". Rien n'a été écrit.");
		}
		err.print(ProblemReport.text(problems));
		long warnings = problems.stream().filter(p -> p.severity() == ProblemSeverity.WARNING).count();
		stdout.println("« " + Messages.name(target) + " » écrit : " + summary + " ; 0 erreur, "
				+ Messages.count((int) warnings, "avertissement", "avertissements") + " (en " + Messages.seconds(System.nanoTime() - start)
				+ ").");
		return ExitCode.OK;
	}

	/** « 3 activités types, 9 compétences, 2 compétences transversales, 3 blocs »: what the referential holds. */
	static String counts(Referential r) {
		List<String> counts = new ArrayList<>();
		if (!r.getActivityTypes().isEmpty()) {
			counts.add(Messages.count(r.getActivityTypes().size(), "activité type", "activités types"));
		}
		int activities = activities(r);
		if (activities > 0) {
			counts.add(Messages.count(activities, "activité", "activités"));
		}
		counts.add(Messages.count(r.getCompetences().size(), "compétence", "compétences"));
		if (!r.getTransversalCompetences().isEmpty()) {
			counts.add(Messages.count(r.getTransversalCompetences().size(), "compétence transversale", "compétences transversales"));
		}
		if (!r.getBlocks().isEmpty()) {
			counts.add(Messages.count(r.getBlocks().size(), "bloc", "blocs"));
		}
		return String.join(", ", counts);
	}

	private static void refuseExisting(Path target, boolean force) {
		if (Files.isDirectory(target)) {
			throw new UserError("« " + Messages.name(target) + " » est un dossier : l'import ne peut pas écrire un fichier à sa place.");
		}
		if (Files.exists(target) && !Files.isRegularFile(target)) {
			throw new UserError("« " + Messages.name(target) + " » n'est pas un fichier ordinaire (tube, périphérique) : l'import ne "
					+ "l'écrase pas. Choisissez un fichier avec --out. Rien n'a été écrit.");
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
			OutputFiles.deleteTemporaryFolder(dir);
		}
	}

	static int activities(Referential r) {
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
