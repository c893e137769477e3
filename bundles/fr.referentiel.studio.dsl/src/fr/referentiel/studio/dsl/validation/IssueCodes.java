/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Diagnostic;

/**
 * The stable codes of every problem the language reports. A code never changes once released:
 * settings files ({@code referentiel.properties}), reports (JSON, SARIF) and quick fixes refer to it.
 * docs/validation.md describes each rule.
 */
public final class IssueCodes {

	private IssueCodes() {
	}

	public static final String PREFIX = "fr.referentiel.studio.dsl.";

	// Structure
	public static final String DUPLICATE_IDENTIFIER = PREFIX + "duplicateIdentifier";
	public static final String NUMBERING_GAP = PREFIX + "numberingGap";
	public static final String DUPLICATE_NUMBER = PREFIX + "duplicateNumber";
	public static final String WRONG_PARENT_NUMBER = PREFIX + "wrongParentNumber";
	public static final String ACTIVITY_TYPE_WITHOUT_COMPETENCE = PREFIX + "activityTypeWithoutCompetence";
	public static final String COMPETENCE_WITHOUT_ACTIVITY_TYPE = PREFIX + "competenceWithoutActivityType";
	public static final String BLOCK_WITHOUT_MODALITY = PREFIX + "blockWithoutModality";
	public static final String COMPETENCE_WITHOUT_CRITERION = PREFIX + "competenceWithoutCriterion";
	public static final String UNATTACHED_CRITERION = PREFIX + "unattachedCriterion";
	public static final String MODALITY_EVALUATES_NOTHING = PREFIX + "modalityEvaluatesNothing";
	public static final String CYCLIC_REFERENCE = PREFIX + "cyclicReference";
	public static final String SUCCESSOR_WITHOUT_REPLACES = PREFIX + "successorWithoutReplaces";
	public static final String CORRESPONDENCE_OUTSIDE_VERSIONS = PREFIX + "correspondenceOutsideVersions";
	public static final String COMPETENCE_WITHOUT_COUNTERPART = PREFIX + "competenceWithoutCounterpart";
	/**
	 * A competence of a new version that text similarity pairs with one of the version it replaces,
	 * and no « correspond à » links: the editor and the language server propose the line (not the
	 * command line, whose {@code compare --propose} prints them).
	 */
	public static final String CORRESPONDENCE_PROPOSAL = PREFIX + "correspondenceProposal";
	public static final String DUPLICATE_CLAUSE = PREFIX + "duplicateClause";

	// Coverage
	public static final String COMPETENCE_NOT_EVALUATED = PREFIX + "competenceNotEvaluated";
	public static final String ACTIVITY_TYPE_WITHOUT_BLOCK = PREFIX + "activityTypeWithoutBlock";
	public static final String BLOCK_ACTIVITY_TYPE_MISMATCH = PREFIX + "blockActivityTypeMismatch";

	// Text quality
	public static final String EMPTY_ENTRY = PREFIX + "emptyEntry";
	public static final String DUPLICATE_ENTRY = PREFIX + "duplicateEntry";
	public static final String NEAR_DUPLICATE = PREFIX + "nearDuplicate";
	public static final String CUT_SENTENCE = PREFIX + "cutSentence";
	public static final String MIXED_APOSTROPHES = PREFIX + "mixedApostrophes";
	public static final String DOUBLE_SPACE = PREFIX + "doubleSpace";
	public static final String CONTROL_CHARACTER = PREFIX + "controlCharacter";
	public static final String DECOMPOSED_ACCENT = PREFIX + "decomposedAccent";

	// Identity
	public static final String INVALID_CODE = PREFIX + "invalidCode";
	public static final String INVALID_DATE = PREFIX + "invalidDate";
	public static final String UPDATE_BEFORE_VALIDATION = PREFIX + "updateBeforeValidation";

	// Reading files (headless checker only: the file never reached the parser)
	public static final String UNREADABLE_FILE = PREFIX + "unreadableFile";
	public static final String NESTING_TOO_DEEP = PREFIX + "nestingTooDeep";
	public static final String FILE_EXTENSION = PREFIX + "fileExtension";

	/** Xtext's own codes, reported as they are. */
	public static final String SYNTAX = Diagnostic.SYNTAX_DIAGNOSTIC;
	public static final String LINKING = Diagnostic.LINKING_DIAGNOSTIC;

	private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

	static {
		DESCRIPTIONS.put(DUPLICATE_IDENTIFIER, "Identifiant déclaré deux fois");
		DESCRIPTIONS.put(NUMBERING_GAP, "Numéro manquant ou hors de l'ordre dans une numérotation");
		DESCRIPTIONS.put(DUPLICATE_NUMBER, "Numéro utilisé deux fois");
		DESCRIPTIONS.put(WRONG_PARENT_NUMBER, "Numéro qui ne correspond pas à l'activité parente");
		DESCRIPTIONS.put(ACTIVITY_TYPE_WITHOUT_COMPETENCE, "Activité type sans compétence");
		DESCRIPTIONS.put(COMPETENCE_WITHOUT_ACTIVITY_TYPE, "Compétence rattachée à aucune activité type");
		DESCRIPTIONS.put(BLOCK_WITHOUT_MODALITY, "Bloc de compétences sans modalité d'évaluation");
		DESCRIPTIONS.put(COMPETENCE_WITHOUT_CRITERION, "Compétence sans critère");
		DESCRIPTIONS.put(UNATTACHED_CRITERION, "Critères d'évaluation rattachés à aucune compétence");
		DESCRIPTIONS.put(MODALITY_EVALUATES_NOTHING, "Modalité d'évaluation qui n'évalue aucune compétence");
		DESCRIPTIONS.put(CYCLIC_REFERENCE, "Référence circulaire");
		DESCRIPTIONS.put(SUCCESSOR_WITHOUT_REPLACES, "Successeur qui ne dit pas « remplace »");
		DESCRIPTIONS.put(CORRESPONDENCE_OUTSIDE_VERSIONS, "Correspondance vers un référentiel qui n'est pas une autre version");
		DESCRIPTIONS.put(COMPETENCE_WITHOUT_COUNTERPART, "Compétence de l'ancienne version sans correspondance");
		DESCRIPTIONS.put(DUPLICATE_CLAUSE, "Clause à valeur unique écrite deux fois dans un élément");
		DESCRIPTIONS.put(COMPETENCE_NOT_EVALUATED, "Compétence évaluée par aucune modalité");
		DESCRIPTIONS.put(ACTIVITY_TYPE_WITHOUT_BLOCK, "Activité type certifiée par aucun bloc");
		DESCRIPTIONS.put(BLOCK_ACTIVITY_TYPE_MISMATCH, "Bloc qui ne correspond pas à son activité type");
		DESCRIPTIONS.put(EMPTY_ENTRY, "Entrée vide");
		DESCRIPTIONS.put(DUPLICATE_ENTRY, "Même entrée deux fois dans un élément");
		DESCRIPTIONS.put(NEAR_DUPLICATE, "Texte presque identique dans deux compétences");
		DESCRIPTIONS.put(CUT_SENTENCE, "Phrase coupée entre deux entrées");
		DESCRIPTIONS.put(MIXED_APOSTROPHES, "Apostrophes droites et typographiques mélangées");
		DESCRIPTIONS.put(DOUBLE_SPACE, "Espaces multiples");
		DESCRIPTIONS.put(CONTROL_CHARACTER, "Caractère de contrôle invisible dans le texte");
		DESCRIPTIONS.put(DECOMPOSED_ACCENT, "Accent écrit en deux caractères (forme décomposée NFD)");
		DESCRIPTIONS.put(INVALID_CODE, "Code officiel au format invalide");
		DESCRIPTIONS.put(INVALID_DATE, "Date invalide");
		DESCRIPTIONS.put(UPDATE_BEFORE_VALIDATION, "Date de mise à jour antérieure à la date de validation");
		DESCRIPTIONS.put(UNREADABLE_FILE, "Fichier illisible");
		DESCRIPTIONS.put(NESTING_TOO_DEEP, "Imbrication trop profonde");
		DESCRIPTIONS.put(FILE_EXTENSION, "Fichier lu comme un référentiel sans en avoir l'extension");
		DESCRIPTIONS.put(SYNTAX, "Erreur de syntaxe");
		DESCRIPTIONS.put(LINKING, "Référence inconnue");
	}

	/** A short French description of the rule behind a code; the code itself when unknown. */
	public static String describe(String code) {
		return DESCRIPTIONS.getOrDefault(code, code);
	}

	/** The fully qualified form of a code written short ("emptyEntry") or in full. */
	public static String qualify(String code) {
		return code.contains(".") ? code : PREFIX + code;
	}

	/** The short form of one of this language's codes ("emptyEntry"). */
	public static String shortName(String code) {
		return code.startsWith(PREFIX) ? code.substring(PREFIX.length()) : code;
	}
}
