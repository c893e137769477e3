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

	/** Checks the files together; a file named twice is checked once. */
	public CheckResult check(Collection<Path> files) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Map<Path, Object> loaded = new LinkedHashMap<>(); // file -> XtextResource or the Problem that stops it
		Set<Path> seen = new HashSet<>();
		List<String> texts = new ArrayList<>();
		Map<Path, List<Problem>> notes = new HashMap<>();
		for (Path file : files) {
			Path absolute = file.toAbsolutePath().normalize();
			if (!seen.add(absolute)) {
				continue;
			}
			SourceText source = SourceText.read(file);
			if (source.unreadable() != null) {
				loaded.put(file, new Problem(file, source.line(), 1, 0, ProblemSeverity.ERROR, source.unreadable(),
						IssueCodes.UNREADABLE_FILE));
				continue;
			}
			texts.add(source.text());
			List<Problem> fileNotes = notes(file, source);
			if (!fileNotes.isEmpty()) {
				notes.put(file, fileNotes);
			}
			XtextResource resource = (XtextResource) resourceSet.createResource(referentialUri(absolute));
			try {
				// Xtext parses a LazyStringInputStream's text as it is: the file is not encoded and decoded again.
				resource.load(new LazyStringInputStream(source.text(), StandardCharsets.UTF_8.name()), null);
				Problem tooDeep = Nesting.tooDeep(file, resource);
				loaded.put(file, tooDeep != null ? tooDeep : resource);
			} catch (IOException | RuntimeException | StackOverflowError e) {
				// The parser recurses once per level of braces; Xtext may wrap the overflow in a ParseException.
				loaded.put(file, causedByStackOverflow(e) ? tooDeep(file)
						: fatal(file, "Le fichier « " + ControlCharacters.quoteName(file.toString()) + " » n'a pas pu être analysé : " + e + ".", IssueCodes.UNREADABLE_FILE));
			}
			if (!(loaded.get(file) instanceof XtextResource)) {
				// Half-built or unusable: other files must not link to it.
				resourceSet.getResources().remove(resource);
			}
		}
		loadReferencedNeighbours(resourceSet, seen, texts);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<CheckedFile> result = new ArrayList<>();
		loaded.forEach((file, outcome) -> {
			if (outcome instanceof XtextResource resource) {
				result.add(validate(file, resource, validator, notes.getOrDefault(file, List.of())));
			} else {
				result.add(new CheckedFile(file, null, List.of((Problem) outcome)));
			}
		});
		return new CheckResult(result);
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
	 * The files of the same folders that declare a referential the checked files name (TAI_2007 in
	 * « correspond à TAI_2007.CP3 »), loaded so that the links resolve as they do in the editor;
	 * they are read, not checked. Only the head of a neighbour is read to learn its name.
	 */
	private static void loadReferencedNeighbours(XtextResourceSet resourceSet, Set<Path> checked, List<String> texts) {
		// A neighbour that declares a name a checked file declares too is another copy, not a version it names.
		Set<String> declared = new HashSet<>();
		for (String text : texts) {
			Matcher m = DECLARED_NAME.matcher(withoutComments(text));
			if (m.find()) {
				declared.add(m.group(1));
			}
		}
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
				if (name == null || declared.contains(name) || texts.stream().noneMatch(t -> Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(t).find())) {
					continue;
				}
				SourceText source = SourceText.read(neighbour);
				if (source.unreadable() != null) {
					continue;
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
