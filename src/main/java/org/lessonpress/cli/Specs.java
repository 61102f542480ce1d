package org.lessonpress.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Small helpers for declaring the commands with picocli's programmatic API. The commands are declared in code rather
 * than with annotations because reading annotations is most of picocli's start-up (Java parses each one and makes a
 * proxy class for each annotation type): about 50 ms of every run.
 */
final class Specs {
    private Specs() {
    }

    /** A command named {@code name} that runs {@code command}, options listed in the order they are added. */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description).sortOptions(false)
                .exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.help());
        spec.versionProvider(new VersionProvider());
        return spec;
    }

    /** {@code -h, --help} and {@code -V, --version}, as picocli's mixinStandardHelpOptions adds them. */
    static void standardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    /** A getter that reads the current value from {@code source} (picocli adds list values to it). */
    static IGetter getter(Supplier<?> source) {
        return new IGetter() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T get() {
                return (T) source.get();
            }
        };
    }

    /** A setter that hands each parsed value to {@code target}. */
    static <V> ISetter setter(Consumer<V> target) {
        return new ISetter() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T set(T value) {
                target.accept((V) value);
                return null;
            }
        };
    }
}
