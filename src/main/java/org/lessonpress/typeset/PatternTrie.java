package org.lessonpress.typeset;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Liang's hyphenation patterns as a trie, so a word is scored by walking down from each of its letters instead of
 * looking up every substring: no string is made and no hash computed per letter. Immutable once built.
 */
final class PatternTrie {
    private final char[] keys;
    private final PatternTrie[] children;
    private final byte[] values;

    private PatternTrie(char[] keys, PatternTrie[] children, byte[] values) {
        this.keys = keys;
        this.children = children;
        this.values = values;
    }

    /** The trie of {@code patterns}: letters (with {@code .} for a word edge) mapped to the digits between them. */
    static PatternTrie of(Map<String, byte[]> patterns) {
        Builder root = new Builder();
        patterns.forEach((letters, digits) -> {
            Builder node = root;
            for (int i = 0; i < letters.length(); i++) {
                node = node.children.computeIfAbsent(letters.charAt(i), c -> new Builder());
            }
            node.values = digits;
        });
        return root.build();
    }

    /** Raises {@code score[from + k]} to the values of every pattern that starts at {@code text[from]}. */
    void apply(String text, int from, byte[] score) {
        PatternTrie node = this;
        for (int i = from; i < text.length(); i++) {
            int at = Arrays.binarySearch(node.keys, text.charAt(i));
            if (at < 0) {
                return;
            }
            node = node.children[at];
            byte[] v = node.values;
            if (v != null) {
                for (int k = 0; k < v.length; k++) {
                    if (v[k] > score[from + k]) {
                        score[from + k] = v[k];
                    }
                }
            }
        }
    }

    private static final class Builder {
        final Map<Character, Builder> children = new TreeMap<>();
        byte[] values;

        PatternTrie build() {
            char[] keys = new char[children.size()];
            PatternTrie[] kids = new PatternTrie[children.size()];
            int i = 0;
            for (Map.Entry<Character, Builder> e : children.entrySet()) {
                keys[i] = e.getKey();
                kids[i++] = e.getValue().build();
            }
            return new PatternTrie(keys, kids, values);
        }
    }
}
