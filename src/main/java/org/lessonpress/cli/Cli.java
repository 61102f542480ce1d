package org.lessonpress.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.lessonpress.BadInputException;
import org.lessonpress.UsageException;
import org.lessonpress.export.Exporters;
import picocli.CommandLine;

/**
 * Builds the command tree and maps outcomes to exit codes. {@link #run} is what tests call: it never exits the JVM
 * and writes only to the given writers.
 */
public final class Cli {
    static {
        LogSilencer.install();
        // Text measuring may touch java.awt fonts; never try to reach a display.
        System.setProperty("java.awt.headless", "true");
    }

    private final Map<String, String> env;
    private final Exporters exporters;

    public Cli(Map<String, String> env) {
        this(env, Exporters.discover());
    }

    public Cli(Map<String, String> env, Exporters exporters) {
        this.env = Map.copyOf(env);
        this.exporters = exporters;
    }

    public int run(PrintWriter out, PrintWriter err, String... args) {
        Session session = new Session(env, exporters, out, err);
        CommandLine cli = new CommandLine(new LessonpressCommand());
        cli.addSubcommand("export", new CommandLine(new ExportCommand(session)));
        cli.addSubcommand("check", new CommandLine(new CheckCommand(session)));
        cli.addSubcommand("formats", new CommandLine(new FormatsCommand(session)));
        ExportCommand.addExporterOptions(cli.getSubcommands().get("export"), exporters);
        for (CommandLine c : java.util.List.of(cli, cli.getSubcommands().get("export"), cli.getSubcommands().get("check"),
                cli.getSubcommands().get("formats"))) {
            c.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.help());
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("lessonpress: error: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, parseResult) -> handle(e, session, c));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int handle(Exception e, Session session, CommandLine c) {
        PrintWriter err = session.err();
        if (e instanceof BadInputException bad) {
            err.println(bad.getMessage());
            session.trace(e);
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof UsageException) {
            err.println("lessonpress: error: " + e.getMessage());
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            session.trace(e);
            return ExitCode.USAGE;
        }
        err.println("lessonpress: internal error: " + e + (session.debug() ? "" : " (rerun with --debug for the stack trace)"));
        session.trace(e);
        return ExitCode.INTERNAL;
    }
}
