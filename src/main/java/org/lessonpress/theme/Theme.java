package org.lessonpress.theme;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lessonpress.Diagnostic;
import org.lessonpress.theme.colour.Palette;

/**
 * A resolved theme: every declared key has a parsed, immutable value (lengths in points), and its colours are
 * resolved into the palette the formats draw with.
 */
public final class Theme {
    private final String name;
    private final Map<String, Object> values;
    private final Palette palette;
    private final List<Diagnostic> warnings;

    Theme(String name, Map<String, Object> values, Palette palette, List<Diagnostic> warnings) {
        this.name = Objects.requireNonNull(name);
        this.values = Map.copyOf(values);
        this.palette = Objects.requireNonNull(palette);
        this.warnings = List.copyOf(warnings);
    }

    public String name() {
        return name;
    }

    /** The value of a declared key. A key no theme sets is a programming error: the default theme sets them all. */
    public <T> T get(ThemeKey<T> key) {
        Object v = values.get(key.path());
        if (v == null) {
            throw new IllegalStateException("theme '" + name + "' has no value for '" + key.path()
                    + "'; declare it in the exporter's themeKeys() and set it in themes/default.yml");
        }
        @SuppressWarnings("unchecked")
        T t = (T) v;
        return t;
    }

    /** The colours every format draws with: text inks, and the accent's and each section's roles. */
    public Palette palette() {
        return palette;
    }

    /** What the theme asks that cannot be done exactly (a palette that cannot be spaced), for the CLI to print. */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** All resolved values by key path, for the JSON dump and tests. */
    public Map<String, Object> values() {
        return values;
    }
}
