package org.lessonpress.export;

import java.util.Objects;
import java.util.function.Function;

/**
 * A command-line option an exporter declares, e.g. {@code --paper A5}. The CLI adds it to {@code export}; the
 * exporter reads the parsed value with {@link ExportContext#option(ExportOption)}. Several exporters may declare
 * the same name (both booklet and cards take {@code --duplex}); each parses the value its own way.
 *
 * @param name         the long option name with dashes: {@code --paper}
 * @param paramLabel   shown in help: {@code SIZE}; empty for a flag
 * @param description  one line of help
 * @param defaultValue the value when the option is not given, as it would be typed; null for none
 * @param parser       turns the typed text into a value; throws IllegalArgumentException saying what to type
 * @param flag         true for an on/off switch that takes no value
 */
public record ExportOption<T>(String name, String paramLabel, String description, String defaultValue,
                              Function<String, T> parser, boolean flag) {
    public ExportOption {
        Objects.requireNonNull(name, "name");
        if (!name.matches("--[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("option name must look like --kebab-case: " + name);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parser, "parser");
        paramLabel = paramLabel == null ? "" : paramLabel;
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

    /** Parses the value; a bad value becomes an IllegalArgumentException naming the option. */
    public T parse(String text) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }
}
