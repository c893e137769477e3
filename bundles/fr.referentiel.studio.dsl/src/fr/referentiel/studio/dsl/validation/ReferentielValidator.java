/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The consistency checks of a referential, one group per concern. Cheap checks of one element
 * run as the author types (CheckType.FAST); checks over the whole referential or across files
 * run on save (CheckType.NORMAL). docs/validation.md lists every rule.
 */
@ComposedChecks(validators = { StructureValidator.class, NumberingValidator.class, CoverageValidator.class,
		TextQualityValidator.class, IdentityValidator.class, ClauseValidator.class,
		SourceCharactersValidator.class, VersionsValidator.class })
public class ReferentielValidator extends AbstractReferentielValidator {
}
