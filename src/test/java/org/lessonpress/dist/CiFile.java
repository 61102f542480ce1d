package org.lessonpress.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** A CI file read with SnakeYAML Engine, and the few casts its readers need, failing with the key's name. */
final class CiFile {
    private CiFile() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) throws IOException {
        Object doc = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(Files.readString(file));
        if (!(doc instanceof Map<?, ?>)) {
            throw new AssertionError(file + " is not a YAML mapping");
        }
        return (Map<String, Object>) doc;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("expected a mapping, found " + value);
        }
        return (Map<String, Object>) value;
    }

    static Map<String, Object> map(Map<String, Object> parent, String key) {
        if (!parent.containsKey(key)) {
            throw new AssertionError("no '" + key + "' in " + parent.keySet());
        }
        return map(parent.get(key));
    }

    static List<?> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> l)) {
            throw new AssertionError("expected a list, found " + value);
        }
        return l;
    }

    /** A string or a list of them, as YAML lets CI files write either ({@code needs: build}, {@code needs: [a, b]}). */
    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
