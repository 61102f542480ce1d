package org.lessonpress.export.booklet;

import com.lowagie.text.pdf.hyphenation.Hyphenation;
import com.lowagie.text.pdf.hyphenation.HyphenationTree;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            HyphenationTree t = new HyphenationTree();
            t.loadSimplePatterns(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            if (!xml.contains("<classes>")) {
                addLetterClasses(t, xml, Locale.forLanguageTag(name.replace('_', '-')));
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Some pattern files (Turkish) list no character classes, without which the tree matches no word: every letter
     * the patterns use becomes its own class, with its capital.
     */
    private static void addLetterClasses(HyphenationTree t, String xml, Locale locale) {
        int from = xml.indexOf("<patterns>");
        int to = xml.indexOf("</patterns>");
        if (from < 0 || to < from) {
            return;
        }
        Set<Integer> letters = new TreeSet<>();
        xml.substring(from, to).codePoints().filter(Character::isLetter).forEach(letters::add);
        for (int cp : letters) {
            String lower = new String(Character.toChars(cp));
            String upper = lower.toUpperCase(locale);
            t.addClass(upper.length() == 1 && !upper.equals(lower) ? lower + upper : lower);
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
