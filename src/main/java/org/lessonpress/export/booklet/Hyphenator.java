package org.lessonpress.export.booklet;

import com.lowagie.text.pdf.hyphenation.Hyphenation;
import com.lowagie.text.pdf.hyphenation.HyphenationTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a word may be hyphenated, from TeX patterns (the XML pattern files of {@code com.itextpdf:hyph}, read by
 * OpenPDF's hyphenation tree). A language without patterns (Vietnamese, which does not hyphenate) gets none.
 */
final class Hyphenator {
    private static final String ROOT = "com/itextpdf/hyph/";
    private static final Map<String, HyphenationTree> TREES = new ConcurrentHashMap<>();
    private static final HyphenationTree NONE = new HyphenationTree();
    static final Hyphenator OFF = new Hyphenator(null);

    private final HyphenationTree tree;

    private Hyphenator(HyphenationTree tree) {
        this.tree = tree;
    }

    /** Patterns for a BCP 47 tag: {@code de-CH} tries de_CH then de; {@code en} uses the US patterns. */
    static Hyphenator forLanguage(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String lang = locale.getLanguage();
        String region = locale.getCountry();
        String[] candidates = lang.equals("en") && (region.isEmpty() || region.equals("US"))
                ? new String[] {"en_US"}
                : new String[] {lang + "_" + region, lang};
        for (String c : candidates) {
            HyphenationTree t = TREES.computeIfAbsent(c, Hyphenator::load);
            if (t != NONE) {
                return new Hyphenator(t);
            }
        }
        return OFF;
    }

    private static HyphenationTree load(String name) {
        try (InputStream in = Hyphenator.class.getClassLoader().getResourceAsStream(ROOT + name + ".xml")) {
            if (in == null) {
                return NONE;
            }
            HyphenationTree t = new HyphenationTree();
            t.loadSimplePatterns(in);
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean enabled() {
        return tree != null;
    }

    /**
     * The offsets inside {@code word} after which a hyphen may go, ascending; at least two letters stay on
     * each side. Non-letters around the word (quotes, punctuation) are skipped.
     */
    int[] points(String word) {
        if (tree == null) {
            return new int[0];
        }
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetter(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        String core = word.substring(start, end);
        if (core.length() < 5 || !core.chars().allMatch(Character::isLetter)) {
            return new int[0];
        }
        Hyphenation h = tree.hyphenate(core, 2, 3);
        if (h == null) {
            return new int[0];
        }
        int[] pts = h.getHyphenationPoints();
        int[] out = new int[pts.length];
        int n = 0;
        for (int p : pts) {
            if (p >= 2 && p <= core.length() - 3) {
                out[n++] = start + p;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
