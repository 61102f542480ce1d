package org.lessonpress.typeset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a word may be hyphenated, by Liang's algorithm on TeX patterns: the maintained hyph-utf8 files of TeX Live
 * where their licence is explicit (US English, French, Italian, Dutch, Greek), else those of {@code com.itextpdf:hyph},
 * compiled at build time by {@code PatternCompiler} (a test-scope tool) into the small text files in {@code hyph/},
 * so a run reads one language's patterns and parses no TeX or XML (see THIRD-PARTY-NOTICES.md). A language without
 * patterns (Vietnamese, which does not hyphenate) gets none. The patterns of a language are read once, when a word
 * first needs them.
 *
 * <p>Every English uses the US patterns (Kuiken's, which include Knuth's): their dictionary breaks
 * (im-ple-men-ta-tion, rec-om-mend, smaller unbroken) read well to most readers, where the British patterns break by
 * morphology (implement-ation, re-commend). Words shorter than {@value #MIN_WORD} letters are never broken; at least
 * {@value #LEFT_MIN} letters stay before a break and {@value #RIGHT_MIN} after it (TeX's English values).
 */
public final class Hyphenator {
    static final String ROOT = "org/lessonpress/typeset/hyph/";
    private static final Map<String, Patterns> LOADED = new ConcurrentHashMap<>();
    private static final Patterns NONE = new Patterns(PatternTrie.of(Map.of()), Map.of(), Map.of(), Locale.ROOT,
            new ConcurrentHashMap<>());
    public static final Hyphenator OFF = new Hyphenator(List.of(), Locale.ROOT);
    /** The shortest word that may be hyphenated: no be-ing, in-dex, er-ror. */
    public static final int MIN_WORD = 6;
    /** The longest word the patterns are asked about (TeX's limit): longer runs of letters are not words to split by syllables. */
    public static final int MAX_WORD = 63;
    /** Letters kept before a break (TeX's \lefthyphenmin for English). */
    public static final int LEFT_MIN = 2;
    /** Letters kept after a break (TeX's \righthyphenmin for English). */
    public static final int RIGHT_MIN = 3;

    /**
     * Words already hyphenated, as text repeats its words, kept with the patterns and so shared by every document
     * in their language (a batch's documents repeat each other's words too); cleared when past this many.
     */
    private static final int CACHE_LIMIT = 20_000;

    private final List<String> candidates;
    private final Locale locale;
    private Patterns patterns;

    private Hyphenator(List<String> candidates, Locale locale) {
        this.candidates = candidates;
        this.locale = locale;
        this.patterns = candidates.isEmpty() ? NONE : null;
    }

    /** Patterns for a BCP 47 tag: {@code de-CH} tries de_CH then de. Every English uses en_US. */
    public static Hyphenator forLanguage(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String lang = locale.getLanguage();
        String region = locale.getCountry();
        List<String> candidates = lang.equals("en") ? List.of("en_US") : List.of(lang + "_" + region, lang);
        return new Hyphenator(candidates, locale);
    }

    /**
     * Starts reading the patterns for {@code tag} on a daemon thread, so they are ready (or nearly) when the first
     * word is broken; the layout meanwhile loads its fonts. Loading twice is impossible: both ask the same cache.
     */
    public static void preload(String tag) {
        Thread t = new Thread(() -> {
            try {
                forLanguage(tag).patterns();
            } catch (RuntimeException e) {
                // The layout loads them again and reports the problem.
            }
        }, "lessonpress-hyphenation");
        t.setDaemon(true);
        t.start();
    }

    private Patterns patterns() {
        if (patterns == null) {
            Patterns found = NONE;
            for (String c : candidates) {
                found = LOADED.computeIfAbsent(c, n -> load(n, locale));
                if (found != NONE) {
                    break;
                }
            }
            patterns = found;
        }
        return patterns;
    }

    /**
     * What this hyphenator's answers depend on: its patterns, loaded once per language and shared, so two
     * hyphenators for the same language give the same object.
     */
    Object behaviour() {
        return patterns();
    }

    public boolean enabled() {
        return patterns() != NONE;
    }

    /**
     * The offsets inside {@code word} after which a hyphen may go, ascending; at least {@value #LEFT_MIN} letters
     * stay before and {@value #RIGHT_MIN} after, and words shorter than {@value #MIN_WORD} letters (or longer than
     * {@value #MAX_WORD}) stay whole. Non-letters around the word (quotes, punctuation) are skipped.
     */
    public int[] points(String word) {
        Patterns p = patterns();
        if (p == NONE) {
            return new int[0];
        }
        if (word.length() > 2 * MAX_WORD) {
            return compute(p, word);
        }
        Map<String, int[]> cache = p.known();
        int[] known = cache.get(word);
        if (known != null) {
            return known.clone();
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        int[] found = compute(p, word);
        cache.put(word, found);
        return found.clone();
    }

    private static int[] compute(Patterns p, String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetter(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        if (end - start < MIN_WORD || end - start > MAX_WORD) {
            return new int[0];
        }
        String core = word.substring(start, end);
        if (!core.chars().allMatch(Character::isLetter)) {
            return new int[0];
        }
        int[] pts = p.hyphenate(core);
        int[] out = new int[pts.length];
        int n = 0;
        for (int q : pts) {
            if (q >= LEFT_MIN && q <= core.length() - RIGHT_MIN) {
                out[n++] = start + q;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Reads {@code hyph/<name>.pat}: sections {@code @classes}, {@code @exceptions}, {@code @patterns}. */
    private static Patterns load(String name, Locale locale) {
        String text;
        try (InputStream in = Hyphenator.class.getClassLoader().getResourceAsStream(ROOT + name + ".pat")) {
            if (in == null) {
                return NONE;
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Character, Character> classes = new HashMap<>();
        Map<String, byte[]> values = new HashMap<>(8192);
        Map<String, int[]> exceptions = new HashMap<>();
        String section = "";
        int i = 0;
        int n = text.length();
        while (i < n) {
            int eol = text.indexOf('\n', i);
            if (eol < 0) {
                eol = n;
            }
            if (text.charAt(i) == '@') {
                section = text.substring(i + 1, eol).strip();
            } else if (text.charAt(i) != '#') {
                int j = i;
                while (j < eol) {
                    while (j < eol && text.charAt(j) == ' ') {
                        j++;
                    }
                    int k = j;
                    while (k < eol && text.charAt(k) != ' ') {
                        k++;
                    }
                    if (k > j) {
                        String token = text.substring(j, k);
                        if (section.equals("patterns")) {
                            addPattern(token, values);
                        } else if (section.equals("classes")) {
                            for (int c = 0; c < token.length(); c++) {
                                classes.put(token.charAt(c), token.charAt(0));
                            }
                        } else if (section.equals("exceptions")) {
                            addException(token, exceptions);
                        }
                    }
                    j = k;
                }
            }
            i = eol + 1;
        }
        if (classes.isEmpty()) {
            // A file without classes (Turkish): its letters are those its patterns use, each with its capital.
            for (String key : values.keySet()) {
                for (int c = 0; c < key.length(); c++) {
                    char ch = key.charAt(c);
                    if (ch != '.') {
                        classes.put(ch, ch);
                        String upper = String.valueOf(ch).toUpperCase(locale);
                        if (upper.length() == 1) {
                            classes.put(upper.charAt(0), ch);
                        }
                    }
                }
            }
        }
        return new Patterns(PatternTrie.of(values), classes, exceptions, locale, new ConcurrentHashMap<>());
    }

    /** A TeX pattern such as {@code .ach4}: its letters as the key, the digits between them as values. */
    private static void addPattern(String pattern, Map<String, byte[]> values) {
        StringBuilder letters = new StringBuilder(pattern.length());
        byte[] v = new byte[pattern.length() + 1];
        for (int c = 0; c < pattern.length(); c++) {
            char ch = pattern.charAt(c);
            if (ch >= '0' && ch <= '9') {
                v[letters.length()] = (byte) (ch - '0');
            } else {
                letters.append(ch);
            }
        }
        values.put(letters.toString(), Arrays.copyOf(v, letters.length() + 1));
    }

    private static void addException(String hyphenated, Map<String, int[]> exceptions) {
        StringBuilder word = new StringBuilder();
        int[] pts = new int[hyphenated.length()];
        int n = 0;
        for (int c = 0; c < hyphenated.length(); c++) {
            if (hyphenated.charAt(c) == '-') {
                pts[n++] = word.length();
            } else {
                word.append(hyphenated.charAt(c));
            }
        }
        exceptions.put(word.toString(), Arrays.copyOf(pts, n));
    }

    /**
     * One language's patterns: Liang's values per letter string, letter classes, and whole-word exceptions; and the
     * words hyphenated with them so far ({@link #points}), never handed out but as copies.
     */
    private record Patterns(PatternTrie trie, Map<Character, Character> classes, Map<String, int[]> exceptions,
                            Locale locale, Map<String, int[]> known) {

        /** Offsets after which the word may break, by the patterns alone; empty when a character has no class. */
        int[] hyphenate(String word) {
            String lower = normalise(word);
            if (lower == null) {
                return new int[0];
            }
            int[] exception = exceptions.get(lower);
            if (exception != null) {
                return exception;
            }
            String dotted = "." + lower + ".";
            int len = dotted.length();
            byte[] score = new byte[len + 1];
            for (int i = 0; i < len; i++) {
                trie.apply(dotted, i, score);
            }
            // score[i] lies between dotted[i-1] and dotted[i]; a break after word offset q is score[q + 1].
            int[] out = new int[lower.length()];
            int n = 0;
            for (int q = 1; q < lower.length(); q++) {
                if ((score[q + 1] & 1) == 1) {
                    out[n++] = q;
                }
            }
            return Arrays.copyOf(out, n);
        }

        /**
         * The word in the patterns' letters (each through its class, to lower case), or null when it has a letter
         * the language does not know (an English word in a Turkish text is left whole).
         */
        private String normalise(String word) {
            char[] out = new char[word.length()];
            for (int i = 0; i < out.length; i++) {
                Character c = classes.get(word.charAt(i));
                if (c == null) {
                    return null;
                }
                out[i] = c;
            }
            return new String(out);
        }
    }
}
