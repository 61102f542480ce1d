package org.lessonpress.theme;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A resolved theme: every declared key has a parsed, immutable value (lengths in points). */
public final class Theme {
    private final String name;
    private final Map<String, Object> values;

    Theme(String name, Map<String, Object> values) {
        this.name = Objects.requireNonNull(name);
        this.values = Map.copyOf(values);
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

    /** The colour for the n-th top-level section (0-based), cycling through {@code colors.sections}. */
    public Rgb sectionColor(int index) {
        List<Rgb> palette = get(CoreKeys.COLOR_SECTIONS);
        return palette.get(Math.floorMod(index, palette.size()));
    }

    /** All resolved values by key path, for the JSON dump and tests. */
    public Map<String, Object> values() {
        return values;
    }
}
