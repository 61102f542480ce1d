package org.lessonpress.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code lessonpress completion bash|zsh}: the shell completion script for every command and option. */
final class CompletionCommand implements Callable<Integer> {
    static final List<String> SHELLS = List.of("bash", "zsh");
    private final Session session;
    private CommandSpec spec;
    private String shell;

    CompletionCommand(Session session) {
        this.session = session;
    }

    /** The command's options and help, declared in code (see {@link Specs}). */
    CommandSpec spec() {
        spec = Specs.command(this, "completion", "Print a shell completion script for lessonpress.",
                "Load it in the running shell with: source <(lessonpress completion bash)",
                "or add that line to ~/.bashrc (~/.zshrc for zsh). The distribution has the same scripts in completion/.");
        spec.addPositional(PositionalParamSpec.builder().paramLabel("SHELL").arity("1").required(true).type(String.class)
                .completionCandidates(SHELLS).description("bash or zsh.")
                .setter(Specs.<String>setter(v -> shell = v)).build());
        Specs.standardHelp(spec);
        return spec;
    }

    @Override
    public Integer call() {
        if (!SHELLS.contains(shell)) {
            throw new UnknownName("shell", shell, SHELLS, "completion is made for " + String.join(" and ", SHELLS));
        }
        CompletionScript script = new CompletionScript(spec.root().commandLine(), session.exporters().ids());
        // Newlines as written, never the platform's: a shell reads a carriage return as part of the word before it.
        session.out().print(script.forShell(shell));
        session.out().flush();
        return ExitCode.OK;
    }
}
