/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import static fr.referentiel.studio.dsl.validation.IssueCodes.*;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_ERROR;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_INFO;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_WARNING;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

import com.google.inject.Singleton;

/**
 * The default severity of every rule; a project's {@code referentiel.properties} can change it
 * (see {@link SettingsFileProvider}).
 * <p>
 * Principle: an <b>error</b> means the referential contradicts itself or holds an invalid value
 * (it would be rejected as it is); a <b>warning</b> means something is missing or is probably a
 * mistake in the text; <b>info</b> is a matter of style.
 */
@Singleton
public class ReferentielIssueCodesProvider extends ConfigurableIssueCodesProvider {

	/** Code to default severity ("error", "warning", "info"), in documentation order. */
	public static final Map<String, String> DEFAULTS;

	static {
		Map<String, String> d = new LinkedHashMap<>();
		d.put(DUPLICATE_IDENTIFIER, SEVERITY_ERROR);
		d.put(NUMBERING_GAP, SEVERITY_WARNING);
		d.put(DUPLICATE_NUMBER, SEVERITY_ERROR);
		d.put(WRONG_PARENT_NUMBER, SEVERITY_ERROR);
		d.put(ACTIVITY_TYPE_WITHOUT_COMPETENCE, SEVERITY_WARNING);
		d.put(COMPETENCE_WITHOUT_ACTIVITY_TYPE, SEVERITY_WARNING);
		d.put(BLOCK_WITHOUT_MODALITY, SEVERITY_WARNING);
		d.put(COMPETENCE_WITHOUT_CRITERION, SEVERITY_WARNING);
		d.put(UNATTACHED_CRITERION, SEVERITY_WARNING);
		d.put(MODALITY_EVALUATES_NOTHING, SEVERITY_WARNING);
		d.put(CYCLIC_REFERENCE, SEVERITY_ERROR);
		d.put(SUCCESSOR_WITHOUT_REPLACES, SEVERITY_WARNING);
		d.put(CORRESPONDENCE_OUTSIDE_VERSIONS, SEVERITY_WARNING);
		d.put(COMPETENCE_WITHOUT_COUNTERPART, SEVERITY_INFO);
		d.put(DUPLICATE_CLAUSE, SEVERITY_ERROR);
		d.put(COMPETENCE_NOT_EVALUATED, SEVERITY_WARNING);
		d.put(ACTIVITY_TYPE_WITHOUT_BLOCK, SEVERITY_WARNING);
		d.put(BLOCK_ACTIVITY_TYPE_MISMATCH, SEVERITY_WARNING);
		d.put(EMPTY_ENTRY, SEVERITY_WARNING);
		d.put(DUPLICATE_ENTRY, SEVERITY_WARNING);
		d.put(NEAR_DUPLICATE, SEVERITY_WARNING);
		d.put(CUT_SENTENCE, SEVERITY_WARNING);
		d.put(MIXED_APOSTROPHES, SEVERITY_INFO);
		d.put(DOUBLE_SPACE, SEVERITY_INFO);
		d.put(CONTROL_CHARACTER, SEVERITY_WARNING);
		d.put(DECOMPOSED_ACCENT, SEVERITY_WARNING);
		d.put(INVALID_CODE, SEVERITY_ERROR);
		d.put(INVALID_DATE, SEVERITY_ERROR);
		d.put(UPDATE_BEFORE_VALIDATION, SEVERITY_ERROR);
		DEFAULTS = Collections.unmodifiableMap(d);
	}

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		DEFAULTS.forEach((code, severity) -> acceptor.accept(create(code, severity)));
	}
}
