/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static fr.referentiel.studio.cli.LspClient.await;
import static fr.referentiel.studio.cli.LspClient.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.referentiel.studio.dsl.ide.server.ReferentielLanguageServer;

/**
 * The language server of {@code referentiel lsp}, in this process, driven over pipes by lsp4j's
 * client exactly as an editor drives it: JSON-RPC messages, not method calls.
 */
class LanguageServerTest {

	private static final String LINKING = "org.eclipse.xtext.diagnostics.Diagnostic.Linking";
	private static final String DOUBLE_SPACE = "fr.referentiel.studio.dsl.doubleSpace";

	@TempDir
	Path workspace;

	private PipedOutputStream toServer;
	private PipedOutputStream fromServer;

	/** A server on pipes and the client connected to it. */
	private LspClient connect() throws IOException {
		toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
		fromServer = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(fromServer, 1 << 16);
		ReferentielLanguageServer.start(serverIn, fromServer);
		return new LspClient(clientIn, toServer);
	}

	/** Closing the pipes ends the server, as an editor closing the process's streams. */
	@AfterEach
	void disconnect() throws IOException {
		if (toServer != null) {
			toServer.close();
			fromServer.close();
		}
	}

	private static Path corpus(String name) {
		return Path.of(System.getProperty("referentiel.validationCorpus",
				"../../tests/fr.referentiel.studio.dsl.tests/resources/validation")).resolve(name);
	}

	private Path copy(Path source, String name) throws IOException {
		return Files.copy(source, workspace.resolve(name));
	}

	private static Diagnostic withCode(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + diagnostics));
	}

	private static boolean hasCode(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().anyMatch(d -> d.getCode() != null && code.equals(d.getCode().getLeft()));
	}

	@Test
	void theHelpSaysHowToConnectAnEditor() {
		CliRun help = CliRun.run("lsp", "--help");
		assertEquals(0, help.exitCode(), help.toString());
		assertTrue(help.out().contains("vim.lsp.start"), help.out());
		assertTrue(help.out().contains("Neovim 0.7 : vim.lsp.start_client"), help.out());
		assertTrue(help.out().contains("eglot-server-programs"), help.out());
		assertTrue(help.out().contains("docs/language-server.md"), help.out());
		assertTrue(CliRun.run("--help").out().contains("lsp"), "the command is listed");
	}

	@Test
	void announcesWhatAnEditorCanAskFor() throws Exception {
		ServerCapabilities capabilities = connect().initialize(workspace).getCapabilities();
		assertNotNull(capabilities.getCompletionProvider(), "completion");
		assertTrue(capabilities.getHoverProvider().getLeft(), "hover");
		assertTrue(capabilities.getDocumentSymbolProvider().getLeft(), "outline");
		assertTrue(capabilities.getDocumentFormattingProvider().getLeft(), "formatting");
		assertTrue(capabilities.getCodeActionProvider().getLeft(), "quick fixes");
		assertNull(capabilities.getSignatureHelpProvider(), "no signature help: it always answered nothing");
	}

	@Test
	void symbolsHaveTheirKindTitlesAreSearchedAndACommentHasNoHover() throws Exception {
		Path tai = copy(CliRun.example("tai-2023.referentiel"), "tai-2023.referentiel");
		String text = Files.readString(tai);
		LspClient client = opened(tai, text);
		TextDocumentService documents = client.server.getTextDocumentService();
		DocumentSymbol root = await(documents.documentSymbol(new DocumentSymbolParams(document(tai)))).get(0).getRight();
		assertEquals(org.eclipse.lsp4j.SymbolKind.Module, root.getKind());
		java.util.Map<String, org.eclipse.lsp4j.SymbolKind> kinds = new java.util.HashMap<>();
		root.getChildren().forEach(s -> kinds.put(s.getName().split(" ")[0], s.getKind()));
		assertEquals(org.eclipse.lsp4j.SymbolKind.Class, kinds.get("AT1"), kinds.toString());
		assertEquals(org.eclipse.lsp4j.SymbolKind.Function, kinds.get("CP1"), kinds.toString());
		assertEquals(org.eclipse.lsp4j.SymbolKind.Package, kinds.get("CCP1"), kinds.toString());

		// A word of the title finds the competence, as a designer remembers it.
		var found = await(client.server.getWorkspaceService().symbol(new org.eclipse.lsp4j.WorkspaceSymbolParams("centre de services")));
		List<String> names = found.getRight().stream().map(org.eclipse.lsp4j.WorkspaceSymbol::getName).toList();
		assertTrue(names.stream().anyMatch(n -> n.matches(".*CP1 — Traiter un incident dans un centre de services.*")), names.toString());

		assertNull(await(documents.hover(new HoverParams(document(tai), new Position(0, 5)))), "a comment has no hover");
	}

	/** One element of each kind, titles written with a line break, a tab and a line separator (escapes of STRING). */
	private static final String EVERY_KIND = """
			// Un référentiel d'essai : un élément de chaque sorte.
			référentiel R "Référentiel d'essai" {
			    section "Présentation\\tdu titre"
			        | Un paragraphe.
			    option O1 "Option réseau"
			    activité type AT1 "Assister les utilisateurs" {
			        activité 1 "Accueillir\\nla demande" {
			            modalité entretien "Entretien technique"
			            critères d'évaluation
			                - La demande est reformulée.
			        }
			        rubrique R1 "Ressources"
			            | Un texte.
			    }
			    compétence CP1 "Contribuer à la sécurité\\u2028des données" {
			        critères de performance
			            - Le poste est sécurisé.
			        savoir-faire techniques
			            - Configurer un pare-feu.
			    }
			    compétence transversale CT1 "Communiquer" { }
			    bloc BC1 "Cœur de métier" {
			        compétences CP1
			    }
			    glossaire {
			        terme "Poste"
			            | Un ordinateur.
			    }
			}
			""";

	@Test
	void eachKindOfElementHasItsOwnSymbolKindAndANameOnOneLine() throws Exception {
		Path file = workspace.resolve("essai.referentiel");
		Files.writeString(file, EVERY_KIND);
		LspClient client = opened(file, EVERY_KIND);
		java.util.Map<String, org.eclipse.lsp4j.SymbolKind> kinds = new java.util.LinkedHashMap<>();
		await(client.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(document(file))))
				.forEach(s -> collect(s.getRight(), kinds));
		java.util.Map<String, org.eclipse.lsp4j.SymbolKind> expected = new java.util.LinkedHashMap<>();
		expected.put("R — Référentiel d'essai", org.eclipse.lsp4j.SymbolKind.Module);
		expected.put("Section : Présentation du titre", org.eclipse.lsp4j.SymbolKind.Namespace);
		expected.put("O1 — Option réseau", org.eclipse.lsp4j.SymbolKind.Property);
		expected.put("AT1 — Assister les utilisateurs", org.eclipse.lsp4j.SymbolKind.Class);
		expected.put("Activité 1 — Accueillir la demande", org.eclipse.lsp4j.SymbolKind.Method);
		expected.put("Modalité Entretien technique", org.eclipse.lsp4j.SymbolKind.Event);
		expected.put("Critère : La demande est reformulée.", org.eclipse.lsp4j.SymbolKind.Field);
		expected.put("Rubrique R1 — Ressources", org.eclipse.lsp4j.SymbolKind.String);
		expected.put("CP1 — Contribuer à la sécurité des données", org.eclipse.lsp4j.SymbolKind.Function);
		expected.put("Critère : Le poste est sécurisé.", org.eclipse.lsp4j.SymbolKind.Field);
		expected.put("Savoir-faire techniques", org.eclipse.lsp4j.SymbolKind.Struct);
		expected.put("Configurer un pare-feu.", org.eclipse.lsp4j.SymbolKind.EnumMember);
		expected.put("CT1 — Communiquer", org.eclipse.lsp4j.SymbolKind.Interface);
		expected.put("BC1 — Cœur de métier", org.eclipse.lsp4j.SymbolKind.Package);
		expected.put("Terme : Poste", org.eclipse.lsp4j.SymbolKind.Constant);
		assertEquals(expected, kinds, "the outline in document order, each entry on one line");
	}

	private static void collect(DocumentSymbol symbol, java.util.Map<String, org.eclipse.lsp4j.SymbolKind> kinds) {
		kinds.put(symbol.getName(), symbol.getKind());
		if (symbol.getChildren() != null) {
			symbol.getChildren().forEach(child -> collect(child, kinds));
		}
	}

	@Test
	void theSymbolSearchFindsATitleWordWithoutCaseNorAccents() throws Exception {
		Path file = workspace.resolve("essai.referentiel");
		Files.writeString(file, EVERY_KIND);
		LspClient client = opened(file, EVERY_KIND);
		assertEquals(List.of("R.CP1 — Contribuer à la sécurité des données"), symbolNames(client, "SECURITE"),
				"found by a word of its title typed without accents, listed on one line");
		assertEquals(List.of("R.BC1 — Cœur de métier"), symbolNames(client, "coeur"));
		assertEquals(List.of("R.CT1 — Communiquer"), symbolNames(client, "ct1"), "by its identifier still");
		assertEquals(List.of(), symbolNames(client, "introuvable"));
	}

	private static List<String> symbolNames(LspClient client, String query) throws Exception {
		var found = await(client.server.getWorkspaceService().symbol(new org.eclipse.lsp4j.WorkspaceSymbolParams(query)));
		return found.getRight().stream().map(org.eclipse.lsp4j.WorkspaceSymbol::getName).toList();
	}

	@Test
	void whereThereIsNothingToSayTheHoverIsNull() throws Exception {
		Path file = workspace.resolve("essai.referentiel");
		Files.writeString(file, EVERY_KIND);
		LspClient client = opened(file, EVERY_KIND);
		TextDocumentService documents = client.server.getTextDocumentService();
		Position reference = LspClient.positionOf(EVERY_KIND, "CP1\n    }");
		assertNotNull(await(documents.hover(new HoverParams(document(file), reference))), "a reference is explained");
		for (Position nothing : List.of(LspClient.positionOf(EVERY_KIND, "référentiel d'essai"), // a comment
				LspClient.positionOf(EVERY_KIND, "compétences CP1"), // a keyword
				new Position(1, 40), // beyond the end of a line
				new Position(500, 0))) { // beyond the end of the text (a client a keystroke ahead)
			assertNull(await(documents.hover(new HoverParams(document(file), nothing))), "nothing to say at " + nothing);
		}
	}

	@Test
	void aBrokenFileGetsItsProblemInFrenchAtItsLine() throws Exception {
		Path broken = copy(corpus("unresolvedReference.referentiel"), "incident.referentiel");
		LspClient client = connect();
		client.initialize(workspace);
		client.open(broken, Files.readString(broken));

		Diagnostic unknown = withCode(client.diagnostics(broken, d -> hasCode(d, LINKING)), LINKING);
		// "compétences CP01" is on line 20 of the file (19 counted from 0, as LSP does).
		assertEquals(new Position(19, 20), unknown.getRange().getStart());
		assertEquals(DiagnosticSeverity.Error, unknown.getSeverity());
		assertTrue(unknown.getMessage().getLeft().startsWith("Référence inconnue"), unknown.getMessage().toString());
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 5_000 })
	void aFileNestedHundredsOrThousandsOfLevelsGetsOneErrorAndTheServerStillAnswers(int levels) throws Exception {
		// 500 levels left documentSymbol unanswered, 5,000 ran the server out of memory: the parser's guard holds here too.
		// Each activity numbered under its parent down to the depth that is analysed (30), so that the depth is the only error.
		StringBuilder text = new StringBuilder("référentiel R \"R\" {\n    activité type AT1 \"A\" {\n");
		for (int level = 1; level <= levels; level++) {
			text.append("activité 1").append(".1".repeat(Math.min(level, 30) - 1)).append(" \"N\" {\n");
		}
		text.append("}\n".repeat(levels)).append("    }\n}\n");
		Path deep = workspace.resolve("profond.referentiel");
		Files.writeString(deep, text);
		LspClient client = connect();
		client.initialize(workspace);
		client.open(deep, text.toString());
		String tooDeep = "fr.referentiel.studio.dsl.nestingTooDeep";
		List<Diagnostic> errors = client.diagnostics(deep, d -> hasCode(d, tooDeep)).stream()
				.filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
		assertEquals(1, errors.size(), errors.toString());
		Diagnostic error = errors.get(0);
		assertEquals(tooDeep, error.getCode().getLeft());
		String line31 = text.toString().split("\n")[30];
		assertEquals(new Position(30, line31.indexOf('{')), error.getRange().getStart(), "at the brace that opens level 31 (line 31)");
		assertEquals("Imbrication trop profonde : cette accolade « { » ouvre un 31e niveau, et son contenu n'est pas analysé. "
				+ "Un référentiel en compte moins de dix : vérifiez les accolades « { } » (une accolade fermante oubliée ?) "
				+ "et réduisez l'imbrication des activités.", error.getMessage().getLeft());
		// Still alive: the next requests are answered.
		List<DocumentSymbol> outline = await(client.server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(document(deep)))).stream().map(Either::getRight).toList();
		assertEquals("R — R", outline.get(0).getName());
		var symbols = await(client.server.getWorkspaceService().symbol(new org.eclipse.lsp4j.WorkspaceSymbolParams("A")));
		assertTrue(symbols.getRight().stream().anyMatch(s -> s.getName().equals("R.AT1 — A")), symbols.toString());
	}

	@Test
	void symbolNamesAreOneLineWhateverTheTitleHolds() throws Exception {
		// Found by the audit: a title wrapped in the source came back from workspace/symbol with its raw line break.
		String text = """
				référentiel R1 "Test" {
				    activité type AT1 "Assister" {
				        numéro 1
				        compétences CP1
				    }
				    compétence CP1 "Traiter un\\nincident\\tgrave\u001B[2J" {
				        numéro 1
				        critères de performance
				            - Le critère est rempli.
				    }
				}
				""";
		Path file = workspace.resolve("lignes.referentiel");
		Files.writeString(file, text);
		LspClient client = opened(file, text);
		client.diagnostics(file, d -> true);
		var found = await(client.server.getWorkspaceService().symbol(new org.eclipse.lsp4j.WorkspaceSymbolParams("incident")));
		List<String> names = found.getRight().stream().map(org.eclipse.lsp4j.WorkspaceSymbol::getName).toList();
		assertEquals(List.of("R1.CP1 — Traiter un incident grave\\u001B[2J"), names);
		for (org.eclipse.lsp4j.WorkspaceSymbol symbol : found.getRight()) {
			String container = symbol.getContainerName() == null ? "" : symbol.getContainerName();
			assertTrue((symbol.getName() + container).chars().noneMatch(c -> c < 0x20 || c == 0x7F), symbol.toString());
		}
		DocumentSymbol root = await(client.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(document(file))))
				.get(0).getRight();
		List<String> outline = root.getChildren().stream().map(DocumentSymbol::getName).toList();
		assertTrue(outline.contains("CP1 — Traiter un incident grave\\u001B[2J"), "the outline names it the same: " + outline);
	}

	/** A client that has initialized the server and opened {@code file} with {@code text}. */
	private LspClient opened(Path file, String text) throws Exception {
		LspClient client = connect();
		client.initialize(workspace);
		client.open(file, text);
		return client;
	}

	/** The code actions the server offers for {@code diagnostic}, sent back as the client holds it. */
	private static List<Either<org.eclipse.lsp4j.Command, CodeAction>> codeActions(LspClient client, Path file,
			Diagnostic diagnostic) throws Exception {
		return await(client.server.getTextDocumentService().codeAction(new CodeActionParams(document(file),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)))));
	}

	/** initialize, open the file, and its double-space diagnostic once published. */
	private Diagnostic openAndGetDoubleSpace(LspClient client, Path file) throws Exception {
		client.initialize(workspace);
		client.open(file, Files.readString(file));
		return withCode(client.diagnostics(file, d -> hasCode(d, DOUBLE_SPACE)), DOUBLE_SPACE);
	}

	@Test
	void aQuickFixAppliedGivesTheCorrectedText() throws Exception {
		Path file = copy(corpus("doubleSpace.referentiel"), "espaces.referentiel");
		String text = Files.readString(file);
		LspClient client = connect();
		Diagnostic doubleSpace = openAndGetDoubleSpace(client, file);
		assertEquals(13, doubleSpace.getRange().getStart().getLine());

		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = codeActions(client, file, doubleSpace);
		assertEquals(1, actions.size(), actions.toString());
		CodeAction fix = actions.get(0).getRight();
		assertEquals("Remplacer par une seule espace", fix.getTitle());
		String fixed = LspClient.apply(text, fix.getEdit().getChanges().get(LspClient.uri(file)));

		// The corpus's corrected version, but for its first line saying it is the corrected one.
		String expected = Files.readString(corpus("doubleSpace.fixed.referentiel"));
		assertEquals(expected.substring(expected.indexOf('\n')), fixed.substring(fixed.indexOf('\n')));
	}

	@Test
	void aQuickFixAskedAfterTypingAboveFixesTheRightPlace() throws Exception {
		// Review found « numéro 1 » corrupted by a fix of the unsaved text: its edit was frozen at validation time.
		Path file = copy(corpus("doubleSpace.referentiel"), "tape.referentiel");
		String text = Files.readString(file);
		LspClient client = connect();
		Diagnostic before = openAndGetDoubleSpace(client, file);
		String typed = "// Une ligne tapée avant de corriger.\n" + text;
		client.server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
				new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(LspClient.uri(file), 2),
				List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(typed))));
		client.diagnostics(file, d -> d.stream().anyMatch(x -> hasCode(List.of(x), DOUBLE_SPACE) && x.getRange().getStart().getLine() == 14));

		// The client still holds the diagnostic published before the change, as editors do for a moment.
		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = codeActions(client, file, before);
		assertEquals(1, actions.size(), actions.toString());
		String fixed = LspClient.apply(typed, actions.get(0).getRight().getEdit().getChanges().get(LspClient.uri(file)));
		assertEquals(typed.replace("La demande  d'intervention", "La demande d'intervention"), fixed);
	}

	private static final String DUPLICATE_ENTRY = "fr.referentiel.studio.dsl.duplicateEntry";

	/** The repeated criterion of the corpus's duplicateEntry file, on {@code line} (counted from 0). */
	private static boolean repetitionAt(List<Diagnostic> diagnostics, int line) {
		return diagnostics.stream().anyMatch(d -> hasCode(List.of(d), DUPLICATE_ENTRY) && d.getRange().getStart().getLine() == line);
	}

	@Test
	void aRepetitionRemovedAfterTypingAboveRemovesItAndNothingElse() throws Exception {
		// Review found « numéro 1 » turned into « numé   - La demande… » and the duplicate left.
		Path file = copy(corpus("duplicateEntry.referentiel"), "repetition.referentiel");
		String text = Files.readString(file);
		LspClient client = opened(file, text);
		Diagnostic before = client.diagnostics(file, d -> repetitionAt(d, 15)).stream()
				.filter(d -> hasCode(List.of(d), DUPLICATE_ENTRY) && d.getRange().getStart().getLine() == 15).findFirst().orElseThrow();
		String typed = text.replace("    compétence CP1", "    // Une note tapée avant de corriger.\n    compétence CP1");
		client.change(file, 2, typed);
		client.diagnostics(file, d -> repetitionAt(d, 16));

		// The client sends the diagnostic it still holds, computed before the change.
		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = codeActions(client, file, before);
		assertEquals(1, actions.size(), actions.toString());
		assertEquals("Supprimer la répétition", actions.get(0).getRight().getTitle());
		String fixed = LspClient.apply(typed, actions.get(0).getRight().getEdit().getChanges().get(LspClient.uri(file)));
		String repeated = "            - La demande d'intervention est prise en compte.\n";
		int second = typed.indexOf(repeated, typed.indexOf(repeated) + 1);
		assertEquals(typed.substring(0, second) + typed.substring(second + repeated.length()), fixed);
	}

	@Test
	void aRepetitionTheAuthorAlreadyChangedIsNotRemovedAndTheReasonIsGiven() throws Exception {
		Path file = copy(corpus("duplicateEntry.referentiel"), "deja-change.referentiel");
		String text = Files.readString(file);
		LspClient client = opened(file, text);
		Diagnostic before = client.diagnostics(file, d -> repetitionAt(d, 15)).stream()
				.filter(d -> hasCode(List.of(d), DUPLICATE_ENTRY) && d.getRange().getStart().getLine() == 15).findFirst().orElseThrow();
		String repeated = "            - La demande d'intervention est prise en compte.\n";
		int second = text.indexOf(repeated, text.indexOf(repeated) + 1);
		String typed = text.substring(0, second) + "            - La demande d'intervention est transmise.\n"
				+ text.substring(second + repeated.length());
		client.change(file, 2, typed);
		client.diagnostics(file, d -> !repetitionAt(d, 15));

		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = codeActions(client, file, before);
		assertEquals(1, actions.size(), actions.toString());
		CodeAction refused = actions.get(0).getRight();
		assertNull(refused.getEdit(), "nothing to apply");
		assertEquals("Le texte a changé depuis la vérification : la correction n'est pas appliquée. "
				+ "Enregistrez ou attendez la nouvelle vérification, puis réessayez.", refused.getDisabled().getReason());
	}

	@Test
	void aFileWithAccentsAndSpacesInItsNameGetsItsDiagnostics() throws Exception {
		Path file = copy(corpus("doubleSpace.referentiel"), "référentiel été 2023.referentiel");
		assertEquals(13, openAndGetDoubleSpace(connect(), file).getRange().getStart().getLine());
	}

	@Test
	void renameRefusesATakenNameOrANonIdentifierWithAFrenchMessage() throws Exception {
		Path tai = copy(CliRun.example("tai-2023.referentiel"), "tai-2023.referentiel");
		// Another file of the workspace declares the referential AUTRE.
		Files.writeString(workspace.resolve("autre.referentiel"), "référentiel AUTRE \"Autre\" {\n}\n");
		String text = Files.readString(tai);
		LspClient client = opened(tai, text);
		client.diagnostics(tai, d -> true);
		Position cp1 = LspClient.positionOf(text, "CP1, CP2, CP3");
		Position referential = LspClient.positionOf(text, "TAI_2023");
		for (String[] attempt : new String[][] { { "CP2", "L'identifiant « CP2 » est déjà celui d'un autre élément" },
				{ "2 x", "« 2 x » n'est pas un identifiant" }, { "type", "« type » est un mot du langage : comme identifiant, écrivez-le « ^type »" },
				{ "AUTRE", "L'identifiant « AUTRE » est déjà celui d'un élément du fichier « autre.referentiel »" } }) {
			Position at = attempt[0].equals("AUTRE") ? referential : cp1;
			java.util.concurrent.ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(
					java.util.concurrent.ExecutionException.class, () -> await(client.server.getTextDocumentService()
							.rename(new org.eclipse.lsp4j.RenameParams(document(tai), at, attempt[0]))));
			org.eclipse.lsp4j.jsonrpc.messages.ResponseError error =
					((org.eclipse.lsp4j.jsonrpc.ResponseErrorException) refused.getCause()).getResponseError();
			assertTrue(error.getMessage().startsWith(attempt[1]), error.getMessage());
			assertEquals(org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode.InvalidParams.getValue(), error.getCode());
		}
		org.eclipse.lsp4j.WorkspaceEdit renamed = await(client.server.getTextDocumentService()
				.rename(new org.eclipse.lsp4j.RenameParams(document(tai), cp1, "CP01")));
		assertTrue(renamed.getChanges().get(LspClient.uri(tai)).size() >= 2, "the declaration and its references");
	}

	@Test
	void completionHoverAndOutlineOnTheTaiExample() throws Exception {
		Path tai = copy(CliRun.example("tai-2023.referentiel"), "tai-2023.referentiel");
		String text = Files.readString(tai);
		LspClient client = opened(tai, text);
		TextDocumentService documents = client.server.getTextDocumentService();
		Position reference = LspClient.positionOf(text, "CP1, CP2, CP3");

		List<CompletionItem> items = await(documents.completion(new CompletionParams(document(tai), reference))).getRight().getItems();
		CompletionItem cp1 = items.stream().filter(i -> i.getLabel().startsWith("CP1")).findFirst()
				.orElseThrow(() -> new AssertionError("CP1 is proposed: " + items.stream().map(CompletionItem::getLabel).toList()));
		assertEquals("Traiter un incident dans un centre de services et assurer le suivi du parc", cp1.getDetail());
		assertTrue(items.stream().anyMatch(i -> i.getLabel().startsWith("CP9")), "every competence is proposed");

		Hover hover = await(documents.hover(new HoverParams(document(tai), reference)));
		String shown = hover.getContents().getRight().getValue();
		assertTrue(shown.startsWith("**Compétence CP1 (n° 1)** — Traiter un incident dans un centre de services"), shown);
		assertTrue(shown.contains("Critères de performance"), shown);

		List<DocumentSymbol> outline = await(documents.documentSymbol(new DocumentSymbolParams(document(tai)))).stream()
				.map(Either::getRight).toList();
		assertEquals(1, outline.size());
		assertEquals("TAI_2023 — Technicien d'assistance en informatique", outline.get(0).getName());
		List<String> parts = outline.get(0).getChildren().stream().map(DocumentSymbol::getName).toList();
		assertTrue(parts.contains("AT1 — Assister ou dépanner les utilisateurs"), parts.toString());
		assertTrue(parts.contains("CP1 — Traiter un incident dans un centre de services et assurer le suivi du parc"),
				parts.toString());
	}

	@Test
	void formattingGivesBackTheCanonicalLayout() throws Exception {
		String canonical = Files.readString(corpus("emptyEntry.fixed.referentiel"));
		String flattened = canonical.lines().map(String::strip).reduce("", (a, line) -> a + line + "\n");
		Path file = workspace.resolve("plat.referentiel");
		Files.writeString(file, flattened);
		LspClient client = connect();
		client.initialize(workspace);
		client.open(file, flattened);

		List<? extends TextEdit> edits = await(client.server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(document(file), new FormattingOptions(4, true))));
		assertEquals(canonical, LspClient.apply(flattened, edits));
	}

	@Test
	void aCompetenceLikeOneOfTheReplacedVersionGetsTheProposedCorrespondenceAsAQuickFix() throws Exception {
		Files.writeString(workspace.resolve("paie-2019.referentiel"), """
				référentiel PAIE_2019 "Gestionnaire de paie" {
				    compétence CP1 "Assurer la tenue du dossier social des salariés de l'entreprise" {
				    }
				    compétence CP2 "Établir les déclarations sociales mensuelles et annuelles" {
				    }
				}
				""");
		Path paie2024 = workspace.resolve("paie-2024.referentiel");
		String text = """
				référentiel PAIE_2024 "Gestionnaire de paie" {
				    remplace PAIE_2019
				    compétence CP1 "Établir les déclarations sociales mensuelles et annuelles de l'entreprise" {
				        numéro 1
				    }
				}
				""";
		Files.writeString(paie2024, text);
		LspClient client = connect();
		client.initialize(workspace);
		client.open(paie2024, text);
		String code = "fr.referentiel.studio.dsl.correspondenceProposal";
		Diagnostic proposal = withCode(client.diagnostics(paie2024, d -> hasCode(d, code)), code);
		assertEquals(2, proposal.getRange().getStart().getLine(), "on the competence's name");
		assertEquals(org.eclipse.lsp4j.DiagnosticSeverity.Information, proposal.getSeverity());
		assertTrue(proposal.getMessage().getLeft().startsWith("La compétence CP1 ressemble à PAIE_2019.CP2 « Établir les déclarations sociales"),
				proposal.getMessage().getLeft());

		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = codeActions(client, paie2024, proposal);
		assertEquals(1, actions.size(), actions.toString());
		assertEquals("Ajouter « correspond à PAIE_2019.CP2 »", actions.get(0).getRight().getTitle());
		String fixed = LspClient.apply(text, actions.get(0).getRight().getEdit().getChanges().get(LspClient.uri(paie2024)));
		assertEquals(text.replace("        numéro 1\n", "        numéro 1\n        correspond à PAIE_2019.CP2\n"), fixed);

		// Once the line is there, nothing is proposed any more.
		client.server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
				new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(LspClient.uri(paie2024), 2),
				List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(fixed))));
		client.diagnostics(paie2024, d -> !hasCode(d, code));
	}

	@Test
	void referencesToAnotherFileOfTheWorkspaceResolve() throws Exception {
		Files.writeString(workspace.resolve("tai-2018.referentiel"), """
				référentiel TAI_2018 "Technicien d'assistance en informatique" {
				    compétence CP3 "Intervenir sur un réseau" {
				    }
				}
				""");
		Path tai2023 = workspace.resolve("tai-2023.referentiel");
		String text = """
				référentiel TAI_2023 "Technicien d'assistance en informatique" {
				    remplace TAI_2018
				    compétence CP9 "Intervenir sur les éléments de l'infrastructure" {
				        correspond à TAI_2018.CP3
				    }
				}
				""";
		Files.writeString(tai2023, text);
		LspClient client = connect();
		client.initialize(workspace);
		client.open(tai2023, text.replace("TAI_2018.CP3", "TAI_2018.CP4"));
		Diagnostic unknown = withCode(client.diagnostics(tai2023, d -> hasCode(d, LINKING)), LINKING);
		assertEquals(3, unknown.getRange().getStart().getLine());

		// The same text with the competence the other file has: nothing left to report about it.
		client.server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
				new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(LspClient.uri(tai2023), 2),
				List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(text))));
		client.diagnostics(tai2023, d -> !hasCode(d, LINKING));
	}

	@Test
	void aReferentialOfAnotherWorkspaceFolderIsNotSeenAsInTheEditor() throws Exception {
		// The one visibility rule (docs/validation.md): a referential sees those of its own project.
		Path first = Files.createDirectories(workspace.resolve("premier"));
		Path second = Files.createDirectories(workspace.resolve("second"));
		String old = """
				référentiel TAI_2018 "Technicien d'assistance en informatique" {
				    compétence CP3 "Intervenir sur un réseau" {
				    }
				}
				""";
		Files.writeString(first.resolve("tai-2018.referentiel"), old);
		Path tai2023 = second.resolve("tai-2023.referentiel");
		String text = """
				référentiel TAI_2023 "Technicien d'assistance en informatique" {
				    compétence CP9 "Intervenir sur les éléments de l'infrastructure" {
				        correspond à TAI_2018.CP3
				    }
				}
				""";
		Files.writeString(tai2023, text);
		LspClient client = connect();
		client.initialize(List.of(first, second));
		client.open(tai2023, text);
		assertEquals(2, withCode(client.diagnostics(tai2023, d -> hasCode(d, LINKING)), LINKING).getRange().getStart().getLine(),
				"TAI_2018 is in the other workspace folder");

		// In its own folder, it is seen.
		Path copy = Files.writeString(second.resolve("tai-2018.referentiel"), old);
		client.server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
				List.of(new org.eclipse.lsp4j.FileEvent(LspClient.uri(copy), org.eclipse.lsp4j.FileChangeType.Created))));
		client.diagnostics(tai2023, d -> !hasCode(d, LINKING));
	}

	@Test
	void aFileOpenedWithoutWorkspaceSeesItsNeighboursAndItsSettings() throws Exception {
		Path folder = Files.createDirectories(workspace.resolve("sans projet"));
		Files.writeString(folder.resolve("referentiel.properties"), "doubleSpace = error\n");
		Files.writeString(folder.resolve("ancien.referentiel"), """
				référentiel TAI_2018 "Technicien d'assistance en informatique" {
				    compétence CP1 "Traiter un incident" {
				    }
				}
				""");
		// On disk as opened: whichever reading the server publishes first, it must see the neighbour.
		String text = Files.readString(corpus("doubleSpace.referentiel")).replace("prise en compte.\n    }",
				"prise en compte.\n        correspond à TAI_2018.CP1\n    }");
		Path file = Files.writeString(folder.resolve("espaces.referentiel"), text);
		LspClient client = connect();
		client.initialize((Path) null);
		client.open(file, text);

		List<Diagnostic> diagnostics = client.diagnostics(file, d -> hasCode(d, DOUBLE_SPACE));
		assertEquals(DiagnosticSeverity.Error, withCode(diagnostics, DOUBLE_SPACE).getSeverity(),
				"referentiel.properties makes the double space an error");
		assertTrue(!hasCode(diagnostics, LINKING), "TAI_2018.CP1 is found in the neighbouring file: " + diagnostics);
	}
}
