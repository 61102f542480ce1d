package org.lessonpress.theme;

import java.util.Objects;

/**
 * A key a theme may set, e.g. {@code booklet.margin.inner} of type {@link ValueType#LENGTH}. The core keys are in
 * {@link CoreKeys}; each exporter declares its own under its id, so a plug-in's keys are validated too.
 * The bundled {@code default} theme sets every declared key: the defaults are data, not code.
 */
public record ThemeKey<T>(String path, ValueType<T> type, String description) {
    public ThemeKey {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        if (!path.matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*")) {
            throw new IllegalArgumentException("theme key '" + path + "' must be dotted kebab-case");
        }
    }

    public static <T> ThemeKey<T> of(String path, ValueType<T> type, String description) {
        return new ThemeKey<>(path, type, description);
    }
}
