/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.ui.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import fr.referentiel.studio.export.ExportOption;
import fr.referentiel.studio.export.Exporter;

/**
 * The settings of the two formats meant for other systems, on the export page: the base of the
 * addresses of a CASE package (« Adresse de base CASE », the exporter's option {@value #CASE_BASE_URI},
 * {@code --case-base-uri} on the command line) and the scale of a Moodle framework (« Échelle Moodle »,
 * option {@value #MOODLE_SCALE}). Each field is usable only while its format is ticked, is checked as it
 * is typed (the exporter would refuse the same values, but only after the export has started), and is
 * remembered for the next export. A format the application does not have gets no field.
 */
final class FormatOptionFields {

	static final String CASE = "case";
	static final String CASE_BASE_URI = "base-uri";
	static final String MOODLE = "moodle";
	static final String MOODLE_SCALE = "scale";

	/** One field: the format and option it sets, what is wrong with a value (null when right), its label and text. */
	private record Field(String formatId, String option, UnaryOperator<String> problem, Label caption, Text text) {

		String settingsKey() {
			return formatId + "." + option;
		}
	}

	private final List<Field> fields = new ArrayList<>();

	/** The fields of the formats among {@code exporters} that take these options, values as last typed or defaults. */
	void create(Composite grid, int columns, List<Exporter> exporters, IDialogSettings settings, Runnable changed) {
		add(grid, columns, exporters, settings, changed, CASE, CASE_BASE_URI, "Adresse de base CASE :", FormatOptionFields::baseUriProblem);
		add(grid, columns, exporters, settings, changed, MOODLE, MOODLE_SCALE, "Échelle Moodle :", FormatOptionFields::scaleProblem);
	}

	private void add(Composite grid, int columns, List<Exporter> exporters, IDialogSettings settings, Runnable changed, String formatId,
			String option, String label, UnaryOperator<String> problem) {
		Exporter exporter = exporters.stream().filter(e -> e.formatId().equals(formatId)).findFirst().orElse(null);
		ExportOption declared = exporter == null ? null
				: exporter.options().stream().filter(o -> o.name().equals(option)).findFirst().orElse(null);
		if (declared == null) {
			return;
		}
		Label caption = new Label(grid, SWT.NONE);
		caption.setText(label);
		Text text = new Text(grid, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns - 1, 1));
		text.setToolTipText(declared.description());
		Field field = new Field(formatId, option, problem, caption, text);
		String remembered = settings == null ? null : settings.get(field.settingsKey());
		text.setText(remembered != null ? remembered : declared.defaultValue() == null ? "" : declared.defaultValue());
		text.addModifyListener(e -> changed.run());
		fields.add(field);
	}

	/** Only the fields of the ticked formats can be typed in. */
	void enableFor(List<Exporter> selected) {
		for (Field field : fields) {
			boolean on = isSelected(field, selected);
			field.caption().setEnabled(on);
			field.text().setEnabled(on);
		}
	}

	private static boolean isSelected(Field field, List<Exporter> selected) {
		return selected.stream().anyMatch(e -> e.formatId().equals(field.formatId()));
	}

	/** What is wrong with a field of a ticked format, in French, or null. */
	String error(List<Exporter> selected) {
		for (Field field : fields) {
			if (isSelected(field, selected)) {
				String problem = field.problem().apply(field.text().getText().strip());
				if (problem != null) {
					return problem;
				}
			}
		}
		return null;
	}

	/** The options of each ticked format, by format id, for {@link ExportOperation}. */
	Map<String, Map<String, String>> options(List<Exporter> selected) {
		Map<String, Map<String, String>> options = new LinkedHashMap<>();
		for (Field field : fields) {
			if (isSelected(field, selected)) {
				options.computeIfAbsent(field.formatId(), k -> new LinkedHashMap<>()).put(field.option(), field.text().getText().strip());
			}
		}
		return options;
	}

	/** Keeps the values for the next export. */
	void remember(IDialogSettings settings) {
		if (settings != null) {
			fields.forEach(f -> settings.put(f.settingsKey(), f.text().getText().strip()));
		}
	}

	/** For tests: types into the field of {@code formatId}. */
	void set(String formatId, String value) {
		fields.stream().filter(f -> f.formatId().equals(formatId)).forEach(f -> f.text().setText(value));
	}

	/** For tests: the value shown in the field of {@code formatId}, null when there is none. */
	String get(String formatId) {
		return fields.stream().filter(f -> f.formatId().equals(formatId)).map(f -> f.text().getText()).findFirst().orElse(null);
	}

	/** An absolute http(s) address with a host, without « ? » or « # »: what the CASE exporter accepts. */
	static String baseUriProblem(String value) {
		String refusal = "L'adresse de base CASE doit être une adresse web complète, commençant par https:// ou http://, sans « ? » "
				+ "ni « # » (par exemple https://case.example.fr/ims/case/v1p1/).";
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			boolean web = scheme.equals("http") || scheme.equals("https");
			return web && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null ? null : refusal;
		} catch (URISyntaxException e) {
			return refusal;
		}
	}

	/** At least two values, none empty, between commas: what the Moodle exporter accepts. */
	static String scaleProblem(String value) {
		List<String> values = Arrays.stream(value.split(",", -1)).map(String::strip).toList();
		return values.size() >= 2 && values.stream().noneMatch(String::isEmpty) ? null
				: "L'échelle Moodle doit avoir au moins deux valeurs séparées par des virgules, de la plus basse à la plus haute "
						+ "(par exemple « Non acquis,Acquis »), sans valeur vide.";
	}
}
