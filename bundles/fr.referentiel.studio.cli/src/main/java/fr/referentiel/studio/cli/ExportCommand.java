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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.referentiel.studio.dsl.check.CheckResult;
import fr.referentiel.studio.dsl.check.CheckedFile;
import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.dsl.check.ProblemSeverity;
import fr.referentiel.studio.dsl.check.ProblemReport;
import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.ExportFiles;
import fr.referentiel.studio.export.ExportNotices;
import fr.referentiel.studio.export.ExportOption;
import fr.referentiel.studio.export.Exporter;
import fr.referentiel.studio.export.Exporters;
import fr.referentiel.studio.export.Layout;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.text.ControlCharacters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export",
		description = { "Vérifie puis exporte des référentiels dans les formats demandés.",
				"Écrit <dossier>/<nom du fichier>.<extension> par format (et <nom>.<mise en page>.<extension> "
						+ "pour une mise en page autre que celle par défaut). Un référentiel qui a des erreurs "
						+ "n'est pas exporté, sauf avec --force. Rien n'est écrit si une étape échoue." },
		footerHeading = "%nExemples :%n",
		footer = {
				"  referentiel export examples/tai-2023.referentiel --format html,csv,markdown --out out",
				"  referentiel export referentiels/ --format html --layout rncp --out publication",
				"  referentiel export tai.referentiel --format csv --option separator=, --option bom=false --out out",
				"  referentiel export tai.referentiel --format case,moodle --case-base-uri https://case.example.fr/ims/case/v1p1/ --out lms",
				"",
				"Codes de sortie : 0 export réussi, 1 référentiel en erreur (rien n'est écrit), "
						+ "2 mauvaise utilisation, fichier illisible ou dossier de sortie inutilisable (rien n'est remplacé ; "
						+ "sauf « Export inachevé », qui nomme les fichiers déjà écrits), "
						+ "3 erreur interne ou mémoire insuffisante." })
class ExportCommand implements Callable<Integer> {

	@Mixin
	CommonOptions common;

	@Spec
	CommandSpec spec;

	@Mixin
	InputArguments inputs;

	@Option(names = "--format", split = ",", paramLabel = "FORMAT",
			description = "Formats à produire, séparés par des virgules (voir « referentiel formats »). Par défaut : tous.")
	List<String> formats;

	@Option(names = "--layout", split = ",", paramLabel = "MISE_EN_PAGE",
			description = "Mises en page à produire, au lieu de celle par défaut de chaque format "
					+ "(NOM, ou FORMAT:NOM pour un seul format).")
	List<String> layouts;

	@Option(names = "--option", paramLabel = "NOM=VALEUR",
			// FORMAT.NOM=VALEUR first: picocli wraps option texts after a dot too, and it fits there.
			description = "Option d'un format : FORMAT.NOM=VALEUR pour un seul format, ou NOM=VALEUR.")
	Map<String, String> options = new LinkedHashMap<>();

	@Option(names = "--case-base-uri", paramLabel = "ADRESSE",
			description = "Début des adresses (uri) du format case : celle du service CASE qui publiera le référentiel "
					+ "(même effet que --option case.base-uri=ADRESSE).")
	String caseBaseUri;

	@Option(names = "--out", required = true, paramLabel = "DOSSIER",
			description = "Dossier où écrire les fichiers (créé s'il n'existe pas).")
	Path out;

	@Option(names = "--force", description = "Exporte même les référentiels qui ont des erreurs.")
	boolean force;

	@Option(names = "--jobs", paramLabel = "N", defaultValue = "0",
			description = "Nombre de référentiels vérifiés et traités en parallèle (par défaut : un par processeur).")
	int jobs;

	/** One document to produce for every referential. */
	record Target(Exporter exporter, String layout, Map<String, String> options) {
	}

	/** One file to write. */
	record Output(String fileName, byte[] content, List<String> notices) {
	}

	@Override
	public Integer call() throws Exception {
		long start = System.nanoTime();
		PrintWriter err = spec.commandLine().getErr();
		List<Path> files = inputs.files();
		if (out.toString().isBlank()) {
			throw new UserError("--out attend un dossier : « " + out + " » n'en nomme aucun. Pour écrire dans le dossier "
					+ "courant, écrivez --out .");
		}
		List<Target> targets = plan();
		checkDistinctOutputs(files, targets);
		CheckResult result = Checking.check(files, jobs);
		// Every problem in full, as a compiler prints them, then their count.
		List<Problem> problems = result.problems();
		List<Problem> errors = problems.stream().filter(p -> p.severity() == ProblemSeverity.ERROR).toList();
		err.print(ProblemReport.text(problems));
		long others = problems.size() - errors.size();
		if (others > 0) {
			err.println(Messages.count((int) others, "avertissement ou remarque", "avertissements ou remarques")
					+ " ci-dessus : l'export continue.");
		}
		if (Checking.hasUnreadableInput(result)) {
			err.println("Export annulé : un fichier d'entrée est illisible. Rien n'a été écrit.");
			return ExitCode.USAGE;
		}
		if (result.hasErrors() && !force) {
			Checking.printSummary(result, err);
			err.println("Export refusé : corrigez les erreurs ci-dessus, ou relancez avec --force. Rien n'a été écrit.");
			return ExitCode.INVALID;
		}
		prepareOutputFolder();
		List<CheckedFile> exportable = result.files().stream().filter(f -> f.referential() != null).toList();
		List<Output> outputs = render(exportable, targets, err);
		// What a format had to change to hold the referential (a name cut to Moodle's length…).
		outputs.forEach(o -> o.notices().forEach(err::println));
		writeAll(outputs, err);
		err.flush(); // the progress lines (on the error stream) come before the summary
		spec.commandLine().getOut().println(Messages.count(outputs.size(), "fichier écrit", "fichiers écrits")
				+ " dans « " + Messages.name(out) + " » en " + Messages.seconds(System.nanoTime() - start) + ".");
		spec.commandLine().getOut().flush();
		// Even --force cannot export what could not be analysed (a file nested too deeply): say so.
		List<CheckedFile> skipped = result.files().stream().filter(f -> f.referential() == null).toList();
		for (CheckedFile file : skipped) {
			err.println("« " + Messages.name(file.file()) + " » n'est pas exporté : il n'a pas pu être analysé (voir l'erreur ci-dessus).");
		}
		return skipped.isEmpty() ? ExitCode.OK : ExitCode.INVALID;
	}

	/** The documents to produce, checked before any work: unknown formats, layouts or options are usage errors. */
	List<Target> plan() {
		// Looked up once: each lookup goes through the class path (ServiceLoader) again.
		List<Exporter> installed = Exporters.available();
		List<Exporter> exporters = new ArrayList<>();
		if (formats == null || formats.isEmpty()) {
			exporters.addAll(installed);
		} else {
			for (String id : formats) {
				exporters.add(installed.stream().filter(e -> e.formatId().equals(id.strip())).findFirst()
						.orElseThrow(() -> new UserError("Format inconnu : « " + id + " ». Formats disponibles : "
								+ String.join(", ", installed.stream().map(Exporter::formatId).toList()) + ".")));
			}
		}
		if (exporters.isEmpty()) {
			throw new UserError("Aucun format d'export n'est installé.", ExitCode.INTERNAL);
		}
		List<Target> targets = new ArrayList<>();
		for (Exporter exporter : exporters) {
			Map<String, String> exporterOptions = optionsFor(exporter);
			for (String layout : layoutsFor(exporter)) {
				targets.add(new Target(exporter, layout, exporterOptions));
			}
		}
		checkEveryChoiceIsUsed(exporters, installed);
		return targets;
	}

	private List<String> layoutsFor(Exporter exporter) {
		List<String> offered = exporter.layouts().stream().map(Layout::id).toList();
		List<String> chosen = new ArrayList<>();
		for (String value : layouts == null ? List.<String>of() : layouts) {
			String layout = forFormat(value, exporter, ':');
			if (layout != null && offered.contains(layout)) {
				chosen.add(layout);
			} else if (layout != null && value.contains(":")) {
				throw new UserError("Le format « " + exporter.formatId() + " » n'a pas de mise en page « " + layout
						+ " ». Mises en page : " + String.join(", ", offered) + ".");
			}
		}
		return chosen.isEmpty() ? List.of(offered.get(0)) : chosen;
	}

	private Map<String, String> optionsFor(Exporter exporter) {
		Map<String, String> chosen = new HashMap<>();
		if (caseBaseUri != null && exporter.formatId().equals("case")) {
			chosen.put("base-uri", caseBaseUri);
		}
		options.forEach((key, value) -> {
			String name = forFormat(key, exporter, '.');
			if (name == null) {
				return;
			}
			ExportOption option = exporter.options().stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
			if (option == null) {
				if (key.contains(".")) {
					throw new UserError("Le format « " + exporter.formatId() + " » n'a pas d'option « " + name + " ».");
				}
				return;
			}
			if (option.allowedValues() != null && !option.allowedValues().isEmpty()
					&& !option.allowedValues().contains(value)) {
				throw new UserError("Valeur « " + value + " » invalide pour l'option « " + name + " » du format « "
						+ exporter.formatId() + " ». Valeurs possibles : " + String.join(", ", option.allowedValues()) + ".");
			}
			chosen.put(name, value);
		});
		return chosen;
	}

	/** The name in "NAME" or, for this exporter only, in "FORMAT&lt;sep&gt;NAME"; null for another format. */
	private static String forFormat(String value, Exporter exporter, char separator) {
		int at = value.indexOf(separator);
		if (at < 0) {
			return value.strip();
		}
		return value.substring(0, at).strip().equals(exporter.formatId()) ? value.substring(at + 1).strip() : null;
	}

	/** A layout or an option that no chosen format offers is a mistake the user wants to hear about. */
	private void checkEveryChoiceIsUsed(List<Exporter> exporters, List<Exporter> installed) {
		if (caseBaseUri != null && exporters.stream().noneMatch(e -> e.formatId().equals("case"))) {
			throw new UserError("--case-base-uri ne sert qu'au format case, qui n'est pas choisi : ajoutez --format case.");
		}
		for (String value : layouts == null ? List.<String>of() : layouts) {
			boolean used = exporters.stream().anyMatch(e -> e.layouts().stream()
					.anyMatch(l -> l.id().equals(forFormat(value, e, ':'))));
			if (!used) {
				List<String> having = installed.stream()
						.filter(e -> e.layouts().stream().anyMatch(l -> l.id().equals(forFormat(value, e, ':'))))
						.map(Exporter::formatId).toList();
				throw new UserError(having.isEmpty()
						? "Mise en page inconnue : « " + value + " ». Voir « referentiel formats »."
						: "Aucun des formats choisis n'a la mise en page « " + value + " » ; " + (having.size() == 1
								? "le format « " + having.get(0) + " » l'a" : "les formats « " + String.join(" », « ", having) + " » l'ont")
								+ " : ajoutez --format " + String.join(",", having) + ".");
			}
		}
		for (String key : options.keySet()) {
			boolean used = exporters.stream().anyMatch(e -> e.options().stream()
					.anyMatch(o -> o.name().equals(forFormat(key, e, '.'))));
			if (!used) {
				throw new UserError("Option inconnue : « " + key + " ». Voir « referentiel formats ».");
			}
		}
	}

	/**
	 * Two documents of the run must not go to one file: inputs named alike in two folders, or
	 * « x » in layout rncp and « x.rncp » in the default one (both x.rncp.html). Compared without
	 * case, since Windows and macOS folders do.
	 */
	private static void checkDistinctOutputs(List<Path> files, List<Target> targets) {
		Map<String, String> byName = new HashMap<>();
		for (Path file : files) {
			for (Target target : targets) {
				String name = ExportFiles.fileName(InputFiles.baseName(file), target.exporter(), target.layout());
				String tooLong = ExportFiles.tooLong(name);
				if (tooLong != null) {
					throw new UserError(tooLong + " Rien n'a été écrit.");
				}
				String producer = "« " + Messages.name(file) + " » en " + target.exporter().formatId() + " (mise en page « "
						+ target.layout() + " »)";
				String other = byName.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), producer);
				if (other != null) {
					throw new UserError(other + " et " + producer + " donneraient le même fichier « " + Messages.name(name)
							+ " » : exportez-les dans deux dossiers différents, ou renommez l'un des fichiers. Rien n'a été écrit.");
				}
			}
		}
	}

	/**
	 * The output folder can be written, checked before any work; a folder that does not exist yet is
	 * made only by the writing, so a run that fails leaves no empty folder behind.
	 */
	private void prepareOutputFolder() {
		try {
			Path existing = out.toAbsolutePath();
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			if (existing == null || !Files.isDirectory(existing)) {
				throw new java.nio.file.NotDirectoryException(String.valueOf(existing));
			}
			if (existing.equals(out.toAbsolutePath())) {
				Path probe = Files.createTempFile(out, ".referentiel-", ".tmp");
				Files.delete(probe);
			} else if (!Files.isWritable(existing)) {
				throw new java.nio.file.AccessDeniedException(existing.toString());
			}
		} catch (IOException | SecurityException e) {
			throw new UserError("Impossible d'écrire dans le dossier de sortie « " + Messages.name(out) + " » : " + Messages.reason(e)
					+ ". Rien n'a été écrit.");
		}
	}

	/**
	 * Renders every document in memory before anything is written, so a failure leaves the output
	 * folder as it was. Referentials are rendered in parallel; the documents of one referential in turn.
	 */
	private List<Output> render(List<CheckedFile> files, List<Target> targets, PrintWriter err) throws Exception {
		files.forEach(f -> prepareForConcurrentReading(f.referential()));
		int threads = Math.max(1, Math.min(files.size(), jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors()));
		Progress progress = Progress.create(err, files.size() * targets.size(), Progress.interactiveTerminal());
		List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			Thread worker = Executors.defaultThreadFactory().newThread(task);
			workers.add(worker);
			return worker;
		});
		try {
			List<Future<List<Output>>> futures = new ArrayList<>();
			for (CheckedFile file : files) {
				futures.add(pool.submit(() -> renderOne(file, targets, progress)));
			}
			List<Output> outputs = new ArrayList<>();
			for (Future<List<Output>> future : futures) {
				outputs.addAll(get(future));
			}
			return outputs;
		} catch (Error | RuntimeException e) {
			// A worker whose machine failed (class space, memory) can leave the pool's locks half taken, and
			// waiting here then fails in turn (IllegalMonitorStateException): the worker says its own error
			// first, and ends the process (Main's handler), before this consequence could be said.
			pool.shutdownNow();
			for (Thread worker : workers) {
				worker.join(5_000);
			}
			throw e;
		} finally {
			pool.shutdownNow();
			progress.finish();
		}
	}

	private static List<Output> renderOne(CheckedFile file, List<Target> targets, Progress progress) throws ExportException {
		List<Output> outputs = new ArrayList<>();
		String base = InputFiles.baseName(file.file());
		for (Target target : targets) {
			byte[] content;
			try {
				content = target.exporter().render(file.referential(), target.layout(), target.options());
			} catch (ExportException e) {
				throw new ExportException("« " + Messages.name(file.file()) + " » en " + target.exporter().formatId() + " (mise en page « "
						+ target.layout() + " ») : " + e.getMessage(), e);
			}
			List<String> notices = List.of();
			if (target.exporter() instanceof ExportNotices says) {
				try {
					notices = says.notices(file.referential(), target.layout(), target.options()).stream()
							.map(n -> Messages.name(file.file()) + ": avertissement : " + ControlCharacters.escape(n)).toList();
				} catch (ExportException e) {
					// render() has just accepted the same arguments.
					throw new IllegalStateException(e);
				}
			}
			String name = ExportFiles.fileName(base, target.exporter(), target.layout());
			outputs.add(new Output(name, content, notices));
			progress.step(Messages.name(file.file().getFileName()) + " → " + Messages.name(name));
		}
		return outputs;
	}

	private static List<Output> get(Future<List<Output>> future) throws Exception {
		try {
			return future.get();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof ExportException export) {
				throw new UserError("Export impossible : " + export.getMessage() + " Rien n'a été écrit.");
			}
			throw e.getCause() instanceof Exception cause ? cause : e;
		}
	}

	/** Every file of the run or none ({@link ExportFiles#writeAll}); a wait for another export is said. */
	private void writeAll(List<Output> outputs, PrintWriter err) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		outputs.forEach(o -> files.put(o.fileName(), o.content()));
		try {
			ExportFiles.writeAll(out, files, OutputFiles.storage, notice -> {
				err.println(notice);
				err.flush();
			});
		} catch (ExportFiles.PartlyWrittenException e) {
			throw new UserError(OutputFiles.partlyWritten("Export inachevé", out, e, files.keySet(), "l'export"));
		} catch (IOException e) {
			String reason = Messages.reason(e);
			throw new UserError("Impossible d'écrire dans « " + Messages.name(out) + " » : "
					+ (reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason) + ". Rien n'a été remplacé.");
		}
	}

	/**
	 * EMF creates lists and resolves references on first access, which is not safe from several
	 * threads: touch every feature once before rendering in parallel.
	 */
	private static void prepareForConcurrentReading(Referential referential) {
		touch(referential);
		referential.eAllContents().forEachRemaining(ExportCommand::touch);
	}

	private static void touch(EObject object) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			Object value = object.eGet(feature, true);
			if (value instanceof List<?> list) {
				list.size();
			}
		}
	}
}
