package org.lessonpress.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.lessonpress.BadInputException;
import org.lessonpress.UsageException;
import org.lessonpress.export.Exporters;
import org.lessonpress.export.pipeline.DocumentReader;
import org.lessonpress.export.pipeline.ProjectException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the command tree and maps outcomes to exit codes. {@link #run} is what tests call: it never exits the JVM
 * and writes only to the given writers.
 */
public final class Cli {
    static {
        LogSilencer.install();
        // PDFBox may touch java.awt (images, colour spaces); never try to reach a display.
        System.setProperty("java.awt.headless", "true");
    }

    private final Map<String, String> env;
    /** The exporters given, or null: those on the class path, found on a second thread (see {@link Prefetch}). */
    private final Exporters exporters;
    private final DocumentReader reader = DocumentReader.builtIn();
    private boolean terminal;

    /** With the exporters on the class path. */
    public Cli(Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.exporters = null;
    }

    /** With the given exporters, and nothing done ahead. */
    public Cli(Map<String, String> env, Exporters exporters) {
        this.env = Map.copyOf(env);
        this.exporters = java.util.Objects.requireNonNull(exporters);
    }

    /** Tells the CLI that stderr is a terminal, so progress is one line redrawn in place. */
    public Cli stderrTerminal(boolean isTerminal) {
        this.terminal = isTerminal;
        return this;
    }

    /** Runs one command line; the default locale is {@link java.util.Locale#ROOT} for its whole length. */
    public int run(PrintWriter out, PrintWriter err, String... args) {
        RootLocale.enter();
        try {
            return runPinned(out, err, args);
        } finally {
            RootLocale.exit();
        }
    }

    private int runPinned(PrintWriter out, PrintWriter err, String... args) {
        Prefetch prefetch = exporters == null ? Prefetch.start(Exporters::discover, java.util.List.of(args), reader)
                : Prefetch.of(exporters);
        Session session = new Session(env, prefetch, out, err, terminal, reader);
        CommandLine cli = new CommandLine(new LessonpressCommand().spec());
        // When the first argument names a command, only that one is built (the others could not be reached from it);
        // otherwise all are, for the help.
        Map<String, java.util.function.Supplier<CommandSpec>> commands = new java.util.LinkedHashMap<>();
        commands.put("export", () -> new ExportCommand(session, "export").spec());
        commands.put("build", () -> new ExportCommand(session, "build").spec());
        commands.put("check", () -> new CheckCommand(session).spec());
        commands.put("import", () -> new ImportCommand(session).spec());
        commands.put("formats", () -> new FormatsCommand(session).spec());
        commands.put("help", () -> new HelpCommand(session).spec());
        commands.put("completion", () -> new CompletionCommand(session).spec());
        // help and completion read the whole tree.
        boolean one = args.length > 0 && commands.containsKey(args[0]) && !Set.of("help", "completion").contains(args[0]);
        for (Map.Entry<String, java.util.function.Supplier<CommandSpec>> c : commands.entrySet()) {
            if (!one || c.getKey().equals(args[0])) {
                cli.addSubcommand(c.getKey(), new CommandLine(c.getValue().get()));
            }
        }
        for (String withFormats : java.util.List.of("export", "build")) {
            CommandLine command = cli.getSubcommands().get(withFormats);
            if (command != null) {
                ExportCommand.addExporterOptions(command, session.exporters());
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            if (e instanceof CommandLine.UnmatchedArgumentException u && e.getCommandLine() == cli
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
                err.println("lessonpress: error: " + unknownCommand(u.getUnmatched().get(0), cli).getMessage());
            } else {
                err.println("lessonpress: error: " + e.getMessage());
                CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
                err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            }
            err.flush();
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, parseResult) -> handle(e, session, c));
        int code;
        try {
            code = cli.execute(args);
        } catch (Throwable t) { // an Error picocli lets through (out of memory, stack overflow): one line, not a trace
            code = handle(t, session, cli);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** A first word that is no command: the command most likely meant, or, for a lesson file, how to export it. */
    static UnknownName unknownCommand(String word, CommandLine top) {
        Set<String> names = top.getSubcommands().keySet();
        boolean file;
        try {
            file = Files.exists(Path.of(word));
        } catch (InvalidPathException e) {
            file = false;
        }
        return new UnknownName("command", word, names, file ? "to export it, run 'lessonpress export " + word + "'"
                : "commands: " + String.join(", ", names));
    }

    private static int handle(Throwable e, Session session, CommandLine c) {
        PrintWriter err = session.err();
        if (e instanceof ProjectException project) {
            err.println(project.diagnostic().format());
            session.trace(e);
            return ExitCode.USAGE;
        }
        if (e instanceof BadInputException bad) {
            err.println(bad.getMessage());
            session.trace(e);
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof UsageException u && u.file() != null) {
            err.println(u.getMessage());
            session.trace(e);
            return ExitCode.USAGE;
        }
        if (e instanceof UsageException) {
            err.println("lessonpress: error: " + e.getMessage());
            if (!(e instanceof UnknownName)) {
                err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            }
            session.trace(e);
            return ExitCode.USAGE;
        }
        if (e instanceof OutOfMemoryError) {
            err.println("lessonpress: error: out of memory (the Java heap is " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB); give Java more (LESSONPRESS_HEAP=2g bin/lessonpress, or java -Xmx2g -jar)");
            return ExitCode.BAD_INPUT;
        }
        err.println("lessonpress: internal error: " + e + (session.debug() ? "" : " (rerun with --debug for the stack trace)"));
        session.trace(e);
        return ExitCode.INTERNAL;
    }
}
