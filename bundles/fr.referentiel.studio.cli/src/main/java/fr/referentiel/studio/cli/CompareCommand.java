/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import fr.referentiel.studio.compare.BlocCorrespondence;
import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.Element;
import fr.referentiel.studio.compare.Proposal;
import fr.referentiel.studio.compare.VersionOrder;
import fr.referentiel.studio.compare.output.ComparisonOutputs;
import fr.referentiel.studio.compare.output.ComparisonOutputs.Format;
import fr.referentiel.studio.dsl.check.CheckResult;
import fr.referentiel.studio.dsl.check.CheckedFile;
import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.dsl.check.ProblemReport;
import fr.referentiel.studio.dsl.check.ProblemSeverity;
import fr.referentiel.studio.export.ExportFiles;
import fr.referentiel.studio.model.Referential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare",
		description = { "Compare deux versions d'un référentiel : apparie leurs éléments (activités types, activités, "
				+ "compétences, blocs, critères, savoirs, modalités) par les liens « correspond à », puis par identifiant ou code, "
				+ "puis par similarité du texte, et dit pour chacun s'il est ajouté, supprimé, modifié, déplacé, scindé, fusionné "
				+ "ou inchangé, et par quelle règle il a été apparié.",
				"Affiche le résumé et le tableau de correspondance des blocs ; avec --out, écrit <nouveau>.correspondance "
						+ "(html, csv, md), <nouveau>.changements (html, md), <nouveau>.appariements.csv, <nouveau>.comparaison.json "
						+ "et <nouveau>.correspondances.xml (le fragment CORRESPONDANCES d'un dossier RNCP). "
						+ "Deux dossiers sont comparés fichier par fichier, de même chemin dans chacun (ou leur seul fichier chacun)." },
		footerHeading = "%nExemples :%n",
		footer = {
				"  referentiel compare tai-2018.referentiel tai-2023.referentiel",
				"  referentiel compare tai-2018.referentiel tai-2023.referentiel --format html,csv --out comparaison",
				"  referentiel compare ancien/ nouveau/ --format json --out rapport --fail-on removed",
				"  referentiel compare tai-2018.referentiel tai-2023.referentiel --propose",
				"",
				"Codes de sortie : 0 comparaison faite, 1 un référentiel a des erreurs (rien n'est écrit) ou un changement "
						+ "nommé par --fail-on existe (les fichiers sont écrits), 2 mauvaise utilisation, fichier illisible ou dossier de "
						+ "sortie inutilisable, 3 erreur interne ou mémoire insuffisante." })
class CompareCommand implements Callable<Integer> {

	/** What --fail-on accepts: a kind of change, or « changed » for any. */
	private static final List<String> FAIL_ON = List.of("added", "removed", "modified", "moved", "split", "merged", "changed");

	@Mixin
	CommonOptions common;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "ANCIEN", description = "L'ancienne version : un fichier .referentiel, ou un dossier.")
	Path oldInput;

	@Parameters(index = "1", paramLabel = "NOUVEAU", description = "La nouvelle version : un fichier .referentiel, ou un dossier.")
	Path newInput;

	@Option(names = "--out", paramLabel = "DOSSIER", description = "Dossier où écrire les fichiers (créé s'il n'existe pas).")
	Path out;

	@Option(names = "--format", split = ",", paramLabel = "FORMAT",
			description = "Formats à écrire avec --out, séparés par des virgules : html, csv, markdown, json, rncp. Par défaut : tous.")
	List<String> formats;

	@Option(names = "--fail-on", split = ",", paramLabel = "CHANGEMENT",
			description = "Sort avec le code 1 si un tel changement existe : added, removed, modified, moved, split, merged, "
					+ "ou changed (n'importe lequel). Pour l'intégration continue.")
	List<String> failOn;

	@Option(names = "--propose",
			description = "Affiche les lignes « correspond à » que la similarité propose d'ajouter au nouveau fichier.")
	boolean propose;

	/** Two files to compare. */
	record Pair(Path oldFile, Path newFile) {
	}

	@Override
	public Integer call() {
		long start = System.nanoTime();
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Set<Format> chosen = formats();
		checkFailOn();
		if (out != null && out.toString().isBlank()) {
			throw new UserError("--out attend un dossier : « " + out + " » n'en nomme aucun. Pour écrire dans le dossier courant, "
					+ "écrivez --out .");
		}
		List<Pair> pairs = pairs(err);
		List<Comparison> comparisons = new ArrayList<>();
		for (Pair pair : pairs) {
			Comparison comparison = compare(pair, err);
			if (comparison == null) {
				return ExitCode.INVALID;
			}
			comparisons.add(comparison);
		}
		for (int i = 0; i < comparisons.size(); i++) {
			summary(comparisons.get(i), stdout);
			if (propose) {
				proposals(comparisons.get(i), pairs.get(i).newFile(), stdout);
			}
		}
		if (out != null) {
			Map<String, byte[]> files = new LinkedHashMap<>();
			for (int i = 0; i < comparisons.size(); i++) {
				String base = InputFiles.baseName(pairs.get(i).newFile());
				ComparisonOutputs.render(comparisons.get(i), base, chosen).forEach((name, bytes) -> {
					String tooLong = ExportFiles.tooLong(name);
					if (tooLong != null) {
						throw new UserError(tooLong + " Rien n'a été écrit.");
					}
					if (files.put(name, bytes) != null) {
						throw new UserError("Deux comparaisons donneraient le même fichier « " + Messages.name(name) + " » (deux nouveaux "
								+ "fichiers de même nom dans des sous-dossiers) : comparez-les séparément, avec deux --out. Rien n'a été écrit.");
					}
				});
			}
			write(files, err);
			stdout.println(Messages.count(files.size(), "fichier écrit", "fichiers écrits") + " dans « " + Messages.name(out) + " » en "
					+ Messages.seconds(System.nanoTime() - start) + ".");
		}
		stdout.flush();
		return failed(comparisons, err) ? ExitCode.INVALID : ExitCode.OK;
	}

	private Set<Format> formats() {
		if (formats == null || formats.isEmpty()) {
			return EnumSet.allOf(Format.class);
		}
		if (out == null) {
			throw new UserError("--format choisit les fichiers à écrire : ajoutez --out DOSSIER.");
		}
		Set<Format> chosen = EnumSet.noneOf(Format.class);
		for (String id : formats) {
			Format format = Format.of(id.strip());
			if (format == null) {
				throw new UserError("Format inconnu pour compare : « " + id + " ». Formats : html, csv, markdown, json, rncp.");
			}
			chosen.add(format);
		}
		return chosen;
	}

	private void checkFailOn() {
		for (String value : failOn == null ? List.<String>of() : failOn) {
			if (!FAIL_ON.contains(value.strip())) {
				throw new UserError("Valeur inconnue pour --fail-on : « " + value + " ». Valeurs possibles : " + String.join(", ", FAIL_ON) + ".");
			}
		}
	}

	/**
	 * The files to compare: two files; or two folders, file by file of the same name, or their only
	 * file each; or a file and a folder holding a file of the same name.
	 */
	private List<Pair> pairs(PrintWriter err) {
		List<Path> olds = InputFiles.collect(List.of(oldInput));
		List<Path> news = InputFiles.collect(List.of(newInput));
		if (olds.size() == 1 && news.size() == 1) {
			return List.of(new Pair(olds.get(0), news.get(0)));
		}
		Map<String, Path> oldByName = new LinkedHashMap<>();
		olds.forEach(f -> oldByName.putIfAbsent(relative(oldInput, f), f));
		List<Pair> pairs = new ArrayList<>();
		for (Path neu : news) {
			Path old = oldByName.remove(relative(newInput, neu));
			if (old != null) {
				pairs.add(new Pair(old, neu));
			} else {
				err.println("« " + Messages.name(neu) + " » n'a pas de fichier du même nom dans « " + Messages.name(oldInput)
						+ " » : il n'est pas comparé.");
			}
		}
		oldByName.values().forEach(old -> err.println("« " + Messages.name(old) + " » n'a pas de fichier du même nom dans « "
				+ Messages.name(newInput) + " » : il n'est pas comparé."));
		if (pairs.isEmpty()) {
			throw new UserError("Aucun fichier à comparer : « " + Messages.name(oldInput) + " » et « " + Messages.name(newInput)
					+ " » n'ont aucun fichier .referentiel du même nom.");
		}
		return pairs;
	}

	/** The file's path inside the folder given (« sous-dossier/tai.referentiel »), or its name when a file was given. */
	private static String relative(Path input, Path file) {
		Path base = Files.isDirectory(input) ? input.toAbsolutePath().normalize() : null;
		Path absolute = file.toAbsolutePath().normalize();
		return base != null && absolute.startsWith(base) ? base.relativize(absolute).toString() : file.getFileName().toString();
	}

	/**
	 * The two files read together, so that the new one's « correspond à » resolve; null when one has
	 * errors. Two revisions of one file (from version control) declare the same referential: read
	 * together they would clash, and nothing links them, so each is read alone.
	 */
	private static Comparison compare(Pair pair, PrintWriter err) {
		if (sameFile(pair.oldFile(), pair.newFile())) {
			throw new UserError("« " + Messages.name(pair.oldFile()) + " » et « " + Messages.name(pair.newFile())
					+ " » sont le même fichier : donnez l'ancienne version puis la nouvelle.");
		}
		String oldName = declaredName(pair.oldFile());
		CheckResult result;
		if (oldName != null && oldName.equals(declaredName(pair.newFile()))) {
			List<CheckedFile> files = new ArrayList<>(Checking.check(List.of(pair.oldFile())).files());
			files.addAll(Checking.check(List.of(pair.newFile())).files());
			result = new CheckResult(files);
		} else {
			result = Checking.check(List.of(pair.oldFile(), pair.newFile()));
		}
		List<Problem> errors = result.problems().stream().filter(p -> p.severity() == ProblemSeverity.ERROR).toList();
		err.print(ProblemReport.text(errors));
		if (Checking.hasUnreadableInput(result)) {
			throw new UserError("Comparaison annulée : un fichier d'entrée est illisible. Rien n'a été écrit.");
		}
		if (!errors.isEmpty() || result.files().stream().anyMatch(f -> f.referential() == null)) {
			err.println("Comparaison refusée : corrigez les erreurs ci-dessus (« referentiel validate » les liste). Rien n'a été écrit.");
			return null;
		}
		Referential old = result.files().get(0).referential();
		Referential neu = result.files().get(1).referential();
		VersionOrder.remarks(old, neu).forEach(remark -> err.println("Remarque : " + remark));
		return Comparison.of(pair.oldFile().getFileName().toString(), old, pair.newFile().getFileName().toString(), neu);
	}

	/** « ancien → nouveau : 2 modifiés, 1 supprimé, 140 inchangés. », then one line per row of the bloc table. */
	private static void summary(Comparison comparison, PrintWriter out) {
		out.println(comparison.oldVersion().label() + " → " + comparison.newVersion().label() + " : " + comparison.countsText() + ".");
		if (!comparison.blocs().isEmpty()) {
			out.println("Correspondance des blocs :");
		}
		for (BlocCorrespondence row : comparison.blocs()) {
			StringBuilder line = new StringBuilder("  ").append(row.oldBloc() == null ? "—" : row.oldBloc().id()).append(" → ")
					.append(row.newBloc() == null ? "—" : row.newBloc().id()).append(" : ").append(row.kind().label());
			if (row.kind() == BlocCorrespondence.Kind.PARTIAL) {
				line.append(" (sans équivalent : ").append(ids(row.missing())).append(')');
			}
			out.println(line);
		}
	}

	/** The lines to add, each under the competence it belongs to, with the line where that competence starts. */
	private static void proposals(Comparison comparison, Path newFile, PrintWriter out) {
		List<Proposal> proposals = Proposal.of(comparison);
		if (proposals.isEmpty()) {
			out.println("Aucune ligne « correspond à » à proposer pour « " + Messages.name(newFile) + " ».");
			return;
		}
		out.println("Lignes « correspond à » proposées pour « " + Messages.name(newFile) + " » (à ajouter dans chaque compétence) :");
		for (Proposal p : proposals) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(p.competence().source());
			String where = node == null ? "" : " (ligne " + node.getStartLine() + ")";
			out.println("  compétence " + p.competence().id() + where + " : " + p.line(comparison.oldVersion().name())
					+ "    // similarité " + String.format(Locale.FRANCE, "%.2f", p.pairing().score()));
		}
	}

	private static final Pattern DECLARED_NAME = Pattern.compile("r\u00e9f\u00e9rentiel\\s+(\\w+)");
	private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

	private static boolean sameFile(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		} catch (IOException e) {
			return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
		}
	}

	/** The name the file declares (« référentiel TAI_2023 »), or null when it cannot be read: the checker will say why. */
	private static String declaredName(Path file) {
		try {
			// A pipe or a device (/dev/zero) is never read here: the checker refuses it with its message.
			if (!Files.isRegularFile(file) || Files.size(file) > fr.referentiel.studio.dsl.check.ReferentielChecker.MAX_FILE_BYTES) {
				return null;
			}
			Matcher m = DECLARED_NAME.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(" "));
			return m.find() ? m.group(1) : null;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static String ids(List<Element> elements) {
		return String.join(", ", elements.stream().map(Element::id).toList());
	}

	/** Every file of the run or none ({@link ExportFiles#writeAll}), as export writes. */
	private void write(Map<String, byte[]> files, PrintWriter err) {
		try {
			ExportFiles.writeAll(out, files, OutputFiles.storage, notice -> {
				err.println(notice);
				err.flush();
			});
		} catch (ExportFiles.PartlyWrittenException e) {
			throw new UserError(OutputFiles.partlyWritten("Écriture inachevée", out, e, files.keySet(), "la comparaison"));
		} catch (IOException e) {
			String reason = Messages.reason(e);
			throw new UserError("Impossible d'écrire dans « " + Messages.name(out) + " » : "
					+ (reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason) + ". Rien n'a été remplacé.");
		}
	}

	/** Whether a change that --fail-on names exists; says which, on the error stream. */
	private boolean failed(List<Comparison> comparisons, PrintWriter err) {
		if (failOn == null || failOn.isEmpty()) {
			return false;
		}
		List<String> found = new ArrayList<>();
		for (String value : failOn.stream().map(String::strip).distinct().toList()) {
			long n = comparisons.stream().flatMap(c -> c.pairings().stream())
					.filter(p -> value.equals("changed") ? p.changed() : p.changes().stream().anyMatch(c -> c.id().equals(value))).count();
			if (n > 0) {
				found.add(n + " (" + value + ")");
			}
		}
		if (found.isEmpty()) {
			return false;
		}
		err.println("Changements refusés par --fail-on : " + String.join(", ", found) + ".");
		return true;
	}
}
