/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

import fr.referentiel.studio.dsl.ide.server.ReferentielLanguageServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "lsp",
		description = { "Démarre le serveur de langage (protocole LSP) sur l'entrée et la sortie standard, "
				+ "pour que VS Code, Neovim, Emacs ou tout éditeur client LSP montre les problèmes, "
				+ "complète les identifiants, affiche le texte d'une compétence au survol, le plan du fichier, "
				+ "la mise en forme et les corrections rapides.",
				"Ce n'est pas une commande à taper soi-même : c'est l'éditeur qui la lance. Les réglages "
						// No-break spaces inside the guillemets, so the help never wraps a line there.
						+ "«\u00a0referentiel.properties\u00a0» du dossier s'appliquent comme pour «\u00a0validate\u00a0»." },
		footerHeading = "%nConfigurer un éditeur (détails dans docs/language-server.md) :%n",
		footer = {
				"  VS Code : une petite extension cliente LSP (modèle dans la documentation)",
				"  Neovim  : vim.lsp.start({ name = 'referentiel',",
				"                            cmd = { 'referentiel', 'lsp' } })",
				// Debian 12's Neovim has no vim.lsp.start: its users are told where their set-up is.
				"            (Neovim 0.7 : vim.lsp.start_client, voir la documentation)",
				"  Emacs   : (add-to-list 'eglot-server-programs",
				"                         '(referentiel-mode \"referentiel\" \"lsp\"))",
				"",
				"Le journal du serveur (avertissements) va sur la sortie d'erreur, que l'éditeur conserve." })
class LspCommand implements Callable<Integer> {

	@Mixin
	CommonOptions common;

	@Override
	public Integer call() throws Exception {
		// Standard output carries the protocol only: anything else printed there would corrupt it.
		PrintStream protocol = System.out;
		System.setOut(System.err);
		logWarningsToStandardError();
		ReferentielLanguageServer.start(System.in, protocol).get();
		return ExitCode.OK;
	}

	/** Xtext logs through log4j, which says nothing useful until told where to write. */
	private static void logWarningsToStandardError() {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.setLevel(Level.WARN);
		root.addAppender(new ConsoleAppender(new PatternLayout("referentiel lsp : %p %c{1} - %m%n"), ConsoleAppender.SYSTEM_ERR));
	}
}
