/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.interchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;

import com.google.inject.Injector;

import fr.referentiel.studio.dsl.ReferentielStandaloneSetup;
import fr.referentiel.studio.model.Referential;

/**
 * The text of a {@code .referentiel} file for what an importer read: its header as {@code //}
 * comment lines, then the referential written by the language's own serializer and laid out by
 * its formatter (the layout {@code referentiel validate} and the editor's « Format » give).
 */
public final class ReferentialText {

	private static Injector injector;

	private ReferentialText() {
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new ReferentielStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	private static java.util.Set<String> keywords;

	/** The keywords of the language, which an identifier must not be without a « ^ ». */
	public static synchronized java.util.Set<String> keywords() {
		if (keywords == null) {
			org.eclipse.xtext.IGrammarAccess grammar = injector().getInstance(org.eclipse.xtext.IGrammarAccess.class);
			keywords = java.util.Set.copyOf(org.eclipse.xtext.GrammarUtil.getAllKeywords(grammar.getGrammar()));
		}
		return keywords;
	}

	/** The whole file: header comments, an empty line, the formatted referential, a final line break. */
	public static String of(Imported imported) {
		StringBuilder text = new StringBuilder();
		for (String line : imported.header()) {
			for (String part : line.split("\\R", -1)) {
				if (part.isBlank()) {
					text.append("//\n");
				} else {
					wrap(oneLine(part), part.startsWith("- ") ? "//    " : "//   ", text);
				}
			}
		}
		if (!text.isEmpty()) {
			text.append('\n');
		}
		String body = tidy(serialize(imported.referential(), imported.fileName())).strip();
		if (imported.referential().getKind() == fr.referentiel.studio.model.ReferentialKind.OTHER) {
			// « autre » is the kind's default value, which the serializer leaves out; said, the reader knows it was decided.
			body = body.replaceFirst("\\{\n", "{\n    type autre\n");
		}
		text.append(body).append('\n');
		return text.toString();
	}

	private static final Pattern REFERENCE_LIST = Pattern.compile("( +)(compétences (?:transversales )?)((?!détaillées$)[\\p{L}_][\\p{L}\\w.]*)");
	private static final Pattern ESCAPED_APOSTROPHE = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\'");

	/**
	 * Two habits of the serializer undone, as an author writes: it escapes every apostrophe of a
	 * quoted title ({@code "L\'entreprise"}, which the language reads as {@code "L'entreprise"}:
	 * only {@code "} and {@code \} need an escape), and it writes one {@code compétences} (or
	 * {@code compétences transversales}) clause per competence where one line lists them all. Prose ({@code |}) and list
	 * ({@code -}) lines are never touched: their text is raw. The tests check that the text still
	 * reads back as the same model.
	 */
	static String tidy(String serialized) {
		StringBuilder out = new StringBuilder();
		String previousClause = null;
		for (String line : serialized.split("\n", -1)) {
			String trimmed = line.stripLeading();
			boolean raw = trimmed.startsWith("|") || trimmed.startsWith("-") || trimmed.startsWith("//");
			if (raw) {
				out.append(line).append('\n');
				previousClause = null;
				continue;
			}
			line = ESCAPED_APOSTROPHE.matcher(line).replaceAll("$1'");
			Matcher list = REFERENCE_LIST.matcher(line);
			if (list.matches()) {
				String clause = list.group(1) + list.group(2);
				if (clause.equals(previousClause)) {
					out.setLength(out.length() - 1); // the line break of the previous line of the same clause
					out.append(", ").append(list.group(3)).append('\n');
				} else {
					out.append(line).append('\n');
				}
				previousClause = clause;
				continue;
			}
			previousClause = null;
			out.append(line).append('\n');
		}
		out.setLength(out.length() - 1);
		return out.toString();
	}

	/** The referential alone, formatted. It is put in a resource of its own if it has none. */
	public static String serialize(Referential referential, String fileName) {
		Injector in = injector();
		if (referential.eResource() == null) {
			XtextResourceSet set = in.getInstance(XtextResourceSet.class);
			Resource resource = set.createResource(URI.createURI("inmemory:/import/" + fileName));
			resource.getContents().add(referential);
		}
		return in.getInstance(ISerializer.class).serialize(referential, SaveOptions.newBuilder().format().getOptions());
	}

	/** The width of the header's comment lines, as the project's sources and examples are written. */
	private static final int WIDTH = 110;

	/** A comment line cut at spaces to {@link #WIDTH} columns, its next lines indented under its text. */
	private static void wrap(String line, String indent, StringBuilder text) {
		StringBuilder current = new StringBuilder(line.startsWith("- ") ? "//  " : "// ");
		int start = current.length();
		for (String word : line.split(" ")) {
			if (current.length() > start && current.length() + 1 + word.length() > WIDTH) {
				text.append(current).append('\n');
				current.setLength(0);
				current.append(indent);
				start = current.length();
			}
			current.append(current.length() > start ? " " : "").append(word);
		}
		text.append(current).append('\n');
	}

	/** A comment line never holds a line break, a control character nor a bidi mark. */
	private static String oneLine(String text) {
		return fr.referentiel.studio.interchange.framework.Names.oneLine(text);
	}
}
