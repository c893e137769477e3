/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.referentiel.studio.dsl.check.CheckedFile;
import fr.referentiel.studio.dsl.check.Problem;
import fr.referentiel.studio.dsl.check.ReferentielChecker;
import fr.referentiel.studio.dsl.validation.IssueCodes;
import fr.referentiel.studio.model.ActivityType;
import fr.referentiel.studio.model.Block;
import fr.referentiel.studio.model.Competence;
import fr.referentiel.studio.model.CriteriaTerm;
import fr.referentiel.studio.model.KnowledgeCategory;
import fr.referentiel.studio.model.Referential;
import fr.referentiel.studio.model.RubricItem;

/**
 * The clauses of an element may come in any order: what older documents or a designer's habits
 * put first parses as well, with no cascade of syntax errors and no false « aucun critère ».
 * The family constructs (BTS, older REACs) read into the model in the order of the file.
 */
class ClauseOrderTest {

	@TempDir
	Path dir;

	private CheckedFile check(String text) throws IOException {
		Path file = Files.writeString(dir.resolve("ordre.referentiel"), text, StandardCharsets.UTF_8);
		return ReferentielChecker.create().check(List.of(file)).files().get(0);
	}

	private static List<String> codes(CheckedFile file) {
		return file.problems().stream().map(Problem::code).map(IssueCodes::shortName).toList();
	}

	@Test
	void clausesInAnotherOrderThanTheGrammarsParseWithoutAnyProblem() throws IOException {
		CheckedFile file = check("""
				référentiel TAI_2023 "Technicien d'assistance en informatique" {
				    code "TP-00476"
				    type REAC
				    compétence CP1 "Traiter un incident" {
				        savoirs
				            - Connaissance de la démarche ITIL.
				        critères de performance
				            - La demande d'intervention est prise en compte.
				        numéro 1
				        description
				            | Le technicien prend en compte la demande.
				    }
				    activité type AT1 "Assister les utilisateurs" {
				        compétences CP1
				        réglementation
				            | Aucune.
				        numéro 1
				    }
				    bloc CCP1 "Assister les utilisateurs" {
				        modalité situation "Mise en situation professionnelle"
				        compétences CP1
				        activité type AT1
				    }
				}
				""");
		assertEquals(List.of(), file.problems(), file.problems().toString());
		Competence cp1 = file.referential().getCompetences().get(0);
		assertEquals(1, cp1.getNumber());
		assertEquals(1, cp1.getPerformanceCriteria().size());
		assertEquals("REAC", file.referential().getKind().getLiteral());
	}

	@Test
	void aSingleValuedClauseWrittenTwiceIsOneClearErrorNamingBothLines() throws IOException {
		CheckedFile file = check("""
				référentiel R "R" {
				    compétence C1 "Une compétence" {
				        numéro 1
				        critères de performance
				            - Un critère.
				        numéro 3
				    }
				}
				""");
		List<Problem> clauses = file.problems().stream()
				.filter(p -> p.code().equals(IssueCodes.DUPLICATE_CLAUSE)).toList();
		assertEquals(1, clauses.size(), file.problems().toString());
		assertEquals(6, clauses.get(0).line());
		assertEquals("La clause « numéro » est écrite deux fois dans la compétence C1 (lignes 3 et 6) : seule la dernière "
				+ "valeur serait gardée. Supprimez celle qui est fausse.", clauses.get(0).message());
		assertFalse(codes(file).stream().anyMatch(c -> c.contains("Syntax")), "no cascade of syntax errors");
	}

	@Test
	void theConstructsOfEveryFamilyReadIntoTheModelInTheFilesOrder() throws IOException {
		CheckedFile file = check("""
				référentiel R "R" {
				    type diplôme
				    activité type d'extension AT4 "Activité d'extension" {
				        rubrique FET03 "Conditions d'exercice"
				            | Première ligne.
				            - Une puce.
				            | Dernière ligne.
				        compétences C1
				    }
				    compétence C1 "Gérer le patrimoine informatique" {
				        compétences détaillées
				            - Recenser les ressources
				            - Recenser les ressources
				        indicateurs de performance
				            - Les ressources sont recensées.
				        savoir-faire et savoirs "Savoir-faire techniques, savoir-faire organisationnels, savoir-faire relationnels, savoirs"
				            - Un savoir mêlé.
				        savoirs "Savoirs technologiques"
				            - Un savoir.
				    }
				    bloc BC01 "Support" {
				        numéro 1
				        compétences C1
				        conditions de réalisation {
				            ressources
				                - Un poste.
				            contexte
				                | Une organisation.
				        }
				        modalité écrit "Épreuve"
				    }
				}
				""");
		assertFalse(file.problems().stream().anyMatch(p -> p.code().contains("Syntax")), file.problems().toString());
		Referential r = file.referential();
		ActivityType at4 = r.getActivityTypes().get(0);
		assertTrue(at4.isExtension());
		assertEquals("FET03", at4.getRubrics().get(0).getCode());
		assertEquals(List.of("Première ligne.", "Une puce.", "Dernière ligne."),
				at4.getRubrics().get(0).getLines().stream().map(l -> l.getText()).toList());
		assertTrue(at4.getRubrics().get(0).getLines().get(1) instanceof RubricItem);
		Competence c1 = r.getCompetences().get(0);
		assertEquals(2, c1.getDetails().size(), "a sub-item written twice is kept twice");
		assertEquals(CriteriaTerm.PERFORMANCE_INDICATORS, c1.getCriteriaTerm());
		assertFalse(c1.getKnowledge().get(0).isSetCategory(), "a mixed list has no category");
		assertEquals(KnowledgeCategory.KNOWLEDGE, c1.getKnowledge().get(1).getCategory());
		assertEquals("Savoirs technologiques", c1.getKnowledge().get(1).getHeading());
		Block bc01 = r.getBlocks().get(0);
		assertEquals(1, bc01.getNumber());
		assertEquals(List.of("Un poste."), bc01.getResources());
		assertEquals(List.of("Une organisation."), bc01.getContext());
	}

	@Test
	void mutualCorrespondenceBetweenTwoVersionsIsNotACycle() throws IOException {
		Files.writeString(dir.resolve("v2018.referentiel"), """
				référentiel V_2018 "V" {
				    compétence C1 "Ancienne" {
				        critères de performance
				            - Un critère.
				        correspond à V_2023.C1
				    }
				}
				""", StandardCharsets.UTF_8);
		CheckedFile file = check("""
				référentiel V_2023 "V" {
				    remplace V_2018
				    compétence C1 "Nouvelle" {
				        critères de performance
				            - Un critère.
				        correspond à V_2018.C1
				    }
				}
				""");
		assertEquals(List.of(), file.problems(), file.problems().toString());
	}

	@Test
	void aReacWithActivityTypesAndNoBlockIsWarnedOnce() throws IOException {
		CheckedFile file = check("""
				référentiel R "R" {
				    type REAC
				    activité type AT1 "Un" {
				        compétences C1
				    }
				    activité type AT2 "Deux" {
				        compétences C1
				    }
				    compétence C1 "Une compétence" {
				        critères de performance
				            - Un critère.
				    }
				}
				""");
		assertEquals(1, codes(file).stream().filter(c -> c.equals("activityTypeWithoutBlock")).count(), codes(file).toString());
	}
}
