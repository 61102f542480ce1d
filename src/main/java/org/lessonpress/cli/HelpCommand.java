package org.lessonpress.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code lessonpress help [COMMAND]}: the help of lessonpress or of one command, as {@code --help} prints it. */
final class HelpCommand implements Callable<Integer> {
    private final Session session;
    private CommandSpec spec;
    private String command;

    HelpCommand(Session session) {
        this.session = session;
    }

    /** The command's options and help, declared in code (see {@link Specs}). */
    CommandSpec spec() {
        spec = Specs.command(this, "help", "Show the help of lessonpress or of one of its commands.");
        spec.addPositional(PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..1").type(String.class)
                .description("The command whose options to show. None: the list of commands.")
                .completionCandidates(() -> spec.parent().subcommands().keySet().iterator())
                .setter(Specs.<String>setter(v -> command = v)).build());
        // As picocli's own help command: runs even where the parent would want more arguments.
        spec.helpCommand(true);
        Specs.standardHelp(spec);
        return spec;
    }

    @Override
    public Integer call() {
        CommandLine top = spec.parent().commandLine();
        if (command == null) {
            top.usage(session.out());
        } else {
            CommandLine sub = top.getSubcommands().get(command);
            if (sub == null) {
                throw Cli.unknownCommand(command, top);
            }
            sub.usage(session.out());
        }
        session.out().flush();
        return ExitCode.OK;
    }
}
