/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Reads the severities a project chose from the {@code referentiel.properties} file nearest to a
 * .referentiel file: in its folder or in the closest parent folder. Keys are issue codes, short
 * ({@code competenceWithoutCriterion}) or fully qualified; values are error, warning, info or ignore.
 * <p>
 * Bound as the language's {@link IPreferenceValuesProvider}, so the editor, the language server and
 * the command line all read the same file. A key or value it does not know is logged and skipped,
 * so a typo never silences a rule.
 */
@Singleton
public class SettingsFileProvider implements IPreferenceValuesProvider {

	public static final String FILE_NAME = "referentiel.properties";

	private static final System.Logger LOG = System.getLogger(SettingsFileProvider.class.getName());
	private static final Set<String> SEVERITIES = Set.of("error", "warning", "info", "ignore");

	/** Settings read, by file, with the modification time they were read at. */
	private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

	private record Cached(FileTime modified, Map<String, String> values) {
	}

	@Inject
	private IPreferenceValuesProvider.DefaultPreferenceValuesProvider defaults;

	@Override
	public IPreferenceValues getPreferenceValues(Resource context) {
		IPreferenceValues fallback = defaults.getPreferenceValues(context);
		Path settings = context == null ? null : find(folderOf(context.getURI()));
		if (settings == null) {
			return fallback;
		}
		return new MapBasedPreferenceValues(fallback, read(settings));
	}

	/** The settings file that applies to files of {@code folder}, or null. */
	public static Path find(Path folder) {
		for (Path dir = folder; dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve(FILE_NAME);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static Path folderOf(URI uri) {
		if (uri == null) {
			return null;
		}
		URI local = uri;
		if (uri.isPlatformResource()) {
			local = EcorePlugin.resolvePlatformResourcePath(uri.toPlatformString(true));
		}
		if (local == null || !local.isFile()) {
			return null;
		}
		try {
			Path file = Path.of(local.toFileString()).toAbsolutePath();
			return file.getParent();
		} catch (RuntimeException e) {
			return null;
		}
	}

	private Map<String, String> read(Path settings) {
		try {
			FileTime modified = Files.getLastModifiedTime(settings);
			Cached cached = cache.get(settings);
			if (cached != null && cached.modified().equals(modified)) {
				return cached.values();
			}
			Map<String, String> values = parse(settings);
			cache.put(settings, new Cached(modified, values));
			return values;
		} catch (IOException e) {
			LOG.log(System.Logger.Level.WARNING, "Cannot read " + settings + ": " + e.getMessage());
			return Map.of();
		}
	}

	/** Issue code (fully qualified) to severity, from a properties file in UTF-8. */
	static Map<String, String> parse(Path settings) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, String> values = new HashMap<>();
		for (String key : properties.stringPropertyNames()) {
			String code = IssueCodes.qualify(key.strip());
			String severity = properties.getProperty(key).strip().toLowerCase(Locale.ROOT);
			if (!ReferentielIssueCodesProvider.DEFAULTS.containsKey(code)) {
				LOG.log(System.Logger.Level.WARNING, settings + ": unknown issue code '" + key + "' ignored");
			} else if (!SEVERITIES.contains(severity)) {
				LOG.log(System.Logger.Level.WARNING, settings + ": '" + key + "' must be error, warning, info or ignore, not '" + severity + "'");
			} else {
				values.put(code, severity);
			}
		}
		return values;
	}
}
