/*
 * Copyright (c) 2026 Référentiel Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package fr.referentiel.studio.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;

/** Entry point of the `referentiel` command. */
@Command(name = "referentiel",
		description = "Vérifie, exporte, compare et importe des référentiels de certification professionnelle écrits en .referentiel.",
		versionProvider = Main.Version.class,
		footerHeading = "%nExemples :%n",
		footer = { "  referentiel export examples/tai-2023.referentiel --format html,csv,markdown --out out",
				"  referentiel validate referentiels/",
				"  referentiel compare tai-2018.referentiel tai-2023.referentiel --out comparaison",
				"  referentiel import rncp export-fiches-rncp.xml --fiche RNCP40792",
				"  referentiel export --help" })
public final class Main implements Runnable {

	/** The commands, in the order of the help. Their models are built only when a command runs (see {@link #quickAnswer}). */
	static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, ExportCommand.class, CompareCommand.class,
			ImportCommand.class, FormatsCommand.class, LspCommand.class);

	@Mixin
	CommonOptions common;

	@picocli.CommandLine.Option(names = { "-V", "--version" }, versionHelp = true,
			description = "Affiche la version et quitte.")
	boolean version;

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		quietLibraries();
		PrintWriter err = new PrintWriter(new TerminalWriter(new PrintWriter(System.err, true)), true);
		// A thread of a batch that fails out of any command's hands still gets the message, not a trace.
		Thread.setDefaultUncaughtExceptionHandler((thread, e) -> internalError(e, false, err));
		System.exit(run(args, new PrintWriter(System.out, true), err));
	}

	/**
	 * The Word and PDF libraries log through Log4j's API, which, finding no logging back end, prints
	 * its own complaint on the terminal: they are given the API's silent logger. What goes wrong is
	 * said by the command, in French.
	 */
	static void quietLibraries() {
		setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
		setIfAbsent("log4j2.statusLoggerLevel", "OFF");
	}

	private static void setIfAbsent(String property, String value) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, value);
		}
	}

	/** Runs the command in this process and returns its exit code; never throws. */
	public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
		PrintWriter out = new PrintWriter(new TerminalWriter(rawOut), true);
		PrintWriter err = new PrintWriter(new TerminalWriter(rawErr), true);
		boolean debug = Arrays.asList(args).contains("--debug");
		Integer quick = quickAnswer(args, out);
		if (quick != null) {
			out.flush();
			return quick;
		}
		CommandLine commandLine = commandLine(false);
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setParameterExceptionHandler((ParameterException e, String[] a) -> {
			err.println("Erreur d'utilisation : " + french(e.getMessage()));
			err.println("Voir « " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help ».");
			return ExitCode.USAGE;
		});
		commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
			if (e instanceof UserError user) {
				err.println(user.getMessage());
				return user.exitCode();
			}
			return internalError(e, debug, err);
		});
		int code;
		try {
			code = commandLine.execute(args);
		} catch (Throwable e) {
			// An Error (out of memory, stack overflow) passes picocli's handler: the same message, never a trace.
			code = internalError(e, debug, err);
		}
		out.flush();
		err.flush();
		return code;
	}

	/**
	 * The whole command line, or only what its own help shows ({@code helpOnly}): the name and
	 * description of each command, read from its annotation, without the model of its options,
	 * which picocli builds by reflection and which takes most of the start of a short command.
	 */
	static CommandLine commandLine(boolean helpOnly) {
		CommandLine commandLine = new CommandLine(new Main());
		for (Class<?> command : COMMANDS) {
			if (helpOnly) {
				Command annotation = command.getAnnotation(Command.class);
				CommandSpec spec = CommandSpec.create().name(annotation.name());
				spec.usageMessage().description(annotation.description());
				commandLine.addSubcommand(annotation.name(), new CommandLine(spec));
			} else {
				commandLine.addSubcommand(command);
			}
		}
		frenchHeadings(commandLine);
		return commandLine;
	}

	/**
	 * The answers that need neither the language nor the model of every command: the version, the
	 * general help and the list of formats, given as a native tool would, at once. Null for any
	 * other command line, which picocli then reads.
	 */
	static Integer quickAnswer(String[] args, PrintWriter out) {
		if (args.length != 1 && args.length != 0) {
			return null;
		}
		String only = args.length == 0 ? "--help" : args[0];
		switch (only) {
			case "--version", "-V" -> out.println(new Version().getVersion()[0]);
			case "--help", "-h" -> {
				CommandLine help = commandLine(true);
				help.setOut(out);
				help.usage(out);
			}
			case "formats" -> FormatsCommand.print(out);
			default -> {
				return null;
			}
		}
		return ExitCode.OK;
	}

	/** What the user sees of a defect or of an exhausted machine: one French paragraph and exit code 3. */
	static int internalError(Throwable e, boolean debug, PrintWriter err) {
		if (causedBy(e, OutOfMemoryError.class)) {
			// The work that took the memory is unreachable once here: printing needs little.
			err.println("Mémoire insuffisante : Java a manqué de mémoire (" + Runtime.getRuntime().maxMemory() / 1048576
					+ " Mo au plus) pour traiter ces fichiers. Rien n'a été écrit. Traitez moins de fichiers à la fois, "
					+ "ou donnez plus de mémoire à Java, par exemple : REFERENTIEL_JAVA_OPTS=-Xmx2g referentiel …");
			return ExitCode.INTERNAL;
		}
		if (debug) {
			e.printStackTrace(err);
		} else {
			err.println("Erreur interne : " + (causedBy(e, StackOverflowError.class) ? "pile d'appels épuisée" : e)
					+ ". Relancez avec --debug pour les détails, et signalez-la avec le fichier en cause.");
		}
		return ExitCode.INTERNAL;
	}

	private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (kind.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The section headings of every command's help, in French like the rest of it, its
	 * description wrapped at spaces only (see {@link #description}) and its examples never wrapped.
	 */
	private static void frenchHeadings(CommandLine commandLine) {
		commandLine.getCommandSpec().usageMessage().synopsisHeading("Utilisation : ").descriptionHeading("%n")
				.parameterListHeading("%nParamètres :%n").optionListHeading("%nOptions :%n")
				.commandListHeading("%nCommandes :%n");
		commandLine.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, Main::description);
		commandLine.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, Main::footer);
		commandLine.getSubcommands().values().forEach(Main::frenchHeadings);
	}

	/**
	 * A command's description, each paragraph wrapped to the width of the help at spaces only.
	 * Picocli wraps with the JDK's line {@code BreakIterator}, which also breaks after a dot or a
	 * slash: « écrits en . » then « referentiel. » on the next line, « <nom du fichier>. » then
	 * « <extension> ». No-break spaces keep words together, as elsewhere in the help.
	 */
	static String description(Help help) {
		UsageMessageSpec usage = help.commandSpec().usageMessage();
		StringBuilder text = new StringBuilder();
		for (String paragraph : usage.description()) {
			wrap(String.format(paragraph), usage.width(), text);
		}
		return text.toString();
	}

	/**
	 * The footer: its examples (lines indented by two spaces) as written, since they are commands
	 * to copy that a wrapped line would cut; its other lines wrapped at spaces like the description.
	 */
	static String footer(Help help) {
		UsageMessageSpec usage = help.commandSpec().usageMessage();
		StringBuilder text = new StringBuilder();
		for (String line : usage.footer()) {
			String formatted = String.format(line);
			if (formatted.startsWith("  ")) {
				text.append(formatted).append(System.lineSeparator());
			} else {
				wrap(formatted, usage.width(), text);
			}
		}
		return text.toString();
	}

	private static void wrap(String paragraph, int width, StringBuilder text) {
		StringBuilder line = new StringBuilder();
		for (String word : paragraph.split(" +")) {
			if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
				text.append(line).append(System.lineSeparator());
				line.setLength(0);
			}
			line.append(line.isEmpty() ? "" : " ").append(word);
		}
		text.append(line).append(System.lineSeparator());
	}

	/** Without a command, the command prints its help. */
	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	private static final List<String[]> PICOCLI_MESSAGES = List.of(
			new String[] { "Unknown options?: (.*)", "option inconnue : $1" },
			new String[] { "Unmatched arguments? from index \\d+: (.*)", "argument inattendu : $1" },
			new String[] { "Missing required options?(?: and parameters?)?: ?\\[?'?(.*?)'?\\]?", "option obligatoire manquante : $1" },
			new String[] { "Missing required parameters?: (.*)", "paramètre obligatoire manquant : $1" },
			new String[] { "Invalid value for option '(.*?)': (.*)", "valeur invalide pour l'option $1 ($2)" },
			new String[] { "Expected parameter for option '(.*?)' but found '(.*?)'", "l'option $1 attend une valeur, trouvé « $2 »" },
			new String[] { "Missing required parameter for option '(.*?)' \\((.*)\\)", "l'option $1 attend une valeur ($2)" });

	/** Picocli's usage messages, in the language of the rest of the command. */
	static String french(String message) {
		for (String[] rule : PICOCLI_MESSAGES) {
			Matcher m = Pattern.compile(rule[0], Pattern.DOTALL).matcher(message);
			if (m.matches()) {
				return m.replaceFirst(rule[1]);
			}
		}
		return message;
	}

	/** The version of the distribution, from the jar manifest. */
	static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			String version = Main.class.getPackage().getImplementationVersion();
			return new String[] { "Référentiel Studio " + (version == null ? "(version de développement)" : version) };
		}
	}
}
