package org.lessonpress.theme;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.theme.colour.Palette;

/**
 * A resolved theme: every declared key has a parsed, immutable value (lengths in points), and the file and line it
 * was set at, so a value that does not work with others on the page is reported where the user can change it; its
 * colours are resolved into the palette the formats draw with.
 */
public final class Theme {
    /**
     * Where a value was set: a theme file (or {@code theme 'default'}), a 1-based line (0 when it came from code), and
     * the value as written there ({@code 50mm}), for messages.
     */
    public record Origin(String file, int line, String written) {
        /** True for a value from a bundled theme or a key's default, rather than from a file the user wrote. */
        public boolean bundled() {
            return file.startsWith("theme '");
        }

        /** {@code t.yml:5}, for a message that names several values. */
        public String place() {
            return line > 0 ? file + ":" + line : file;
        }
    }

    private final String name;
    private final Map<String, Object> values;
    private final Map<String, Origin> origins;
    private final Palette palette;
    private final List<Diagnostic> warnings;

    Theme(String name, Map<String, Object> values, Map<String, Origin> origins, Palette palette, List<Diagnostic> warnings) {
        this.name = Objects.requireNonNull(name);
        this.values = Map.copyOf(values);
        this.origins = Map.copyOf(origins);
        this.palette = Objects.requireNonNull(palette);
        this.warnings = List.copyOf(warnings);
    }

    /** The colours every format draws with: text inks, and the accent's and each section's roles. */
    public Palette palette() {
        return palette;
    }

    /** What the theme asks that cannot be done exactly (a palette that cannot be spaced), for the CLI to print. */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    public String name() {
        return name;
    }

    /**
     * The value of a declared key. A key without a default that no theme sets (a third-party format's) is an error
     * for the format that reads it only.
     */
    public <T> T get(ThemeKey<T> key) {
        Object v = values.get(key.path());
        if (v == null) {
            v = key.defaultValue();
        }
        if (v == null) {
            throw BadInputException.at("theme '" + name + "'", 0, "the theme does not set " + key.path() + " ("
                    + key.description() + "), and the format that reads it gives no default; set it in a theme file");
        }
        @SuppressWarnings("unchecked")
        T t = (T) v;
        return t;
    }

    /** Where the key's value was set; a default from code is {@code theme '<name>'}, line 0. */
    public Origin origin(ThemeKey<?> key) {
        return origins.getOrDefault(key.path(), new Origin("theme '" + name + "'", 0, String.valueOf(key.defaultValue())));
    }

    /** An error about a key's value, at the file and line that set it: {@code t.yml:5: error: key: message}. */
    public BadInputException error(ThemeKey<?> key, String message) {
        Origin o = origin(key);
        return BadInputException.at(o.file(), o.line(), key.path() + ": " + message);
    }

    /**
     * Refuses a minimum above its maximum (a smallest size larger than the largest), at whichever of the two the
     * user's theme file sets; {@code why} says what the pair means.
     */
    public void requireAtMost(ThemeKey<Double> low, ThemeKey<Double> high, String why) {
        if (get(low) <= get(high) + 1e-9) {
            return;
        }
        Origin lo = origin(low);
        Origin hi = origin(high);
        if (lo.bundled() && !hi.bundled()) {
            throw error(high, hi.written() + " is below " + low.path() + " (" + lo.written() + "); " + why);
        }
        throw error(low, lo.written() + " is above " + high.path() + " (" + hi.written() + "); " + why);
    }

    /**
     * The keys among {@code keys} that a theme file the user wrote sets, as {@code key 50mm (t.yml:2)} joined by
     * commas, or "" when bundled values are used: to say which settings of the user's took part in a problem.
     */
    public String userSettings(List<? extends ThemeKey<?>> keys) {
        List<String> parts = new java.util.ArrayList<>();
        for (ThemeKey<?> k : keys) {
            Origin o = origin(k);
            if (!o.bundled()) {
                parts.add(k.path() + " " + o.written() + " (" + o.place() + ")");
            }
        }
        return String.join(", ", parts);
    }

    /** All resolved values by key path, for the JSON dump and tests. */
    public Map<String, Object> values() {
        return values;
    }
}
