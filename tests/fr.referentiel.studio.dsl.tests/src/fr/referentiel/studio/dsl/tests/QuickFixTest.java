/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonArray;
import com.google.inject.Inject;

import fr.referentiel.studio.dsl.ide.ReferentielIdeSetup;
import fr.referentiel.studio.dsl.ide.quickfix.ReferentielCodeActionService;
import fr.referentiel.studio.dsl.validation.IssueCodes;

/** Each quick fix, applied to the text the author wrote, gives the corrected text. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReferentielInjectorProvider.class)
class QuickFixTest {

	private static final String URI = "file:///referentiels/r.referentiel";

	@Inject
	private ReferentielLoader loader;

	private final ReferentielCodeActionService service = new ReferentielCodeActionService();

	/** Validates {@code text}, applies the fix of the first diagnostic with {@code code}, returns the text. */
	private String fix(String text, String code) {
		return fix(text, code, false);
	}

	private String fix(String text, String code, boolean overTheWire) {
		List<CodeAction> actions = actions(text, code, overTheWire, text);
		assertEquals(1, actions.size(), "one quick fix for " + code);
		return new Document(1, text).applyChanges(actions.get(0).getEdit().getChanges().get(URI)).getContents();
	}

	/** The quick fixes of the first {@code code} diagnostic of {@code checked}, asked when the text is {@code current}. */
	private List<CodeAction> actions(String checked, String code, boolean overTheWire, String current) {
		return actions(loader.load(loader.newResourceSet(), "r.referentiel", checked), checked, code, overTheWire, current);
	}

	private List<CodeAction> actions(XtextResource resource, String text, String code, boolean overTheWire, String current) {
		Issue issue = loader.validate(resource).stream().filter(i -> code.equals(i.getCode())).findFirst().orElseThrow(
				() -> new AssertionError("no " + code + " in " + loader.validate(resource)));
		Document checkedDocument = new Document(1, text);
		Document document = new Document(1, current);
		Diagnostic diagnostic = new Diagnostic(new Range(checkedDocument.getPosition(issue.getOffset()),
				checkedDocument.getPosition(issue.getOffset() + issue.getLength())), issue.getMessage());
		diagnostic.setCode(issue.getCode());
		if (overTheWire) {
			JsonArray data = new JsonArray();
			for (String d : issue.getData()) {
				data.add(d);
			}
			diagnostic.setData(data);
		} else {
			diagnostic.setData(issue.getData());
		}
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setURI(URI);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(URI), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		return service.getCodeActions(options).stream().map(e -> e.getRight()).toList();
	}

	@Test
	void aFixComputedBeforeTheAuthorTypedAboveStillEditsTheRightPlace() {
		// Review found « numéro 1 » turned into « numé   - La demande… » by a fix applied after typing a line above.
		String checked = competence("            - La demande est prise en compte.\n            - La demande est prise en compte.\n");
		String typed = checked.replace("référentiel R \"R\" {\n", "référentiel R \"R\" {\n    // Une note ajoutée avant la correction.\n");
		List<CodeAction> actions = actions(checked, IssueCodes.DUPLICATE_ENTRY, true, typed);
		assertEquals(1, actions.size());
		String fixed = new Document(1, typed).applyChanges(actions.get(0).getEdit().getChanges().get(URI)).getContents();
		assertEquals(competence("            - La demande est prise en compte.\n").replace("référentiel R \"R\" {\n",
				"référentiel R \"R\" {\n    // Une note ajoutée avant la correction.\n"), fixed);
	}

	@Test
	void aFixWhoseTextTheAuthorChangedIsNoLongerOffered() {
		String checked = competence("            - La demande  est prise en compte.\n");
		String typed = checked.replace("demande  est", "demande est");
		assertEquals(List.of(), actions(checked, IssueCodes.DOUBLE_SPACE, true, typed));
	}

	private static String competence(String body) {
		return """
				référentiel R "R" {
				    compétence CP1 "Traiter un incident" {
				        critères de performance
				%s    }
				}
				""".formatted(body);
	}

	@Test
	void removesAnEmptyEntry() {
		String text = competence("""
				            - La demande est prise en compte.
				            -
				            - Le dossier est créé.
				""");
		assertEquals(competence("""
				            - La demande est prise en compte.
				            - Le dossier est créé.
				"""), fix(text, IssueCodes.EMPTY_ENTRY));
	}

	@Test
	void removesTheSecondOccurrenceOfADuplicate() {
		String text = competence("""
				            - La demande est prise en compte.
				            - Le dossier est créé.
				            - La demande est prise en compte.
				""");
		assertEquals(competence("""
				            - La demande est prise en compte.
				            - Le dossier est créé.
				"""), fix(text, IssueCodes.DUPLICATE_ENTRY));
	}

	@Test
	void joinsACutSentenceWithTheNextEntry() {
		String text = competence("""
				            - La fiche est renseignée et
				            - rendue dans les délais.
				""");
		assertEquals(competence("""
				            - La fiche est renseignée et rendue dans les délais.
				"""), fix(text, IssueCodes.CUT_SENTENCE));
	}

	@Test
	void normalisesApostrophesToTheMostUsedOne() {
		String text = competence("""
				            - La demande d'intervention est prise en compte.
				            - L’utilisateur est informé de l’avancement.
				            - Le dossier d'incident est créé.
				""");
		assertEquals(competence("""
				            - La demande d'intervention est prise en compte.
				            - L'utilisateur est informé de l'avancement.
				            - Le dossier d'incident est créé.
				"""), fix(text, IssueCodes.MIXED_APOSTROPHES));
	}

	@Test
	void collapsesADoubleSpace() {
		String text = competence("            - La demande   est prise en compte.\n");
		assertEquals(competence("            - La demande est prise en compte.\n"), fix(text, IssueCodes.DOUBLE_SPACE));
	}

	@Test
	void renumbersTheWholeSequenceWithItsSubActivities() {
		String text = """
				référentiel R "R" {
				    activité type AT1 "Déployer" {
				        numéro 1
				        activité 1.1 "Matériels"
				        activité 1.3 "Systèmes" {
				            activité 1.3.1 "Installation"
				            activité 1.3.2 "Automatisation"
				        }
				        activité 1.4 "Réseau"
				    }
				}
				""";
		String renumbered = """
				référentiel R "R" {
				    activité type AT1 "Déployer" {
				        numéro 1
				        activité 1.1 "Matériels"
				        activité 1.2 "Systèmes" {
				            activité 1.2.1 "Installation"
				            activité 1.2.2 "Automatisation"
				        }
				        activité 1.3 "Réseau"
				    }
				}
				""";
		assertEquals(renumbered, fix(text, IssueCodes.NUMBERING_GAP));
		assertEquals(renumbered, fix(text, IssueCodes.NUMBERING_GAP, true), "data received as JSON from a client");
	}

	@Test
	void renumbersDuplicateCompetenceNumbers() {
		String text = """
				référentiel R "R" {
				    compétence CP1 "A" {
				        numéro 1
				    }
				    compétence CP2 "B" {
				        numéro 1
				    }
				}
				""";
		assertEquals(text.replace("""
				        numéro 1
				    }
				}""", """
				        numéro 2
				    }
				}"""), fix(text, IssueCodes.DUPLICATE_NUMBER));
	}

	/** A correspondence into a version the file does not name: the fix adds « remplace » after the code. */
	@Test
	void addsTheReplacesLineACorrespondenceNeeds() {
		var resourceSet = loader.newResourceSet();
		loader.load(resourceSet, "ancien.referentiel", """
				référentiel V_2018 "V" {
				    compétence C1 "Ancienne" {
				        critères de performance
				            - Un critère.
				    }
				}
				""");
		String text = """
				référentiel V_2023 "V" {
				    code "TP-00476"
				    compétence C1 "Nouvelle" {
				        critères de performance
				            - Un critère.
				        correspond à V_2018.C1
				    }
				}
				""";
		XtextResource resource = loader.load(resourceSet, "r.referentiel", text);
		List<CodeAction> actions = actions(resource, text, IssueCodes.CORRESPONDENCE_OUTSIDE_VERSIONS, false, text);
		assertEquals("Ajouter « remplace V_2018 »", actions.get(0).getTitle());
		String fixed = new Document(1, text).applyChanges(actions.get(0).getEdit().getChanges().get(URI)).getContents();
		assertEquals(text.replace("    code \"TP-00476\"\n", "    code \"TP-00476\"\n    remplace V_2018\n"), fixed);
	}

	@Test
	void theOnlyEntryOfAListIsNotRemoved() {
		String text = competence("            -\n");
		Issue issue = loader.issues(text, IssueCodes.EMPTY_ENTRY).get(0);
		Diagnostic diagnostic = new Diagnostic(new Range(), issue.getMessage());
		diagnostic.setCode(issue.getCode());
		diagnostic.setData(issue.getData());
		assertNull(service.fix(diagnostic, new Document(1, text), URI), "removing it would leave « critères de performance » empty");
	}

	@Test
	void languageServerUsesTheseQuickFixes() {
		ICodeActionService2 bound = new ReferentielIdeSetup().createInjector().getInstance(ICodeActionService2.class);
		assertNotNull(bound);
		assertInstanceOf(ReferentielCodeActionService.class, bound);
	}
}
