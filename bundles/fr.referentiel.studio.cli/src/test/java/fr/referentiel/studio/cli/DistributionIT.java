/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ServerCapabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built distribution's bin/referentiel, run as a separate process as users run it. */
class DistributionIT {

	@TempDir
	Path tmp;

	private record Result(int exitCode, String out, String err) {
	}

	private static Result referentiel(Path workDir, String... args) throws IOException, InterruptedException {
		return referentiel(workDir, Map.of(), args);
	}

	/** The script with {@code environment} added to the user's (REFERENTIEL_JAVA_OPTS, say). */
	private static Result referentiel(Path workDir, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		return run(script(), workDir, environment, args);
	}

	/** {@code script} (the built one, or a copy of the distribution's) as a process, {@code environment} added. */
	private static Result run(Path script, Path workDir, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(script.toString()));
		command.addAll(List.of(args));
		Path out = workDir.resolve(".stdout");
		Path err = workDir.resolve(".stderr");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
				.redirectOutput(out.toFile()).redirectError(err.toFile());
		// Each call runs in a process of its own unless a test asks for the resident process (and its own folder for it).
		builder.environment().put("REFERENTIEL_RESIDENT", "non");
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(); // never left running behind the build
			fail("the command ends: " + String.join(" ", args) + " " + environment + "\n" + Files.readString(err, StandardCharsets.UTF_8));
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	@Test
	void theAnswersPrintedWithoutJavaAreTheCommandLinesOwn() throws Exception {
		// --debug makes the command line read fully by picocli, as any other command line.
		for (String[] quick : List.of(new String[] { "--help" }, new String[] { "--version" }, new String[] { "formats" })) {
			Result fast = referentiel(tmp, quick);
			Result full = referentiel(tmp, quick[0], "--debug");
			assertEquals(0, fast.exitCode(), fast.toString());
			assertEquals(full.out(), fast.out(), quick[0]);
			assertTrue(fast.out().length() > 20, fast.out());
		}
		assertEquals(referentiel(tmp, "--help").out(), referentiel(tmp).out(), "without a command, the help");
	}

	@Test
	void exportsTheTaiExampleLikeTheReadmeSays() throws Exception {
		Path tai = Files.copy(CliRun.example("tai-2023.referentiel"), tmp.resolve("tai-2023.referentiel"));
		Result result = referentiel(tmp, "export", tai.getFileName().toString(), "--format", "html,csv,markdown",
				"--out", "out");
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals(List.of("tai-2023.csv", "tai-2023.html", "tai-2023.md"), CliRun.list(tmp.resolve("out")));
		assertFalse(result.err().contains("WARNING"), "no JVM warning reaches the user: " + result.err());
	}

	@Test
	void comparesTwoVersionsLikeTheReadmeSays() throws Exception {
		Path old = Files.copy(CliRun.example("tai-2023.referentiel"), tmp.resolve("tai-2018.referentiel"));
		Files.writeString(tmp.resolve("tai-2023.referentiel"), Files.readString(old)
				.replace("référentiel TAI_2023 ", "référentiel TAI_2024 ")
				.replace("\"Intervenir sur un annuaire Active Directory\"", "\"Intervenir sur un annuaire LDAP\""));
		Result result = referentiel(tmp, "compare", "tai-2018.referentiel", "tai-2023.referentiel", "--out", "comparaison");
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().startsWith("tai-2018.referentiel → tai-2023.referentiel : 1 modifié, "), result.out());
		assertEquals(List.of("tai-2023.appariements.csv", "tai-2023.changements.html", "tai-2023.changements.md",
				"tai-2023.comparaison.json", "tai-2023.correspondance.csv", "tai-2023.correspondance.html",
				"tai-2023.correspondance.md", "tai-2023.correspondances.xml"), CliRun.list(tmp.resolve("comparaison")));
		assertFalse(result.err().contains("WARNING"), "no JVM warning reaches the user: " + result.err());
	}

	/**
	 * The JVM takes a class cache only if made with the same JDK build and the same jars, to their
	 * times: the cache the build recorded serves the distribution as built (or unpacked from the .tar.gz);
	 * a copy whose times changed (as a .zip unpacked, which keeps them to two seconds and in local time)
	 * gets a cache of the user's own, recorded once in the background, and used from the next run on.
	 * Which cache a run took, if any, its class-loading log says; the outputs are the same with or without.
	 */
	@Test
	void aClassCacheServesTheDistributionAsBuiltAndACopyGetsItsOwnAfterItsFirstRun() throws Exception {
		Path built = script().getParent().getParent();
		Files.copy(CliRun.example("tai-2023.referentiel"), tmp.resolve("tai-2023.referentiel"));
		Path userCache = tmp.resolve("cache");
		Map<String, String> environment = Map.of("XDG_CACHE_HOME", userCache.toString());
		boolean aotCache = Files.exists(built.resolve("lib/referentiel.aot")); // recorded by a build on Java 25+
		if (aotCache) {
			Result asBuilt = run(script(), tmp, withClassLog(environment, "as-built.log"), "export", "tai-2023.referentiel", "--out", "as-built");
			assertEquals(0, asBuilt.exitCode(), asBuilt.toString());
			assertTrue(classesFromCache(tmp.resolve("as-built.log")) > 1000, "the build's cache serves the distribution as built");
			assertFalse(Files.exists(userCache), "nothing recorded for the distribution as built");
		}
		Path copy = copyOf(built, tmp.resolve("copie")); // new times, as a .zip unpacked gives
		Path copiedScript = copy.resolve("bin/referentiel");
		copiedScript.toFile().setExecutable(true);
		Result first = run(copiedScript, tmp, withClassLog(environment, "first.log"), "export", "tai-2023.referentiel", "--out", "first");
		assertEquals(0, first.exitCode(), first.toString());
		assertEquals(0, classesFromCache(tmp.resolve("first.log")), "the build's cache does not serve a copy with other times");
		Path recorded = null;
		for (int i = 0; i < 240 && recorded == null; i++) {
			Thread.sleep(500);
			try (var cached = Files.list(userCache.resolve("referentiel"))) {
				recorded = cached.filter(f -> f.toString().endsWith(".aot") || f.toString().endsWith(".jsa")).findFirst().orElse(null);
			} catch (IOException notYet) {
				// the folder is made by the recording
			}
		}
		assertNotNull(recorded, "a cache recorded in the background under " + userCache);
		for (int i = 0; i < 60 && Files.exists(userCache.resolve("referentiel/recording.lock")); i++) {
			Thread.sleep(500); // the recording cleans up after it renames its cache
		}
		assertEquals(List.of(recorded.getFileName().toString()), CliRun.list(userCache.resolve("referentiel")),
				"the cache alone is left, no training folder nor lock");
		Result second = run(copiedScript, tmp, withClassLog(environment, "second.log"), "export", "tai-2023.referentiel", "--out", "second");
		assertEquals(0, second.exitCode(), second.toString());
		assertTrue(classesFromCache(tmp.resolve("second.log")) > 1000, "the user's cache serves the next run");
		assertEquals(first.err(), second.err());
		Map<String, byte[]> firstFiles = contents(tmp.resolve("first"));
		Map<String, byte[]> secondFiles = contents(tmp.resolve("second"));
		assertEquals(firstFiles.keySet(), secondFiles.keySet());
		for (String name : firstFiles.keySet()) {
			assertArrayEquals(firstFiles.get(name), secondFiles.get(name), name);
		}
	}

	/** {@code environment} with the JVM writing which class it loads from where into {@code log}, in the work folder. */
	private Map<String, String> withClassLog(Map<String, String> environment, String log) {
		Map<String, String> withLog = new java.util.HashMap<>(environment);
		withLog.put("REFERENTIEL_JAVA_OPTS", "-Xlog:class+load=info:file=" + tmp.resolve(log));
		return withLog;
	}

	/** How many of the language's classes (not the JDK's, which its own archive holds) came from a class cache. */
	private static long classesFromCache(Path classLog) throws IOException {
		try (var lines = Files.lines(classLog)) {
			return lines.filter(l -> l.contains(" org.eclipse.") && l.contains("source: shared objects file")).count();
		}
	}

	@Test
	void badInputGivesOneClearLineAndNoStackTrace() throws Exception {
		Result result = referentiel(tmp, "validate", "introuvable.referentiel");
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("Fichier introuvable : « introuvable.referentiel ». Vérifiez le chemin.", result.err().strip());
	}

	@Test
	void runningOutOfClassSpaceIsTheOutOfMemoryMessageAndExitCodeThreeWherever() throws Exception {
		// Found by the audit: -XX:MaxMetaspaceSize=8m ended with the JVM's « Exception: java.lang.OutOfMemoryError
		// thrown from the UncaughtExceptionHandler » and exit 1, the code of a referential with errors. The
		// class space runs out at a different place for each size (picocli, Guice, the check, an exporter in a
		// thread of the pool): whichever, the message and the code must be the same.
		Path tai = Files.copy(CliRun.example("tai-2023.referentiel"), tmp.resolve("tai-2023.referentiel"));
		int failed = 0;
		for (int megabytes : List.of(4, 6, 8, 10, 12, 16, 24, 32)) {
			Result result = referentiel(tmp, Map.of("REFERENTIEL_JAVA_OPTS", "-XX:MaxMetaspaceSize=" + megabytes + "m"),
					"export", tai.getFileName().toString(), "--out", "out-" + megabytes);
			String seen = megabytes + " Mo: exit " + result.exitCode() + "\n" + result.err();
			assertFalse(result.err().contains("Exception in thread") || result.err().contains("Exception: java")
					|| result.err().contains("\tat "), "no trace: " + seen);
			if (result.exitCode() == 0) {
				continue; // enough room for this export
			}
			failed++;
			assertEquals(3, result.exitCode(), seen);
			assertTrue(result.err().contains("Mémoire insuffisante : Java a manqué de place pour le code qu'il charge (Metaspace)")
					&& result.err().contains("-XX:MaxMetaspaceSize=512m"), seen);
			assertEquals(List.of(), CliRun.list(tmp.resolve("out-" + megabytes)), "nothing written: " + seen);
		}
		assertTrue(failed > 0, "4 MB of class space cannot hold Référentiel Studio: the test would test nothing");
	}

	@Test
	void anExportKilledMidwayLeavesEveryPreviousFileWholeAndTheNextRunCleansUp() throws Exception {
		Path input = tmp.resolve("grand.referentiel");
		Files.writeString(input, CliRun.manyCompetences("Version 1", 10_000));
		assertEquals(0, referentiel(tmp, "export", "grand.referentiel", "--format", "html,csv,markdown", "--out", "out").exitCode());
		Map<String, byte[]> previous = contents(tmp.resolve("out"));
		assertEquals(List.of("grand.csv", "grand.html", "grand.md"), List.copyOf(previous.keySet()));
		Files.writeString(input, CliRun.manyCompetences("Version 2", 10_000));
		assertEquals(0, referentiel(tmp, "export", "grand.referentiel", "--format", "html,csv,markdown", "--out", "complete").exitCode());
		Map<String, byte[]> next = contents(tmp.resolve("complete"));

		// Killed (SIGKILL, no shutdown hook runs) as soon as the first document is rendered.
		Path err = tmp.resolve(".stderr-killed");
		ProcessBuilder killed = new ProcessBuilder(script().toString(), "export", "grand.referentiel", "--format", "html,csv,markdown", "--out", "out")
				.directory(tmp.toFile()).redirectOutput(tmp.resolve(".stdout-killed").toFile()).redirectError(err.toFile());
		killed.environment().put("REFERENTIEL_RESIDENT", "non");
		Process process = killed.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (process.isAlive() && !new String(Files.readAllBytes(err), StandardCharsets.UTF_8).contains("[1/3]") && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		process.destroyForcibly();
		assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the process is killed");

		// Each file is the previous one or the new one, whole; never a mix or a truncated file.
		for (Map.Entry<String, byte[]> file : contents(tmp.resolve("out")).entrySet()) {
			byte[] bytes = file.getValue();
			assertTrue(java.util.Arrays.equals(bytes, previous.get(file.getKey()))
					|| java.util.Arrays.equals(bytes, next.get(file.getKey())), file.getKey() + " is whole");
		}
		assertEquals(previous.keySet(), contents(tmp.resolve("out")).keySet(), "no other visible file");

		// The next run writes everything and removes any temporary file the killed one left.
		assertEquals(0, referentiel(tmp, "export", "grand.referentiel", "--format", "html,csv,markdown", "--out", "out").exitCode());
		assertEquals(List.of("grand.csv", "grand.html", "grand.md"), CliRun.list(tmp.resolve("out")));
		contents(tmp.resolve("out")).forEach((name, bytes) -> assertArrayEquals(next.get(name), bytes, name));
	}

	@Test
	void theLanguageServerAnswersAnEditorOverStandardInputAndOutput() throws Exception {
		Path broken = Files.copy(Path.of(System.getProperty("referentiel.validationCorpus")).resolve("unresolvedReference.referentiel"),
				tmp.resolve("incident.referentiel"));
		String text = Files.readString(broken);
		Path err = tmp.resolve(".stderr-lsp");
		Process process = new ProcessBuilder(script().toString(), "lsp").directory(tmp.toFile())
				.redirectError(err.toFile()).start();
		try {
			LspClient client = new LspClient(process.getInputStream(), process.getOutputStream());
			ServerCapabilities capabilities = client.initialize(tmp).getCapabilities();
			assertNotNull(capabilities.getCompletionProvider());
			assertTrue(capabilities.getCodeActionProvider().getLeft());

			client.open(broken, text);
			Diagnostic unknown = client.diagnostics(broken, d -> !d.isEmpty()).stream()
					.filter(d -> d.getMessage().getLeft().startsWith("Référence inconnue")).findFirst().orElseThrow();
			assertEquals(19, unknown.getRange().getStart().getLine());

			Position reference = LspClient.positionOf(text, "CP01");
			List<String> labels = LspClient.await(client.server.getTextDocumentService()
					.completion(new CompletionParams(LspClient.document(broken), reference))).getRight().getItems().stream()
					.map(CompletionItem::getLabel).toList();
			assertTrue(labels.contains("CP1 — Traiter un incident dans un centre de services"), labels.toString());

			LspClient.await(client.server.shutdown());
			client.server.exit();
			assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server ends on exit");
			assertEquals(0, process.exitValue());
		} finally {
			process.destroyForcibly();
		}
		String log = Files.readString(err, StandardCharsets.UTF_8);
		assertFalse(log.contains("WARNING"), "no JVM warning: " + log);
	}

	@Test
	void theLanguageServerOutOfMemoryExitsSoThatTheEditorRestartsItAndWritesNothingOnItsChannel() throws Exception {
		// Under the size limit, far more than a 48 MB heap can parse: alive and deaf would be the worst outcome.
		String big = CliRun.manyCompetences("Grand", 50_000);
		Path file = tmp.resolve("grand.referentiel");
		ProcessBuilder builder = new ProcessBuilder(script().toString(), "lsp").directory(tmp.toFile())
				.redirectError(tmp.resolve(".stderr-oom").toFile());
		builder.environment().put("REFERENTIEL_JAVA_OPTS", "-Xmx48m");
		Process process = builder.start();
		java.io.ByteArrayOutputStream channel = new java.io.ByteArrayOutputStream();
		Thread reader = new Thread(() -> {
			try {
				process.getInputStream().transferTo(channel);
			} catch (IOException e) {
				// the process ended
			}
		});
		reader.start();
		try {
			com.google.gson.JsonObject open = new com.google.gson.JsonObject();
			open.addProperty("jsonrpc", "2.0");
			open.addProperty("method", "textDocument/didOpen");
			com.google.gson.JsonObject document = new com.google.gson.JsonObject();
			document.addProperty("uri", file.toUri().toString());
			document.addProperty("languageId", "referentiel");
			document.addProperty("version", 1);
			document.addProperty("text", big);
			com.google.gson.JsonObject params = new com.google.gson.JsonObject();
			params.add("textDocument", document);
			open.add("params", params);
			String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
					+ tmp.toUri() + "\",\"capabilities\":{}}}";
			String initialized = "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}";
			try (java.io.OutputStream in = process.getOutputStream()) {
				for (String body : List.of(initialize, initialized, open.toString())) {
					byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
					in.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
					in.write(bytes);
					in.flush();
				}
				assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the server ends once out of memory");
			} catch (IOException e) {
				assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the server ends once out of memory");
			}
			assertEquals(3, process.exitValue());
			reader.join(10_000);
			String out = channel.toString(StandardCharsets.UTF_8);
			assertFalse(out.contains("OutOfMemoryError") || out.contains("Terminating"), "nothing but LSP messages on its channel: " + out);
			assertTrue(out.isEmpty() || out.startsWith("Content-Length: "), out);
		} finally {
			process.destroyForcibly();
		}
	}

	@Test
	void neovimSevenGetsWhatTheDocsSayWithTheDocumentedSetUp() throws Exception {
		// Debian 12's Neovim, with the init.lua of docs/language-server.md as a user copies it.
		Process version;
		try {
			version = new ProcessBuilder("nvim", "--version").redirectErrorStream(true).start();
		} catch (IOException e) {
			org.junit.jupiter.api.Assumptions.assumeTrue(false, "Neovim is not installed");
			return;
		}
		String installed = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		version.waitFor();
		String docs = Files.readString(Path.of(System.getProperty("referentiel.docs", "../../docs")).resolve("language-server.md"));
		String section = docs.substring(docs.indexOf("## Neovim 0.7"));
		String init = section.substring(section.indexOf("```lua\n") + "```lua\n".length(), section.indexOf("```\n", section.indexOf("```lua\n") + 6));
		Files.writeString(tmp.resolve("init.lua"), init);
		// What the documentation says a user gets: problems, outline, hover (K), symbol search, formatting.
		Files.writeString(tmp.resolve("check.lua"), """
				local out = {}
				-- Whatever fails, the lines so far and the error are written and Neovim quits: the test shows them.
				local ok, failure = pcall(function()
				vim.wait(90000, function() return #vim.diagnostic.get(0) > 0 end, 200)
				table.insert(out, 'filetype ' .. vim.bo.filetype)
				for _, d in ipairs(vim.diagnostic.get(0)) do
				  table.insert(out, (d.lnum + 1) .. ':' .. (d.col + 1) .. ': ' .. d.message)
				end
				for _, client in pairs((vim.lsp.get_clients or vim.lsp.get_active_clients)()) do
				  table.insert(out, 'signatureHelp: ' .. tostring(client.server_capabilities.signatureHelpProvider))
				end
				local document = vim.lsp.util.make_text_document_params()
				local function ask(method, params)
				  for _, answer in pairs(vim.lsp.buf_request_sync(0, method, params, 20000) or {}) do
				    return answer.result
				  end
				end
				local function outline(symbols, depth)
				  for _, symbol in ipairs(symbols or {}) do
				    table.insert(out, string.rep('  ', depth) .. symbol.kind .. ' ' .. symbol.name)
				    outline(symbol.children, depth + 1)
				  end
				end
				outline(ask('textDocument/documentSymbol', { textDocument = document }), 0)
				table.insert(out, 'comment: ' .. vim.inspect(ask('textDocument/hover', { textDocument = document, position = { line = 0, character = 3 } })))
				local hover = ask('textDocument/hover', { textDocument = document, position = { line = 7, character = 21 } })
				table.insert(out, vim.split(hover.contents.value, '\\n')[1])
				for _, symbol in ipairs(ask('workspace/symbol', { query = 'DEPANNER' }) or {}) do
				  table.insert(out, symbol.kind .. ' ' .. symbol.name)
				end
				vim.api.nvim_buf_set_lines(0, 2, 3, false, { 'type     REAC' })
				-- The request of :lua vim.lsp.buf.formatting(), waited for (formatting_sync is gone from 0.10).
				local edits = ask('textDocument/formatting', { textDocument = document, options = { tabSize = 4, insertSpaces = true } })
				vim.lsp.util.apply_text_edits(edits, 0, 'utf-16')
				table.insert(out, vim.api.nvim_buf_get_lines(0, 2, 3, false)[1])
				end)
				if not ok then table.insert(out, 'erreur : ' .. tostring(failure)) end
				vim.fn.writefile(out, 'diagnostics.txt')
				vim.cmd('qa!')
				""");
		Files.copy(Path.of(System.getProperty("referentiel.validationCorpus")).resolve("doubleSpace.referentiel"),
				tmp.resolve("espaces.referentiel"));
		ProcessBuilder nvim = new ProcessBuilder("nvim", "--headless", "-u", "init.lua", "espaces.referentiel", "+luafile check.lua")
				.directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve(".nvim").toFile());
		nvim.environment().put("PATH", script().getParent() + java.io.File.pathSeparator + System.getenv("PATH"));
		Process process = nvim.start();
		boolean ended = process.waitFor(150, TimeUnit.SECONDS);
		process.destroyForcibly();
		assertTrue(ended, () -> "Neovim ends: " + readIfThere(tmp.resolve(".nvim")));
		assertEquals(List.of("filetype referentiel",
				"14:25: Plusieurs espaces se suivent dans ce texte. Laissez une seule espace.",
				"signatureHelp: nil",
				"2 TAI_2023 — Technicien d'assistance en informatique", // Module
				"  5 AT1 — Assister ou dépanner les utilisateurs", // Class
				"  12 CP1 — Traiter un incident dans un centre de services", // Function
				"    8 Critère : La demande d'intervention est prise en compte.", // Field, on one line
				"  4 CCP1 — Assister ou dépanner les utilisateurs", // Package
				"    24 Modalité Mise en situation professionnelle", // Event
				"comment: nil",
				"**Compétence CP1 (n° 1)** — Traiter un incident dans un centre de services",
				"5 TAI_2023.AT1 — Assister ou dépanner les utilisateurs", // found by a title word without its accent
				"4 TAI_2023.CCP1 — Assister ou dépanner les utilisateurs",
				"    type REAC"), // formatted
				Files.readAllLines(tmp.resolve("diagnostics.txt")), installed.lines().findFirst().orElse(""));
	}

	/** What a process wrote, for a failure's message. */
	private static String readIfThere(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return "(" + e + ")";
		}
	}

	/**
	 * The resident process: the first call from a folder runs in a process of its own and starts it;
	 * the next calls from that folder are served by it with the same outputs, messages and exit codes
	 * as a process of its own gives; a call from another folder, or with other Java options, is not;
	 * a connection without the user's token gets nothing.
	 */
	@Test
	void theCallsAfterTheFirstAreServedByTheResidentProcessWithTheSameOutputsMessagesAndExitCodes() throws Exception {
		Map<String, String> resident = resident();
		Path work = Files.createDirectories(tmp.resolve("travail"));
		Files.copy(CliRun.example("tai-2023.referentiel"), work.resolve("tai-2023.referentiel"));
		Files.writeString(work.resolve("faux.referentiel"), "référentiel FAUX \"Faux\" {\n    activité type AT1 \"Sans fin\" {\n");
		Result first = run(script(), work, resident, "export", "tai-2023.referentiel", "--format", "html,csv,markdown", "--out", "premier");
		assertEquals(0, first.exitCode(), first.toString());
		assertFalse(first.err().contains(SERVED), "the first call runs in a process of its own");
		Path state = residentState();

		Result served = run(script(), work, resident, "export", "tai-2023.referentiel", "--format", "html,csv,markdown", "--out", "servi", "--debug");
		assertEquals(0, served.exitCode(), served.toString());
		assertTrue(served.err().contains(SERVED), served.err());
		assertEquals(first.err(), withoutServedLine(served.err()), "the same warnings and progress, in the same order");
		assertEquals(first.out().replaceAll("« premier » en [0-9,]+ s", ""), served.out().replaceAll("« servi » en [0-9,]+ s", ""));
		Map<String, byte[]> alone = contents(work.resolve("premier"));
		Map<String, byte[]> byResident = contents(work.resolve("servi"));
		assertEquals(List.of("tai-2023.csv", "tai-2023.html", "tai-2023.md"), List.copyOf(byResident.keySet()));
		alone.forEach((name, bytes) -> assertArrayEquals(bytes, byResident.get(name), name));

		// An invalid referential and a usage error: the same report and exit code as a process of its own.
		for (String[] call : List.of(new String[] { "validate", "faux.referentiel" }, new String[] { "validate", "./faux.referentiel", "../travail/tai-2023.referentiel" },
				new String[] { "export", "tai-2023.referentiel", "--format", "html" }, new String[] { "export", "--help" })) {
			Result own = run(script(), work, Map.of(), call);
			List<String> debug = new ArrayList<>(List.of(call));
			debug.add("--debug");
			Result byIt = run(script(), work, resident, debug.toArray(String[]::new));
			assertTrue(byIt.err().contains(SERVED), byIt.err());
			assertEquals(own.exitCode(), byIt.exitCode(), String.join(" ", call));
			assertEquals(own.out(), byIt.out(), String.join(" ", call));
			assertEquals(own.err(), withoutServedLine(byIt.err()), String.join(" ", call));
		}
		assertEquals(1, run(script(), work, resident, "validate", "faux.referentiel").exitCode());
		assertTrue(run(script(), work, Map.of(), "validate", "faux.referentiel").out().contains("faux.referentiel:"), "the report names the file as given");

		// Calls made together: each served in turn (or, behind a long one, run on its own), each whole.
		List<Process> together = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			ProcessBuilder call = new ProcessBuilder(script().toString(), "export", "tai-2023.referentiel", "--format", "html,csv,markdown",
					"--out", "ensemble-" + i).directory(work.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.redirectError(ProcessBuilder.Redirect.DISCARD);
			call.environment().putAll(resident);
			together.add(call.start());
		}
		for (int i = 1; i <= 3; i++) {
			assertTrue(together.get(i - 1).waitFor(120, TimeUnit.SECONDS));
			assertEquals(0, together.get(i - 1).exitValue());
			Map<String, byte[]> made = contents(work.resolve("ensemble-" + i));
			assertEquals(alone.keySet(), made.keySet());
			alone.forEach((name, bytes) -> assertArrayEquals(bytes, made.get(name), name));
		}

		// Another folder, other Java options: another identity, so not this process.
		Path elsewhere = Files.createDirectories(tmp.resolve("ailleurs"));
		Files.copy(CliRun.example("tai-2023.referentiel"), elsewhere.resolve("tai-2023.referentiel"));
		assertFalse(run(script(), elsewhere, resident, "validate", "tai-2023.referentiel", "--debug").err().contains(SERVED));
		Map<String, String> otherOptions = new java.util.HashMap<>(resident);
		otherOptions.put("REFERENTIEL_JAVA_OPTS", "-Dreferentiel.essai=1");
		assertFalse(run(script(), work, otherOptions, "validate", "tai-2023.referentiel", "--debug").err().contains(SERVED));

		// Without the client token read from the user's state file, a connection gets nothing run.
		String[] published = Files.readString(state).trim().split(" ");
		try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), Integer.parseInt(published[0]))) {
			socket.setSoTimeout(10_000);
			java.io.InputStream in = socket.getInputStream();
			String greeting = new String(in.readNBytes(ResidentProcess.GREETING.length() + published[1].length() + 1), StandardCharsets.US_ASCII);
			assertEquals(ResidentProcess.GREETING + published[1] + "\n", greeting, "it proves it knows the server token");
			socket.getOutputStream().write(("0".repeat(32) + "\0x\0" + "0\0" + "1\0validate\0").getBytes(StandardCharsets.US_ASCII));
			assertEquals(-1, in.read(), "closed without a word");
		}
		assertTrue(run(script(), work, resident, "validate", "tai-2023.referentiel", "--debug").err().contains(SERVED), "still serving");
	}

	/**
	 * A served call whose caller is killed ends the resident process, as it ends a process of its
	 * own: each output is the previous one or the new one, whole, and the next call (in a process of
	 * its own, which starts another) writes everything.
	 */
	@Test
	void aServedCallWhoseCallerIsKilledEndsTheResidentProcessAndLeavesEveryFileWhole() throws Exception {
		Map<String, String> resident = resident();
		Path work = Files.createDirectories(tmp.resolve("travail"));
		Path input = work.resolve("grand.referentiel");
		Files.writeString(input, CliRun.manyCompetences("Version 1", 10_000));
		assertEquals(0, run(script(), work, resident, "export", "grand.referentiel", "--format", "html,csv,markdown", "--out", "out").exitCode());
		Map<String, byte[]> previous = contents(work.resolve("out"));
		Path state = residentState();
		long pid = residentPid(state);
		Files.writeString(input, CliRun.manyCompetences("Version 2", 10_000));
		Result complete = run(script(), work, resident, "export", "grand.referentiel", "--format", "html,csv,markdown", "--out", "complete", "--debug");
		assertTrue(complete.err().contains(SERVED), complete.err());
		Map<String, byte[]> next = contents(work.resolve("complete"));

		Path err = work.resolve(".stderr-killed");
		ProcessBuilder caller = new ProcessBuilder(script().toString(), "export", "grand.referentiel", "--format", "html,csv,markdown",
				"--out", "out", "--debug").directory(work.toFile()).redirectOutput(work.resolve(".stdout-killed").toFile())
				.redirectError(err.toFile());
		caller.environment().putAll(resident);
		Process process = caller.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (process.isAlive() && !Files.readString(err, StandardCharsets.UTF_8).contains("[1/3]") && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		process.destroyForcibly();
		assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the caller is killed");
		assertEnded(pid, state, "the resident process ended with its call");
		for (Map.Entry<String, byte[]> file : contents(work.resolve("out")).entrySet()) {
			assertTrue(java.util.Arrays.equals(file.getValue(), previous.get(file.getKey()))
					|| java.util.Arrays.equals(file.getValue(), next.get(file.getKey())), file.getKey() + " is whole");
		}
		assertEquals(previous.keySet(), contents(work.resolve("out")).keySet(), "no other visible file");

		Result again = run(script(), work, resident, "export", "grand.referentiel", "--format", "html,csv,markdown", "--out", "out", "--debug");
		assertEquals(0, again.exitCode(), again.toString());
		assertFalse(again.err().contains(SERVED), "the next call runs in a process of its own");
		contents(work.resolve("out")).forEach((name, bytes) -> assertArrayEquals(next.get(name), bytes, name));
	}

	/**
	 * Out of memory in a served call: the call gets the message and exit code of a process of its
	 * own, nothing is written, and the resident process ends, so the next call has a fresh one.
	 */
	@Test
	void aServedCallOutOfMemoryGetsTheUsualMessageAndEndsTheResidentProcess() throws Exception {
		Map<String, String> resident = resident("REFERENTIEL_JAVA_OPTS", "-Xmx64m");
		Path work = Files.createDirectories(tmp.resolve("travail"));
		Files.copy(CliRun.example("tai-2023.referentiel"), work.resolve("tai-2023.referentiel"));
		Files.writeString(work.resolve("grand.referentiel"), CliRun.manyCompetences("Grand", 60_000)); // 9 MB: far more than 64 MB once read
		assertEquals(0, run(script(), work, resident, "validate", "tai-2023.referentiel").exitCode(), "64 MB hold the TAI example");
		Path state = residentState();
		long pid = residentPid(state);
		Result outOfMemory = run(script(), work, resident, "export", "grand.referentiel", "--format", "html", "--out", "sortie", "--debug");
		assertEquals(3, outOfMemory.exitCode(), outOfMemory.toString());
		assertTrue(outOfMemory.err().contains(SERVED), outOfMemory.err());
		assertTrue(outOfMemory.err().contains("Mémoire insuffisante : Java a manqué de mémoire ("), outOfMemory.err());
		assertFalse(outOfMemory.err().contains("\tat "), outOfMemory.err());
		assertFalse(Files.exists(work.resolve("sortie")), "nothing written");
		assertEnded(pid, state, "the resident process ended after the call");
		Result next = run(script(), work, resident, "validate", "tai-2023.referentiel", "--debug");
		assertEquals(0, next.exitCode(), next.toString());
		assertFalse(next.err().contains(SERVED), "the next call runs in a process of its own");
	}

	/** An upgrade in place (a jar of the installation changes): the resident process sees it and ends by itself. */
	@Test
	void theResidentProcessEndsWhenAJarOfItsInstallationChanges() throws Exception {
		Path copy = copyOf(script().getParent().getParent(), tmp.resolve("installation"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
		Path copiedScript = copy.resolve("bin/referentiel");
		Map<String, String> resident = resident("XDG_CACHE_HOME", tmp.resolve("cache").toString());
		Files.copy(CliRun.example("tai-2023.referentiel"), tmp.resolve("tai-2023.referentiel"));
		assertEquals(0, run(copiedScript, tmp, resident, "validate", "tai-2023.referentiel").exitCode());
		Path state = residentState();
		long pid = residentPid(state);
		assertTrue(run(copiedScript, tmp, resident, "validate", "tai-2023.referentiel", "--debug").err().contains(SERVED));
		try (var jars = Files.list(copy.resolve("lib"))) {
			Path jar = jars.filter(f -> f.toString().endsWith(".jar")).sorted().findFirst().orElseThrow();
			Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
		}
		assertEnded(pid, state, "it ended by itself");
		Result upgraded = run(copiedScript, tmp, resident, "validate", "tai-2023.referentiel", "--debug");
		assertEquals(0, upgraded.exitCode(), upgraded.toString());
		assertFalse(upgraded.err().contains(SERVED), "the upgraded installation's first call runs on its own");
	}

	/**
	 * The resident process keeps none of its first caller's descriptors (a script reading that
	 * call's output through a pipe ends with the call), and a folder whose name the locale cannot
	 * write gets none at all, once: the calls from there run on their own, as they always did.
	 */
	@Test
	void theResidentProcessHoldsNoPipeOfItsCallerAndLeavesUnnameableFoldersAlone() throws Exception {
		Map<String, String> resident = resident();
		Path work = Files.createDirectories(tmp.resolve("travail"));
		Files.copy(CliRun.example("tai-2023.referentiel"), work.resolve("tai-2023.referentiel"));
		// Its descriptor 9 is the pipe cat reads: cat ends when every writer has closed it.
		ProcessBuilder piped = new ProcessBuilder("bash", "-c", "{ \"$0\" validate tai-2023.referentiel 9>&1 >/dev/null 2>&1; } | cat",
				script().toString()).directory(work.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
		piped.environment().putAll(resident);
		Process pipeline = piped.start();
		assertTrue(pipeline.waitFor(60, TimeUnit.SECONDS), "the pipeline ends with the call, not with the resident process");
		residentState();
		assertTrue(run(script(), work, resident, "validate", "tai-2023.referentiel", "--debug").err().contains(SERVED));
		endResidentProcesses();

		Path unnameable = Files.createDirectories(tmp.resolve("référentiels"));
		Files.copy(CliRun.example("tai-2023.referentiel"), unnameable.resolve("tai-2023.referentiel"));
		Map<String, String> posix = new java.util.HashMap<>(resident);
		posix.put("LANG", "C");
		posix.put("LC_ALL", "C");
		// (Java itself, in a process of its own, cannot open the file there: its absolute name holds « ? ».)
		Result first = run(script(), unnameable, posix, "validate", "tai-2023.referentiel");
		Path folder = runtime().resolve("referentiel/resident");
		for (int i = 0; i < 240 && !hasFileEndingWith(folder, ".unusable"); i++) {
			Thread.sleep(250);
		}
		assertTrue(hasFileEndingWith(folder, ".unusable"), "the resident process saw it could not serve there");
		assertFalse(hasFileEndingWith(folder, ".state") || hasFileEndingWith(folder, ".starting"), "and left");
		Result next = run(script(), unnameable, posix, "validate", "tai-2023.referentiel");
		assertEquals(first, next, "the same as a process of its own, being one");
		Thread.sleep(1000);
		assertFalse(hasFileEndingWith(folder, ".starting"), "none started again");
	}

	private static boolean hasFileEndingWith(Path folder, String suffix) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (var files = Files.list(folder)) {
			return files.anyMatch(f -> f.getFileName().toString().endsWith(suffix));
		}
	}

	/** The folder of the resident processes a test starts: its own, and they end with it. */
	private Path runtime() {
		return tmp.resolve("run");
	}

	/** The environment of calls that may be served by a resident process of {@link #runtime}, and {@code more} (names, values). */
	private Map<String, String> resident(String... more) throws IOException {
		Map<String, String> environment = new java.util.HashMap<>(Map.of("REFERENTIEL_RESIDENT", "oui",
				"XDG_RUNTIME_DIR", Files.createDirectories(runtime()).toString()));
		for (int i = 0; i < more.length; i += 2) {
			environment.put(more[i], more[i + 1]);
		}
		return environment;
	}

	/** The process a state file names (its fourth field: port, server token, client token, process). */
	private static long residentPid(Path state) throws IOException {
		return Long.parseLong(Files.readString(state).trim().split(" ")[3]);
	}

	/** The resident process {@code pid} ends within ten seconds, and its state file with it. */
	private static void assertEnded(long pid, Path state, String why) throws InterruptedException {
		for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
			Thread.sleep(100);
		}
		assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), why);
		assertFalse(Files.exists(state), why + ": its state file too");
	}

	/** A copy of the folder {@code from} at {@code to}, its files copied with {@code options}. */
	private static Path copyOf(Path from, Path to, java.nio.file.CopyOption... options) throws IOException {
		try (var files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target, options);
				}
			}
		}
		return to;
	}

	/** What the resident process adds to the error stream of a call it served with --debug. */
	private static final String SERVED = "commande servie par le processus résident";

	private static String withoutServedLine(String err) {
		return err.replaceAll("(?m)^referentiel : " + SERVED + " .*\\R", "");
	}

	/** The state file the resident process publishes under {@link #runtime} once ready, waited for. */
	private Path residentState() throws Exception {
		Path folder = runtime().resolve("referentiel/resident");
		for (int i = 0; i < 240; i++) {
			try (var files = Files.list(folder)) {
				Path state = files.filter(f -> f.toString().endsWith(".state")).findFirst().orElse(null);
				if (state != null) {
					return state;
				}
			} catch (IOException notYet) {
				// made by the first call
			}
			Thread.sleep(250);
		}
		return fail("a resident process published under " + folder);
	}

	/**
	 * Ends the resident processes the test started under {@link #runtime}, those still starting too;
	 * after every test, its assertions failed or not.
	 */
	@org.junit.jupiter.api.AfterEach
	void endResidentProcesses() throws Exception {
		Path folder = runtime().resolve("referentiel/resident");
		for (int i = 0; i < 240 && Files.isDirectory(folder); i++) {
			try (var files = Files.list(folder)) {
				if (files.noneMatch(f -> f.toString().endsWith(".starting"))) {
					break;
				}
			}
			Thread.sleep(250);
		}
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (var files = Files.list(folder)) {
			for (Path state : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".state"))::iterator) {
				ProcessHandle.of(residentPid(state)).ifPresent(ProcessHandle::destroy);
			}
		}
	}

	private static Path script() {
		return Path.of(System.getProperty("referentiel.distribution", "target/referentiel"), "bin", "referentiel")
				.toAbsolutePath();
	}

	/** The visible files of a folder and their bytes, by name. */
	private static Map<String, byte[]> contents(Path folder) throws IOException {
		Map<String, byte[]> files = new java.util.TreeMap<>();
		for (String name : CliRun.list(folder)) {
			if (!name.startsWith(".")) {
				files.put(name, Files.readAllBytes(folder.resolve(name)));
			}
		}
		return files;
	}
}

