/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.validation;

import static fr.referentiel.studio.dsl.validation.IssueCodes.*;
import static org.eclipse.xtext.EcoreUtil2.getContainerOfType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.ReferentialKind;
import fr.referentiel.studio.model.ReferentielPackage;
import fr.referentiel.studio.model.Relation;

/** The identity of the certification: official codes and dates as France Compétences writes them. */
public class IdentityValidator extends ReferentielCheck {

	private static final ReferentielPackage P = ReferentielPackage.eINSTANCE;

	/** Titre professionnel: TP-00476. */
	private static final Pattern TP = Pattern.compile("TP-\\d{5}");
	/** RNCP record: RNCP35340 (older records have fewer digits). */
	private static final Pattern RNCP = Pattern.compile("RNCP\\d{3,5}");
	/** Block of an RNCP record: RNCP35340BC01. */
	private static final Pattern BLOCK = Pattern.compile("(RNCP\\d{3,5})BC\\d{2}");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
	private static final Pattern DATE_SHAPE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

	@Check(CheckType.FAST)
	public void codeFollowsTheOfficialPattern(Referential referential) {
		String code = referential.getCode();
		if (code == null) {
			return;
		}
		ReferentialKind kind = referential.getKind();
		boolean valid = switch (kind) {
			case REAC -> TP.matcher(code).matches();
			case RNCP, DIPLOMA -> RNCP.matcher(code).matches();
			default -> TP.matcher(code).matches() || RNCP.matcher(code).matches();
		};
		if (!valid) {
			String expected = switch (kind) {
				case REAC -> "TP- suivi de cinq chiffres, par exemple « TP-00476 »";
				case RNCP, DIPLOMA -> "RNCP suivi du numéro de la fiche, sans espace, par exemple « RNCP35340 »";
				default -> "« TP-00476 » pour un titre professionnel ou « RNCP35340 » pour une fiche RNCP";
			};
			report(INVALID_CODE, "Le code « " + code + " » ne suit pas le format officiel : " + expected + ".", referential,
					P.getReferential_Code());
		}
	}

	@Check(CheckType.FAST)
	public void blockCodeFollowsTheOfficialPattern(Block block) {
		String code = block.getCode();
		if (code == null) {
			return;
		}
		var matcher = BLOCK.matcher(code);
		if (!matcher.matches()) {
			report(INVALID_CODE, "Le code de bloc « " + code
					+ " » ne suit pas le format officiel : le code RNCP de la certification, BC et deux chiffres, par exemple « RNCP35340BC01 ».",
					block, P.getBlock_Code());
			return;
		}
		Referential referential = getContainerOfType(block, Referential.class);
		String own = referential == null ? null : referential.getCode();
		if (own != null && RNCP.matcher(own).matches() && !matcher.group(1).equals(own)) {
			report(INVALID_CODE, "Le code de bloc « " + code + " » ne commence pas par le code de la certification « " + own
					+ " ». Écrivez « " + own + code.substring(matcher.group(1).length()) + " ».", block, P.getBlock_Code());
		}
	}

	@Check(CheckType.FAST)
	public void relationCodeFollowsTheOfficialPattern(Relation relation) {
		String code = relation.getCode();
		if (code != null && !TP.matcher(code).matches() && !RNCP.matcher(code).matches()) {
			report(INVALID_CODE, "Le code « " + code
					+ " » ne suit pas le format officiel : « TP-00476 » pour un titre professionnel ou « RNCP35340 » pour une fiche RNCP.",
					relation, P.getRelation_Code());
		}
	}

	@Check(CheckType.FAST)
	public void datesAreRealAndInOrder(Referential referential) {
		LocalDate validation = date(referential, referential.getValidationDate(), "de validation");
		LocalDate update = date(referential, referential.getUpdateDate(), "de mise à jour");
		if (validation != null && update != null && update.isBefore(validation)) {
			report(UPDATE_BEFORE_VALIDATION, "La date de mise à jour (" + referential.getUpdateDate()
					+ ") est antérieure à la date de validation (" + referential.getValidationDate()
					+ "). Vérifiez les deux dates : une mise à jour suit la validation.", referential,
					P.getReferential_UpdateDate());
		}
	}

	private LocalDate date(Referential referential, String text, String which) {
		if (text == null) {
			return null;
		}
		var feature = which.equals("de validation") ? P.getReferential_ValidationDate() : P.getReferential_UpdateDate();
		if (!DATE_SHAPE.matcher(text).matches()) {
			report(INVALID_DATE, "La date " + which + " « " + text
					+ " » n'est pas écrite JJ/MM/AAAA. Écrivez-la comme dans les documents officiels, par exemple « 24/05/2023 ».",
					referential, feature);
			return null;
		}
		try {
			return LocalDate.parse(text, DATE);
		} catch (DateTimeParseException e) {
			report(INVALID_DATE, "La date " + which + " « " + text + " » n'existe pas dans le calendrier. Corrigez le jour ou le mois.",
					referential, feature);
			return null;
		}
	}
}
