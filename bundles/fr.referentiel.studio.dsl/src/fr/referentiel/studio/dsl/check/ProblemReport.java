/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import fr.referentiel.studio.dsl.validation.IssueCodes;
import fr.referentiel.studio.dsl.validation.ReferentielIssueCodesProvider;
import fr.referentiel.studio.model.text.ControlCharacters;

/** Problems written for people (text), for programs (JSON) and for code-scanning tools (SARIF 2.1.0). */
public final class ProblemReport {

	public static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	public static final String TOOL_NAME = "Référentiel Studio";

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private ProblemReport() {
	}

	/** One problem per line, {@code file:line:column: severity: message [code]}. */
	public static String text(List<Problem> problems) {
		return problems.stream().map(p -> p.toText() + "\n").collect(Collectors.joining());
	}

	/**
	 * {@code {"problems": [{"file", "line", "column", "length", "severity", "message", "code"}…],
	 * "summary": {"errors", "warnings", "infos"}}}.
	 */
	public static String json(List<Problem> problems) {
		JsonArray array = new JsonArray();
		for (Problem p : problems) {
			JsonObject o = new JsonObject();
			o.addProperty("file", p.file().toString());
			o.addProperty("line", p.line());
			o.addProperty("column", p.column());
			o.addProperty("length", p.length());
			o.addProperty("severity", p.severity().word());
			o.addProperty("message", p.message());
			o.addProperty("code", p.code());
			array.add(o);
		}
		JsonObject summary = new JsonObject();
		summary.addProperty("errors", count(problems, ProblemSeverity.ERROR));
		summary.addProperty("warnings", count(problems, ProblemSeverity.WARNING));
		summary.addProperty("infos", count(problems, ProblemSeverity.INFO));
		JsonObject root = new JsonObject();
		root.add("problems", array);
		root.add("summary", summary);
		return ControlCharacters.escapeKeepingLines(GSON.toJson(root)) + "\n";
	}

	/** A SARIF 2.1.0 log with one run, a rule for each code that appears and one result per problem. */
	public static String sarif(List<Problem> problems) {
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		JsonArray rules = new JsonArray();
		JsonArray results = new JsonArray();
		for (Problem p : problems) {
			Integer index = ruleIndex.get(p.code());
			if (index == null) {
				index = rules.size();
				ruleIndex.put(p.code(), index);
				rules.add(rule(p.code()));
			}
			JsonObject region = new JsonObject();
			region.addProperty("startLine", p.line());
			region.addProperty("startColumn", p.column());
			if (p.length() > 0) {
				region.addProperty("charLength", p.length());
			}
			JsonObject artifact = new JsonObject();
			artifact.addProperty("uri", uri(p));
			JsonObject physical = new JsonObject();
			physical.add("artifactLocation", artifact);
			physical.add("region", region);
			JsonObject location = new JsonObject();
			location.add("physicalLocation", physical);
			JsonArray locations = new JsonArray();
			locations.add(location);
			JsonObject message = new JsonObject();
			message.addProperty("text", p.message());
			JsonObject result = new JsonObject();
			result.addProperty("ruleId", p.code());
			result.addProperty("ruleIndex", index);
			result.addProperty("level", level(p.severity()));
			result.add("message", message);
			result.add("locations", locations);
			results.add(result);
		}
		JsonObject driver = new JsonObject();
		driver.addProperty("name", TOOL_NAME);
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.addProperty("columnKind", "utf16CodeUnits");
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);
		JsonObject root = new JsonObject();
		root.addProperty("$schema", SARIF_SCHEMA);
		root.addProperty("version", "2.1.0");
		root.add("runs", runs);
		return ControlCharacters.escapeKeepingLines(GSON.toJson(root)) + "\n";
	}

	private static JsonObject rule(String code) {
		JsonObject description = new JsonObject();
		description.addProperty("text", IssueCodes.describe(code));
		JsonObject rule = new JsonObject();
		rule.addProperty("id", code);
		rule.addProperty("name", IssueCodes.shortName(code));
		rule.add("shortDescription", description);
		// The defaults are written "error", "warning" or "info"; codes outside them (syntax, unreadable file…) are errors.
		String severity = ReferentielIssueCodesProvider.DEFAULTS.getOrDefault(code, "error");
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", level(ProblemSeverity.valueOf(severity.toUpperCase(Locale.ROOT))));
		rule.add("defaultConfiguration", configuration);
		return rule;
	}

	private static String level(ProblemSeverity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
		};
	}

	/** A relative path as a relative URI reference (forward slashes, percent-encoded); otherwise a file URI. */
	static String uri(Problem p) {
		if (p.file().isAbsolute()) {
			return p.file().toUri().toASCIIString();
		}
		List<String> segments = new ArrayList<>();
		p.file().forEach(segment -> segments.add(segment.toString()));
		try {
			return new URI(null, null, String.join("/", segments), null).toASCIIString();
		} catch (URISyntaxException e) {
			return p.file().toAbsolutePath().toUri().toASCIIString();
		}
	}

	private static long count(List<Problem> problems, ProblemSeverity severity) {
		return problems.stream().filter(p -> p.severity() == severity).count();
	}
}
