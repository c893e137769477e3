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
		int code;
		try {
			quietLibraries();
			PrintWriter err = new PrintWriter(new TerminalWriter(new PrintWriter(System.err, true)), true);
			// A thread of a batch that fails out of any command's hands still gets the message, not a trace.
			// When the machine failed there, the task it ran is never completed (its future neither: the
			// error escaped while the pool recorded it) and the command would wait for it forever while
			// the collector spins: the process ends at once, before anything is written.
			Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
				int failed = internalError(e, false, err);
				if (machineFailed) {
					exit(failed);
				}
			});
			code = run(args, new PrintWriter(System.out, true), err);
		} catch (Throwable e) {
			// Only when the machine fails before or around run(), which handles everything else.
			code = ExitCode.INTERNAL;
			try {
				internalError(e, false, new PrintWriter(System.err, true));
			} catch (Throwable again) {
				// nothing more can be said: the exit code still tells
			}
		}
		exit(code);
	}

	/** Set once the machine itself has failed (out of memory or class space, stack overflow…) and it was said. */
	private static volatile boolean machineFailed;

	/** Whether the machine failed during the last command (the resident process then ends). */
	static boolean machineFailed() {
		return machineFailed;
	}

	/**
	 * Ends the process with {@code code}. Once the machine has failed, the shutdown would load
	 * classes (its logging, the hooks) and fail in turn, writing the JVM's words and even ending with
	 * its 1 (« the referential has errors »): the process halts at once with the code. Nothing is
	 * lost: the outputs are flushed and every export writes all its files or none before this.
	 */
	private static void exit(int code) {
		if (!machineFailed) {
			try {
				System.exit(code);
			} catch (Throwable e) {
				// the shutdown itself failed: halted below
			}
		}
		System.out.flush();
		System.err.flush();
		Runtime.getRuntime().halt(code);
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
		machineFailed = false; // a command of its own (tests run several in one process)
		int code;
		try {
			Integer quick = quickAnswer(args, out);
			if (quick != null) {
				out.flush();
				return quick;
			}
			CommandLine commandLine = commandLine(false, args.length > 0 ? args[0] : null);
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
			code = commandLine.execute(args);
		} catch (Throwable e) {
			// An Error (out of memory, stack overflow) passes picocli's handler, and the class space
			// can run out while picocli reads the commands: the same message, never a trace.
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
		return commandLine(helpOnly, null);
	}

	/**
	 * The command line with only the command named {@code first} when it names one (the first
	 * argument of a run: the others' models would be built for nothing, a tenth of a second of
	 * every start), else with all, whose names picocli then proposes for a mistyped one.
	 */
	static CommandLine commandLine(boolean helpOnly, String first) {
		boolean named = COMMANDS.stream().anyMatch(c -> c.getAnnotation(Command.class).name().equals(first));
		CommandLine commandLine = new CommandLine(new Main());
		for (Class<?> command : COMMANDS) {
			if (named && !command.getAnnotation(Command.class).name().equals(first)) {
				continue;
			}
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

	/*
	 * The messages of a failing machine, made when this class is loaded: once the memory or the
	 * class space is exhausted, building a text (a string concatenation links new classes) or
	 * loading the classes of a message can fail in turn, and the user would get the JVM's trace
	 * and its exit code 1.
	 */
	private static final String OUT_OF_HEAP = "Mémoire insuffisante : Java a manqué de mémoire ("
			+ Runtime.getRuntime().maxMemory() / 1048576 + " Mo au plus) pour traiter ces fichiers. Rien n'a été écrit. "
			+ "Traitez moins de fichiers à la fois, ou donnez plus de mémoire à Java, par exemple : "
			+ "REFERENTIEL_JAVA_OPTS=-Xmx2g referentiel …";
	private static final String OUT_OF_CLASS_SPACE = "Mémoire insuffisante : Java a manqué de place pour le code qu'il "
			+ "charge (Metaspace). Rien n'a été écrit. Retirez l'option -XX:MaxMetaspaceSize de REFERENTIEL_JAVA_OPTS, "
			+ "ou donnez-lui plus de place, par exemple : REFERENTIEL_JAVA_OPTS=-XX:MaxMetaspaceSize=512m referentiel …";
	private static final String STACK_EXHAUSTED = "Erreur interne : pile d'appels épuisée. "
			+ "Relancez avec --debug pour les détails, et signalez-la avec le fichier en cause.";
	private static final String MACHINE_FAILED = "Erreur interne : la machine Java a échoué. "
			+ "Relancez avec --debug pour les détails, et signalez-la avec le fichier en cause.";

	/**
	 * What the user sees of a defect or of an exhausted machine: one French paragraph and exit
	 * code 3, never a trace without --debug. Any {@link VirtualMachineError} (out of memory or of
	 * class space, stack overflow, the JVM's internal error) is said by a message made in advance.
	 * One thread at a time: a machine that fails often fails in several threads at once (a lock
	 * left half taken in a thread of the pool), and its consequences are not said after it.
	 */
	static synchronized int internalError(Throwable e, boolean debug, PrintWriter err) {
		if (machineFailed) {
			// Said already: what fails after the machine (a lock of another thread, a second error) is its consequence.
			return ExitCode.INTERNAL;
		}
		VirtualMachineError machine = machineError(e);
		if (machine != null) {
			machineFailed = true;
		}
		if (machine instanceof OutOfMemoryError) {
			// The work that took the memory is unreachable once here: printing needs little.
			say(err, isClassSpace(machine) ? OUT_OF_CLASS_SPACE : OUT_OF_HEAP);
			return ExitCode.INTERNAL;
		}
		if (debug) {
			try {
				e.printStackTrace(err);
				return ExitCode.INTERNAL;
			} catch (Throwable again) {
				// the trace could not be printed: the message below
			}
		}
		if (machine != null) {
			say(err, machine instanceof StackOverflowError ? STACK_EXHAUSTED : MACHINE_FAILED);
		} else {
			try {
				err.println("Erreur interne : " + e + ". Relancez avec --debug pour les détails, et signalez-la avec le fichier en cause.");
			} catch (Throwable again) {
				say(err, MACHINE_FAILED);
			}
		}
		return ExitCode.INTERNAL;
	}

	/** The failure of the machine behind {@code e} (itself, or a cause: a pool thread's error arrives wrapped). */
	private static VirtualMachineError machineError(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof VirtualMachineError machine) {
				return machine;
			}
		}
		return null;
	}

	/** « Metaspace » or « Compressed class space »: the JVM's words for the space of loaded classes. */
	private static boolean isClassSpace(VirtualMachineError error) {
		String message = error.getMessage();
		return message != null && (message.contains("Metaspace") || message.contains("class space"));
	}

	/** Prints a message made in advance; if the command's writer fails too, straight to the error stream. */
	private static void say(PrintWriter err, String message) {
		try {
			err.println(message);
			err.flush();
		} catch (Throwable e) {
			System.err.println(message);
		}
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

	/**
	 * Picocli's usage messages, in the language of the rest of the command. Each rule spans the
	 * whole message: {@code replaceFirst} searches, and a lazy group would otherwise stop at once
	 * (« --out=DOSSIER' » with its closing quote left).
	 */
	static String french(String message) {
		for (String[] rule : PICOCLI_MESSAGES) {
			Matcher m = Pattern.compile("^(?:" + rule[0] + ")$", Pattern.DOTALL).matcher(message);
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
