/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ReferentielStandaloneSetup;
import fr.referentiel.studio.dsl.validation.IssueCodes;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * Checks .referentiel files outside any editor: the one entry point of the command line and the
 * exporters. The files given are read together, so references between them resolve; each gets
 * the same diagnostics the editor shows, with the severities of its {@code referentiel.properties}.
 * It never throws on a bad file: an unreadable file, or one nested too deeply to be handled, is a
 * problem like any other.
 */
public final class ReferentielChecker {

	/** The largest file read (10 MB), by the command line and by the language server alike. */
	public static final long MAX_FILE_BYTES = SourceText.MAX_BYTES;

	private static Injector shared;

	private final Injector injector;

	private ReferentielChecker(Injector injector) {
		this.injector = injector;
	}

	/** A checker over the language's standalone injector, created once per process. */
	public static ReferentielChecker create() {
		return new ReferentielChecker(injector());
	}

	private static synchronized Injector injector() {
		if (shared == null) {
			shared = new ReferentielStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return shared;
	}

	/** Checks the files together, on every processor; a file named twice is checked once. */
	public CheckResult check(Collection<Path> files) {
		return check(files, Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Checks the files together on {@code threads} threads at most. Files are read and parsed in
	 * parallel, then checked in groups: the files that name each other's referentials (or declare
	 * the same one) share one resource set, as they must for their links and the duplicate check;
	 * unrelated files share nothing, so their groups are checked in parallel. EMF resource sets
	 * are not thread-safe: a group is only ever used by one thread. The outcome is the one a
	 * single resource set would give, in the order the files were named.
	 */
	public CheckResult check(Collection<Path> files, int threads) {
		List<Path> distinct = new ArrayList<>();
		Set<Path> seen = new HashSet<>();
		for (Path file : files) {
			if (seen.add(file.toAbsolutePath().normalize())) {
				distinct.add(file);
			}
		}
		List<Parsed> parsed = inParallel(distinct, this::parse, threads);
		Set<String> declared = new HashSet<>();
		parsed.forEach(p -> {
			if (p.name() != null) {
				declared.add(p.name());
			}
		});
		Map<String, List<Path>> neighbours = neighboursByName(seen, declared);
		List<List<Parsed>> groups = groups(parsed);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		Map<Path, CheckedFile> checked = new HashMap<>();
		for (List<CheckedFile> group : inParallel(groups, g -> validate(g, neighbours, validator), threads)) {
			group.forEach(f -> checked.put(f.file(), f));
		}
		return new CheckResult(distinct.stream().map(checked::get).toList());
	}

	/**
	 * A file read and parsed on its own: its resource (in no resource set yet) or the problem that
	 * stops it, the referential it declares and the identifiers its text uses.
	 */
	private record Parsed(Path file, XtextResource resource, Problem stop, List<Problem> notes, String name, Set<String> words) {
	}

	private Parsed parse(Path file) {
		SourceText source = SourceText.read(file);
		if (source.unreadable() != null) {
			return new Parsed(file, null, new Problem(file, source.line(), 1, 0, ProblemSeverity.ERROR, source.unreadable(),
					IssueCodes.UNREADABLE_FILE), List.of(), null, Set.of());
		}
		String text = source.text();
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class)
				.createResource(referentialUri(file.toAbsolutePath().normalize()));
		Problem stop;
		try {
			// Xtext parses a LazyStringInputStream's text as it is: the file is not encoded and decoded again.
			resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()), null);
			stop = Nesting.tooDeep(file, resource);
		} catch (IOException | RuntimeException | StackOverflowError e) {
			// The parser recurses once per level of braces; Xtext may wrap the overflow in a ParseException.
			stop = causedByStackOverflow(e) ? tooDeep(file) : fatal(file, "Le fichier « " + ControlCharacters.quoteName(file.toString())
					+ " » n'a pas pu être analysé : " + e + ".", IssueCodes.UNREADABLE_FILE);
		}
		// The name it declares, as parsed (a comment or a text never counts); half-built or unusable, no
		// other file may link to it.
		String name = stop == null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Referential r
				? r.getName() : null;
		return new Parsed(file, stop == null ? resource : null, stop, notes(file, source), name, words(text));
	}

	/** The identifiers of a text: what a reference to another referential (« TAI_2018.CP3 ») is made of. */
	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			boolean part = i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_');
			if (part && start < 0) {
				start = i;
			} else if (!part && start >= 0) {
				words.add(text.substring(start, i));
				start = -1;
			}
		}
		return words;
	}

	/** The files that must share a resource set: connected by a name one declares and another uses or declares. */
	private static List<List<Parsed>> groups(List<Parsed> parsed) {
		int[] parent = new int[parsed.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		Map<String, Integer> declaredBy = new HashMap<>();
		for (int i = 0; i < parsed.size(); i++) {
			String name = parsed.get(i).name();
			if (name != null) {
				Integer first = declaredBy.putIfAbsent(name, i);
				if (first != null) {
					union(parent, first, i);
				}
			}
		}
		for (int i = 0; i < parsed.size(); i++) {
			for (String word : parsed.get(i).words()) {
				Integer declarer = declaredBy.get(word);
				if (declarer != null) {
					union(parent, declarer, i);
				}
			}
		}
		Map<Integer, List<Parsed>> groups = new LinkedHashMap<>();
		for (int i = 0; i < parsed.size(); i++) {
			groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(parsed.get(i));
		}
		return new ArrayList<>(groups.values());
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		parent[root(parent, a)] = root(parent, b);
	}

	/** One group in its own resource set, with the neighbours its files name; in the group's order. */
	private List<CheckedFile> validate(List<Parsed> group, Map<String, List<Path>> neighbours, IResourceValidator validator) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Set<Path> wanted = new java.util.LinkedHashSet<>();
		for (Parsed p : group) {
			if (p.resource() != null) {
				resourceSet.getResources().add(p.resource());
				p.words().forEach(word -> wanted.addAll(neighbours.getOrDefault(word, List.of())));
			}
		}
		wanted.forEach(neighbour -> loadNeighbour(resourceSet, neighbour));
		List<CheckedFile> result = new ArrayList<>();
		for (Parsed p : group) {
			result.add(p.resource() != null ? validate(p.file(), p.resource(), validator, p.notes())
					: new CheckedFile(p.file(), null, List.of(p.stop())));
		}
		return result;
	}

	/** {@code work} applied to every element on at most {@code threads} threads, results in order. */
	private static <T, R> List<R> inParallel(List<T> items, java.util.function.Function<T, R> work, int threads) {
		int n = Math.max(1, Math.min(threads, items.size()));
		if (n == 1) {
			return items.stream().map(work).toList();
		}
		// The first alone: it makes what EMF and Guice create on first use (the metamodel's caches,
		// bindings), which threads must not race to create.
		List<R> results = new ArrayList<>(items.size());
		results.add(work.apply(items.get(0)));
		java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(n);
		try {
			results.addAll(pool.submit(() -> items.subList(1, items.size()).parallelStream().map(work).toList()).get());
			return results;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (java.util.concurrent.ExecutionException e) {
			// What a thread threw, as the sequential check would have thrown it (an Error stays an Error).
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	/**
	 * A file named on the command line is read as a referential whatever its name ends with; its
	 * resource gets the language's extension so that the language's services handle it.
	 */
	private static URI referentialUri(Path absolute) {
		URI uri = URI.createFileURI(absolute.toString());
		return absolute.getFileName().toString().endsWith(EXTENSION) ? uri : uri.appendFileExtension(EXTENSION.substring(1));
	}

	/** What reading changed or assumed, said with the file's other problems. */
	private static List<Problem> notes(Path file, SourceText source) {
		List<Problem> notes = new ArrayList<>();
		if (!file.getFileName().toString().endsWith(EXTENSION)) {
			notes.add(new Problem(file, 1, 1, 0, ProblemSeverity.INFO, "Ce fichier n'a pas l'extension « " + EXTENSION
					+ " » : il est lu comme un référentiel parce que vous l'avez nommé. Renommez-le en « …" + EXTENSION
					+ " » pour que l'éditeur et la recherche dans les dossiers le trouvent.", IssueCodes.FILE_EXTENSION));
		}
		if (source.recomposedLine() > 0) {
			notes.add(new Problem(file, source.recomposedLine(), 1, 0, ProblemSeverity.WARNING, "Ce fichier écrit des "
					+ "accents en deux caractères (forme décomposée NFD : une lettre suivie d'un accent combinant), dès cette "
					+ "ligne : ils ont été lus en un seul (« é », forme NFC), et les colonnes indiquées sur ces lignes "
					+ "comptent les caractères recomposés. Enregistrez le fichier en NFC pour que tous les outils le lisent "
					+ "de même.", IssueCodes.DECOMPOSED_ACCENT));
		}
		return notes;
	}

	private static final String EXTENSION = ".referentiel";

	private static final Pattern DECLARED_NAME = Pattern.compile("r\u00e9f\u00e9rentiel\\s+(\\w+)");

	/**
	 * The files of the checked files' folders by the referential they declare, for the names the
	 * checked files use (TAI_2007 in « correspond à TAI_2007.CP3 »), so that the links resolve as
	 * they do in the editor; they are read, not checked. Only the head of a neighbour is read to
	 * learn its name; a neighbour that declares a name a checked file declares too is another copy,
	 * not a version it names.
	 */
	private static Map<String, List<Path>> neighboursByName(Set<Path> checked, Set<String> declared) {
		Map<String, List<Path>> byName = new HashMap<>();
		Set<Path> folders = new java.util.LinkedHashSet<>();
		checked.forEach(f -> folders.add(f.getParent()));
		for (Path folder : folders) {
			if (folder == null) {
				continue;
			}
			List<Path> neighbours;
			try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(folder)) {
				neighbours = list.filter(p -> p.getFileName().toString().endsWith(".referentiel"))
						.filter(java.nio.file.Files::isRegularFile).filter(p -> !checked.contains(p)).sorted().toList();
			} catch (IOException | RuntimeException e) {
				continue; // an unreadable folder only means no neighbour
			}
			for (Path neighbour : neighbours) {
				String name = declaredName(neighbour);
				if (name != null && !declared.contains(name)) {
					byName.computeIfAbsent(name, k -> new ArrayList<>()).add(neighbour);
				}
			}
		}
		return byName;
	}

	private void loadNeighbour(XtextResourceSet resourceSet, Path neighbour) {
		SourceText source = SourceText.read(neighbour);
		if (source.unreadable() != null) {
			return;
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(neighbour.toString()));
		try {
			resource.load(new LazyStringInputStream(source.text(), StandardCharsets.UTF_8.name()), null);
			if (Nesting.tooDeep(neighbour, resource) != null) {
				resourceSet.getResources().remove(resource);
			}
		} catch (IOException | RuntimeException | StackOverflowError e) {
			resourceSet.getResources().remove(resource);
		}
	}

	private static String withoutComments(String text) {
		return text.replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", "");
	}

	private static String declaredName(Path file) {
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
			String head = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
			Matcher m = DECLARED_NAME.matcher(withoutComments(head));
			return m.find() ? m.group(1) : null;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** The file's diagnostics and model; a validation that fails is one problem, never an exception. */
	private static CheckedFile validate(Path file, XtextResource resource, IResourceValidator validator, List<Problem> notes) {
		List<Problem> problems = new ArrayList<>(notes);
		try {
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				Problem problem = problem(file, issue);
				if (problem != null) {
					problems.add(problem);
				}
			}
		} catch (RuntimeException | StackOverflowError e) {
			return new CheckedFile(file, null, List.of(causedByStackOverflow(e) ? tooDeep(file) : fatal(file, "Le fichier « "
					+ ControlCharacters.quoteName(file.toString()) + " » n'a pas pu être vérifié (erreur interne : " + e + "). Signalez-la avec le fichier en cause.",
					IssueCodes.UNREADABLE_FILE)));
		}
		problems.sort(Problem.ORDER);
		Referential referential = !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Referential r
				? r : null;
		return new CheckedFile(file, referential, problems);
	}

	private static boolean causedByStackOverflow(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof StackOverflowError) {
				return true;
			}
		}
		return false;
	}

	private static Problem tooDeep(Path file) {
		return fatal(file, Nesting.TOO_DEEP_TO_PARSE, IssueCodes.NESTING_TOO_DEEP);
	}

	private static Problem fatal(Path file, String message, String code) {
		return new Problem(file, 1, 1, 0, ProblemSeverity.ERROR, message, code);
	}

	/** The problem an Xtext issue describes; null for an ignored one. */
	static Problem problem(Path file, Issue issue) {
		ProblemSeverity severity = switch (issue.getSeverity()) {
			case ERROR -> ProblemSeverity.ERROR;
			case WARNING -> ProblemSeverity.WARNING;
			case INFO -> ProblemSeverity.INFO;
			default -> null;
		};
		if (severity == null) {
			return null;
		}
		int line = issue.getLineNumber() == null ? 1 : Math.max(1, issue.getLineNumber());
		int column = issue.getColumn() == null ? 1 : Math.max(1, issue.getColumn());
		int length = issue.getLength() == null ? 0 : Math.max(0, issue.getLength());
		String code = issue.getCode() != null ? issue.getCode() : issue.isSyntaxError() ? IssueCodes.SYNTAX : IssueCodes.PREFIX + "other";
		return new Problem(file, line, column, length, severity, issue.getMessage(), code);
	}
}
