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

	@Inject
	private ReferentielCodeActionService service;

	/** Validates {@code text}, applies the fix of the first diagnostic with {@code code}, returns the text. */
	private String fix(String text, String code) {
		return fix(text, code, false);
	}

	private String fix(String text, String code, boolean overTheWire) {
		List<CodeAction> actions = actions(text, code, overTheWire, text);
		assertEquals(1, actions.size(), "one quick fix for " + code);
		assertNull(actions.get(0).getDisabled(), "the text did not change");
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
		// The fix is asked of the text as it is now, as the editor and the server hold it.
		XtextResource now = current.equals(text) ? resource : loader.load(loader.newResourceSet(), "r.referentiel", current);
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document);
		options.setResource(now);
		options.setURI(URI);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(URI), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		return service.getCodeActions(options).stream().map(e -> e.getRight()).toList();
	}

	/** The text once the one fix of {@code actions} is made on {@code current}. */
	private static String applied(List<CodeAction> actions, String current) {
		assertEquals(1, actions.size(), actions.toString());
		assertNull(actions.get(0).getDisabled(), actions.toString());
		return new Document(1, current).applyChanges(actions.get(0).getEdit().getChanges().get(URI)).getContents();
	}

	private static final String NOTE = "référentiel R \"R\" {\n    // Une note ajoutée avant la correction.\n";

	/** {@code text} with a line typed at its top, unsaved when the fix is asked. */
	private static String typedAbove(String text) {
		return text.replace("référentiel R \"R\" {\n", NOTE);
	}

	@Test
	void aDeletionComputedBeforeTheAuthorTypedAboveDeletesTheDuplicate() {
		// Review found « numéro 1 » turned into « numé   - La demande… » by a fix applied after typing a line above.
		String checked = competence("            - La demande est prise en compte.\n            - La demande est prise en compte.\n");
		String typed = typedAbove(checked);
		assertEquals(typedAbove(competence("            - La demande est prise en compte.\n")),
				applied(actions(checked, IssueCodes.DUPLICATE_ENTRY, true, typed), typed));
	}

	@Test
	void aDeletionAfterALineTypedRightAboveTheDuplicateStillFindsIt() {
		String checked = competence("            - La demande est prise en compte.\n            - La demande est prise en compte.\n");
		String typed = checked.replace("compte.\n            - La", "compte.\n            - Le dossier est créé.\n            - La");
		assertEquals(competence("            - La demande est prise en compte.\n            - Le dossier est créé.\n"),
				applied(actions(checked, IssueCodes.DUPLICATE_ENTRY, true, typed), typed));
	}

	@Test
	void aReplacementComputedBeforeTheAuthorTypedAboveReplacesTheRightSpaces() {
		String checked = competence("            - La demande  est prise en compte.\n            - Le  dossier est créé.\n");
		String typed = typedAbove(checked);
		// Two double spaces: the fix of the second one, not the first.
		List<Issue> issues = loader.issues(checked, IssueCodes.DOUBLE_SPACE);
		assertEquals(2, issues.size());
		assertEquals(typedAbove(checked.replace("Le  dossier", "Le dossier")),
				applied(actionsOf(checked, issues.get(1), typed), typed));
	}

	@Test
	void anInsertionComputedBeforeTheAuthorTypedAboveInsertsAtTheRightLine() throws Exception {
		var resourceSet = loader.newResourceSet();
		loader.load(resourceSet, "ancien.referentiel", "référentiel V_2018 \"V\" {\n    compétence C1 \"Ancienne\" {\n    }\n}\n");
		String text = "référentiel V_2023 \"V\" {\n    code \"TP-00476\"\n    compétence C1 \"Nouvelle\" {\n"
				+ "        correspond à V_2018.C1\n    }\n}\n";
		XtextResource checked = loader.load(resourceSet, "r.referentiel", text);
		String typed = text.replace("{\n    code", "{\n    // Une note.\n    code");
		Issue issue = loader.validate(checked).stream().filter(i -> IssueCodes.CORRESPONDENCE_OUTSIDE_VERSIONS.equals(i.getCode()))
				.findFirst().orElseThrow();
		XtextResource now = (XtextResource) resourceSet.getResource(checked.getURI(), false);
		now.reparse(typed);
		assertEquals(typed.replace("    code \"TP-00476\"\n", "    code \"TP-00476\"\n    remplace V_2018\n"),
				applied(actions(issue, text, now, typed), typed));
	}

	@Test
	void aFixWhoseTextTheAuthorChangedIsRefusedWithTheReason() {
		String checked = competence("            - La demande  est prise en compte.\n");
		String typed = checked.replace("demande  est", "demande est");
		List<CodeAction> actions = actions(checked, IssueCodes.DOUBLE_SPACE, true, typed);
		assertEquals(1, actions.size());
		assertNull(actions.get(0).getEdit(), "nothing edited");
		assertEquals("Le texte a changé depuis la vérification : la correction n'est pas appliquée. "
				+ "Enregistrez ou attendez la nouvelle vérification, puis réessayez.", actions.get(0).getDisabled().getReason());
	}

	@Test
	void aDuplicateWhoseOriginalTheAuthorChangedIsNotDeleted() {
		String checked = competence("            - La demande est prise en compte.\n            - La demande est prise en compte.\n");
		String typed = checked.replaceFirst("La demande est", "La demande urgente est");
		List<CodeAction> actions = actions(checked, IssueCodes.DUPLICATE_ENTRY, true, typed);
		assertEquals(1, actions.size());
		assertNull(actions.get(0).getEdit(), "no longer a repetition: nothing to delete");
		assertNotNull(actions.get(0).getDisabled());
	}

	@Test
	void aFixAskedOfAModelOtherThanTheTextIsRefused() {
		String text = competence("            - La demande  est prise en compte.\n");
		XtextResource resource = loader.load(loader.newResourceSet(), "r.referentiel", text);
		Issue issue = loader.validate(resource).stream().filter(i -> IssueCodes.DOUBLE_SPACE.equals(i.getCode())).findFirst()
				.orElseThrow();
		String shown = typedAbove(text);
		// The model still holds the old text while the document shows the new one: its edits fit neither.
		List<CodeAction> actions = actions(issue, text, resource, shown);
		assertNull(actions.get(0).getEdit());
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

	/** The fixes of {@code issue}, found in {@code checked}, asked when the text is {@code current}. */
	private List<CodeAction> actionsOf(String checked, Issue issue, String current) {
		return actions(issue, checked, loader.load(loader.newResourceSet(), "r.referentiel", current), current);
	}

	/** The fixes of {@code issue}, found in {@code checked}, asked of {@code now} (the model of {@code current}). */
	private List<CodeAction> actions(Issue issue, String checked, XtextResource now, String current) {
		Document checkedDocument = new Document(1, checked);
		Diagnostic diagnostic = new Diagnostic(new Range(checkedDocument.getPosition(issue.getOffset()),
				checkedDocument.getPosition(issue.getOffset() + issue.getLength())), issue.getMessage());
		diagnostic.setCode(issue.getCode());
		diagnostic.setData(issue.getData());
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(new Document(1, current));
		options.setResource(now);
		options.setURI(URI);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(URI), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		return service.getCodeActions(options).stream().map(e -> e.getRight()).toList();
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
		XtextResource resource = loader.load(loader.newResourceSet(), "r.referentiel", text);
		assertNull(service.fix(diagnostic, new Document(1, text), resource, URI),
				"removing it would leave « critères de performance » empty");
	}

	@Test
	void languageServerUsesTheseQuickFixes() {
		ICodeActionService2 bound = new ReferentielIdeSetup().createInjector().getInstance(ICodeActionService2.class);
		assertNotNull(bound);
		assertInstanceOf(ReferentielCodeActionService.class, bound);
	}
}
