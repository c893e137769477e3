/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.compare.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import fr.referentiel.studio.compare.BlocCorrespondence;
import fr.referentiel.studio.compare.Change;
import fr.referentiel.studio.compare.Comparison;
import fr.referentiel.studio.compare.Element;
import fr.referentiel.studio.compare.Pairing;
import fr.referentiel.studio.compare.Rule;
import fr.referentiel.studio.compare.Version;
import fr.referentiel.studio.compare.WordDiff;
import fr.referentiel.studio.export.Referentials;
import fr.referentiel.studio.model.text.ControlCharacters;

/**
 * The comparison for a CI pipeline, in the shape that {@code docs/compare.schema.json} describes.
 * Written field by field with gson's {@link JsonWriter} so that the order of the keys, and hence the
 * bytes, never change for the same comparison.
 */
public final class ComparisonJson {

	/** Raised when the shape changes in a way a reader must know; the schema says which. */
	public static final int FORMAT_VERSION = 1;

	private ComparisonJson() {
	}

	public static byte[] of(Comparison comparison) {
		StringWriter text = new StringWriter();
		try (JsonWriter json = new JsonWriter(text)) {
			json.setIndent("  ");
			json.setHtmlSafe(false);
			json.beginObject();
			json.name("formatVersion").value(FORMAT_VERSION);
			json.name("old");
			version(json, comparison.oldVersion());
			json.name("new");
			version(json, comparison.newVersion());
			json.name("summary").beginObject();
			for (Map.Entry<Change, Integer> count : comparison.counts().entrySet()) {
				json.name(count.getKey().id()).value(count.getValue());
			}
			json.endObject();
			json.name("pairings").beginArray();
			for (Pairing p : comparison.pairings()) {
				pairing(json, p);
			}
			json.endArray();
			json.name("blocs").beginArray();
			for (BlocCorrespondence row : comparison.blocs()) {
				bloc(json, row);
			}
			json.endArray();
			json.endObject();
		} catch (IOException e) {
			throw new UncheckedIOException("writing to memory", e);
		}
		return (text + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static void version(JsonWriter json, Version version) throws IOException {
		json.beginObject();
		json.name("file").value(text(version.label()));
		json.name("name").value(text(version.name()));
		json.name("title").value(text(version.referential().getTitle()));
		json.name("code").value(text(version.referential().getCode()));
		json.name("version").value(text(version.referential().getVersion()));
		json.endObject();
	}

	private static void pairing(JsonWriter json, Pairing p) throws IOException {
		json.beginObject();
		json.name("element").value(p.kind().id());
		json.name("changes").beginArray();
		for (Change c : p.changes()) {
			json.value(c.id());
		}
		json.endArray();
		json.name("rules").beginArray();
		for (Rule r : p.rules()) {
			json.value(r.id());
		}
		json.endArray();
		json.name("score").value(BigDecimal.valueOf(p.score()).setScale(2, RoundingMode.HALF_UP));
		json.name("old");
		elements(json, p.olds());
		json.name("new");
		elements(json, p.news());
		json.name("diff").beginArray();
		for (WordDiff.Segment s : p.diff()) {
			json.beginObject();
			json.name("op").value(s.op().name().toLowerCase(java.util.Locale.ROOT));
			json.name("text").value(text(s.text()));
			json.endObject();
		}
		json.endArray();
		json.endObject();
	}

	private static void elements(JsonWriter json, List<Element> elements) throws IOException {
		json.beginArray();
		for (Element e : elements) {
			element(json, e);
		}
		json.endArray();
	}

	private static void element(JsonWriter json, Element e) throws IOException {
		json.beginObject();
		json.name("id").value(text(e.id()));
		if (!e.code().isEmpty()) {
			json.name("code").value(text(e.code()));
		}
		json.name("title").value(text(e.title()));
		if (e.parent() != null) {
			json.name("parent").value(text(e.parent().id()));
		}
		json.endObject();
	}

	private static void bloc(JsonWriter json, BlocCorrespondence row) throws IOException {
		json.beginObject();
		json.name("old");
		nullableElement(json, row.oldBloc());
		json.name("new");
		nullableElement(json, row.newBloc());
		json.name("correspondence").value(row.kind().id());
		json.name("missing");
		ids(json, row.missing());
		json.name("extra");
		ids(json, row.extra());
		json.name("basis").beginArray();
		for (Rule r : row.basis()) {
			json.value(r.id());
		}
		json.endArray();
		json.name("byCompetences").value(row.byCompetences());
		json.name("declared").value(row.declared());
		json.endObject();
	}

	private static void nullableElement(JsonWriter json, Element e) throws IOException {
		if (e == null) {
			json.nullValue();
		} else {
			element(json, e);
		}
	}

	private static void ids(JsonWriter json, List<Element> elements) throws IOException {
		json.beginArray();
		for (Element e : elements) {
			json.value(text(e.id()));
		}
		json.endArray();
	}

	/** A text of the referential as every export writes it: control characters blanked, never escaped back in. */
	private static String text(String value) {
		return ControlCharacters.blank(Referentials.nullToEmpty(value));
	}
}
