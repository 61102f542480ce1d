package org.lessonpress.theme;

import java.util.Objects;

/**
 * A key a theme may set, e.g. {@code booklet.margin.inner} of type {@link ValueType#LENGTH}. The core keys are in
 * {@link CoreKeys}; each exporter declares its own under its id, so a plug-in's keys are validated too.
 *
 * <p>A key may declare its default value in code ({@link #of(String, ValueType, String, Object)}): a theme need not
 * set it, so a third-party format's keys never have to be known to the bundled themes. The keys of the bundled
 * formats take theirs from {@code themes/default.yml}, which sets every one of them: those defaults are data.
 *
 * @param defaultValue the value when no theme sets the key, or null when a theme must
 */
public record ThemeKey<T>(String path, ValueType<T> type, String description, T defaultValue) {
    public ThemeKey {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        if (!path.matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*")) {
            throw new IllegalArgumentException("theme key '" + path + "' must be dotted kebab-case");
        }
        if (defaultValue != null) {
            try {
                type.check(defaultValue);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("theme key " + path + ": its default " + e.getMessage(), e);
            }
        }
    }

    public ThemeKey(String path, ValueType<T> type, String description) {
        this(path, type, description, null);
    }

    /** A key whose value a theme sets (the bundled formats' keys, all set in {@code themes/default.yml}). */
    public static <T> ThemeKey<T> of(String path, ValueType<T> type, String description) {
        return new ThemeKey<>(path, type, description, null);
    }

    /** A key with a default, used when no theme sets it; it must lie in the type's range. */
    public static <T> ThemeKey<T> of(String path, ValueType<T> type, String description, T defaultValue) {
        return new ThemeKey<>(path, type, description, Objects.requireNonNull(defaultValue, "defaultValue"));
    }
}
