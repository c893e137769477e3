/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.export.caseframework;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import fr.referentiel.studio.export.DescribedExporter;
import fr.referentiel.studio.export.ExportException;
import fr.referentiel.studio.export.ExportOption;
import fr.referentiel.studio.export.ExportSettings;
import fr.referentiel.studio.export.Layout;
import fr.referentiel.studio.model.Referential;

/**
 * The referential as a 1EdTech CASE 1.1 {@code CFPackage} (Competencies and Academic Standards
 * Exchange), the JSON that competency registries and learning platforms exchange: see
 * {@link CasePackage} for what goes where. Identifiers are name-based UUIDs ({@link NameBasedIds})
 * of the referential's code, millésime and each element's identifier, and every URI is made from
 * the base the user gives (option {@value #BASE_URI}), so that two exports of one file are the
 * same bytes and a platform that imports a new export updates what it has. UTF-8 without BOM,
 * LF line ends, two-space indentation.
 */
public class CaseExporter extends DescribedExporter {

	public static final String PACKAGE = "package";
	public static final String BASE_URI = "base-uri";

	/**
	 * The base of the URIs when the user gives none: a name of the reserved « .invalid » domain,
	 * which nobody can own, in the path layout of the CASE REST service (ims/case/v1p1/).
	 */
	public static final String DEFAULT_BASE_URI = "https://referentiel-studio.invalid/ims/case/v1p1/";

	private static final List<Layout> LAYOUTS = List.of(new Layout(PACKAGE,
			"Un CFPackage CASE 1.1 : le document (CFDocument), un élément (CFItem) par activité type, activité, "
					+ "compétence, critère, savoir-faire, savoir et bloc, leurs liens isChildOf dans l'ordre du fichier, "
					+ "les correspondances entre versions (exactMatchOf, replacedBy) et les types d'éléments (CFItemTypes)."));

	private static final List<ExportOption> OPTIONS = List.of(ExportOption.text(BASE_URI,
			"Début des adresses (uri) des éléments, du service CASE qui les publiera (https://…/ims/case/v1p1/).",
			DEFAULT_BASE_URI));

	/** Made when a package is first written: listing the formats creates the exporter and needs no JSON library. */
	private static final class Json {
		static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
	}

	public CaseExporter() {
		super("case", "Référentiel CASE 1.1 (JSON)", "case.json", LAYOUTS, OPTIONS);
	}

	@Override
	public byte[] render(Referential referential, String layoutId, Map<String, String> options) throws ExportException {
		ExportSettings settings = ExportSettings.resolve(this, layoutId, options);
		String base = baseUri(settings.text(BASE_URI));
		return (Json.GSON.toJson(CasePackage.of(referential, base)) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** The base as given, with a final « / »; refused unless an absolute http(s) address without query. */
	static String baseUri(String given) throws ExportException {
		String base = given.strip();
		String refusal = "L'option « " + BASE_URI + " » attend une adresse absolue en http ou https, sans « ? » ni « # » "
				+ "(par exemple https://case.example.fr/ims/case/v1p1/) : « " + given + " ».";
		try {
			URI uri = new URI(base);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
					|| uri.getRawFragment() != null) {
				throw new ExportException(refusal);
			}
		} catch (URISyntaxException e) {
			throw new ExportException(refusal, e);
		}
		return base.endsWith("/") ? base : base + "/";
	}
}
