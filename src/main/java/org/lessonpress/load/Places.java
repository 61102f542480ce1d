package org.lessonpress.load;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where things are in the source, for the model checks' messages. The model keeps a line for each lesson, section
 * and block; a reader that knows more gives it here: the line each front-matter field was set on, the decoded
 * source text (to find a character's exact line and column), or the source line of each model element when the
 * model's own lines refer to another file (the json reader).
 */
final class Places {
    /** How far below a block's first line to look for something in it. */
    private static final int SEARCH_LINES = 400;

    private final String[] lines;
    private final Map<String, Integer> fields;
    private final Map<Object, Integer> elements;

    private Places(String[] lines, Map<String, Integer> fields, Map<Object, Integer> elements) {
        this.lines = lines;
        this.fields = fields;
        this.elements = elements;
    }

    /** Nothing known beyond the model's own lines. */
    static Places none() {
        return new Places(new String[0], Map.of(), Map.of());
    }

    /** The decoded source text ({@code \n} line ends), in which the model's lines are lines. */
    static Places of(String text) {
        return new Places(text.split("\n", -1), Map.of(), Map.of());
    }

    Places withFields(Map<String, Integer> fieldLines) {
        return new Places(lines, Map.copyOf(fieldLines), elements);
    }

    /** The source line of each model element (by identity), for models whose own lines point elsewhere. */
    Places withElements(IdentityHashMap<Object, Integer> lineOf) {
        return new Places(lines, fields, lineOf);
    }

    /** The line the front-matter {@code key} was set on; 0 when unknown. */
    int field(String key) {
        return fields.getOrDefault(key, 0);
    }

    /** The source line of a model element, or {@code modelLine} when the model's line is the source's. */
    int line(Object element, int modelLine) {
        if (elements.isEmpty()) {
            return modelLine;
        }
        Integer l = elements.get(element);
        return l == null ? modelLine : l;
    }

    /** Whether the model's lines are lines of the source text given (false for the json reader). */
    boolean linesAreSource() {
        return elements.isEmpty() && lines.length > 0;
    }

    /**
     * The first place, at or below {@code fromLine}, where {@code needle} is in the source text: {line, column}
     * (1-based), or null when it is not there as written (an escape, an entity) or there is no source text.
     */
    int[] find(String needle, int fromLine) {
        if (!linesAreSource() || needle.isEmpty() || fromLine < 1) {
            return null;
        }
        for (int i = fromLine - 1; i < lines.length && i < fromLine - 1 + SEARCH_LINES; i++) {
            int col = lines[i].indexOf(needle);
            if (col >= 0) {
                return new int[] {i + 1, col + 1};
            }
        }
        return null;
    }
}
