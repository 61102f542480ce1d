package org.lessonpress.export;

import java.util.Objects;
import java.util.function.Function;

/**
 * A command-line option an exporter declares, e.g. {@code --paper A5}. The CLI adds it to {@code export}; the
 * exporter reads the parsed value with {@link ExportContext#option(ExportOption)}. Several exporters may declare
 * the same name (both booklet and cards take {@code --duplex}); each parses the value its own way.
 *
 * <p>Parsing does no I/O and runs once per run. An option that names a file ({@link #file}) is read by the CLI, once,
 * with a size limit; its parser gets the bytes, and the exporter gets the parsed value (or the bytes) through the
 * context.
 *
 * @param name         the long option name with dashes: {@code --paper}
 * @param paramLabel   shown in help: {@code SIZE}; empty for a flag
 * @param description  one line of help
 * @param defaultValue the value when the option is not given, as it would be typed; null for none
 * @param parser       turns the typed text into a value; throws IllegalArgumentException saying what to type
 * @param flag         true for an on/off switch that takes no value
 * @param fileParser   for an option naming a file: turns the file's bytes into a value; null otherwise
 * @param maxBytes     for an option naming a file: the largest file the CLI reads
 */
public record ExportOption<T>(String name, String paramLabel, String description, String defaultValue,
                              Function<String, T> parser, boolean flag, FileParser<T> fileParser, long maxBytes) {

    /** Turns the bytes of the file an option names into its value; throws IllegalArgumentException saying what is wrong. */
    @FunctionalInterface
    public interface FileParser<T> {
        T parse(String fileName, byte[] bytes);
    }

    public ExportOption {
        Objects.requireNonNull(name, "name");
        if (!name.matches("--[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("option name must look like --kebab-case: " + name);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parser, "parser");
        paramLabel = paramLabel == null ? "" : paramLabel;
    }

    public ExportOption(String name, String paramLabel, String description, String defaultValue,
                        Function<String, T> parser, boolean flag) {
        this(name, paramLabel, description, defaultValue, parser, flag, null, 0);
    }

    /** An option that takes a value. */
    public static <T> ExportOption<T> of(String name, String paramLabel, String defaultValue, String description,
                                         Function<String, T> parser) {
        return new ExportOption<>(name, paramLabel, description, defaultValue, parser, false);
    }

    /** An on/off switch, off unless given. */
    public static ExportOption<Boolean> flag(String name, String description) {
        return new ExportOption<>(name, "", description, "false", Boolean::parseBoolean, true);
    }

    /** An option naming a file of at most {@code maxBytes}, which the CLI reads and {@code parser} turns into a value. */
    public static <T> ExportOption<T> file(String name, String paramLabel, String description, long maxBytes,
                                           FileParser<T> parser) {
        Objects.requireNonNull(parser, "parser");
        return new ExportOption<>(name, paramLabel, description, null, path -> {
            throw new IllegalStateException(name + " names a file: its bytes are read by the CLI and parsed with parse(name, bytes)");
        }, false, parser, maxBytes);
    }

    /** True for an option that names a file the CLI reads. */
    public boolean namesFile() {
        return fileParser != null;
    }

    /** Parses the value; a bad value becomes an IllegalArgumentException naming the option. */
    public T parse(String text) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /** Parses the bytes of the file this option names; a bad file is an IllegalArgumentException saying what is wrong. */
    public T parse(String fileName, byte[] bytes) {
        if (fileParser == null) {
            throw new IllegalStateException(name + " does not name a file");
        }
        return fileParser.parse(fileName, bytes);
    }
}
