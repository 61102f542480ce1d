package org.lessonpress.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.lessonpress.theme.ThemeLoader;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The bash and zsh completion scripts, made by picocli's {@link AutoComplete} from the command tree with every
 * format's options. AutoComplete completes an option's value only when the option says what the values are, so it is
 * given a copy of the tree (for reading only, never parsed) whose options say so: the formats for {@code -f}, the
 * bundled themes for {@code --theme}, the choices a label lists ({@code error|replace}), files for FILE and DIR.
 */
final class CompletionScript {
    private static final Pattern CHOICES = Pattern.compile("[a-z0-9-]+(\\|[a-z0-9-]+)+");
    private final CommandLine root;
    private final List<String> formats;

    CompletionScript(CommandLine root, List<String> formats) {
        this.root = root;
        this.formats = List.copyOf(formats);
    }

    /**
     * The script for {@code shell}, bash or zsh. Both get picocli's bash script: zsh runs bash completion functions
     * through its bashcompinit, which the script loads when zsh sources it.
     */
    String forShell(String shell) {
        String rc = shell.equals("zsh") ? "~/.zshrc, after compinit if you call it yourself" : "~/.bashrc";
        String script = AutoComplete.bash("lessonpress", copy(root));
        int shebang = script.indexOf('\n') + 1;
        return script.substring(0, shebang)
                + "# lessonpress completion for " + shell + ". Load it with: source <(lessonpress completion " + shell + ")\n"
                + "# (add that line to " + rc + "), or source this file.\n"
                + script.substring(shebang);
    }

    private CommandLine copy(CommandLine original) {
        CommandSpec from = original.getCommandSpec();
        CommandSpec to = CommandSpec.create().name(from.name());
        to.usageMessage().hidden(from.usageMessage().hidden());
        for (OptionSpec o : from.options()) {
            to.addOption(option(o));
        }
        for (PositionalParamSpec p : from.positionalParameters()) {
            PositionalParamSpec.Builder b = PositionalParamSpec.builder().index(p.index()).paramLabel(p.paramLabel())
                    .hidden(p.hidden());
            Iterable<String> values = values(p);
            to.addPositional((values != null ? b.type(String.class).completionCandidates(values)
                    : b.type(namesFiles(p) ? Path.class : String.class)).build());
        }
        CommandLine copy = new CommandLine(to);
        original.getSubcommands().forEach((name, sub) -> copy.addSubcommand(name, copy(sub)));
        return copy;
    }

    private OptionSpec option(OptionSpec o) {
        OptionSpec.Builder b = OptionSpec.builder(o.names()).paramLabel(o.paramLabel()).hidden(o.hidden());
        if (o.arity().max() == 0) {
            return b.type(boolean.class).arity("0").build();
        }
        b.arity("1");
        Iterable<String> values = values(o);
        if (values != null) {
            return b.type(String.class).completionCandidates(values).build();
        }
        return b.type(namesFiles(o) ? Path.class : String.class).build();
    }

    /** The values to offer after the option or in the positional place, or null for none known. */
    private Iterable<String> values(ArgSpec a) {
        if (a instanceof OptionSpec o && Arrays.asList(o.names()).contains("--format")) {
            return formats;
        }
        if (a instanceof OptionSpec o && Arrays.asList(o.names()).contains("--theme")) {
            return ThemeLoader.bundledNames();
        }
        // The label first: it shows the values as they are typed (error|replace), where an enum's own are upper case.
        if (CHOICES.matcher(a.paramLabel()).matches()) {
            return List.of(a.paramLabel().split("\\|"));
        }
        if (a.completionCandidates() != null) {
            return a.completionCandidates();
        }
        return null;
    }

    /** Paths, and the inputs (strings, since they may be patterns or '-', but mostly files and folders). */
    private static boolean namesFiles(ArgSpec a) {
        Class<?> type = a.typeInfo().isMultiValue() ? a.typeInfo().getAuxiliaryTypes()[0] : a.type();
        return type == Path.class || type == File.class || a.paramLabel().equals("FILE") || a.paramLabel().equals("DIR")
                || a.paramLabel().equals("INPUT");
    }
}
