package org.lessonpress.typeset;

import java.util.List;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.Theme;

/**
 * Sets text for one document and one painter: the document's language (hyphenation patterns and ties), the theme's
 * code scale and baseline, and the painter's {@link AdvanceRounding}. Safe to share between threads.
 */
public final class Typesetter {
    private final BreakOpportunities breaks;
    private final AdvanceRounding rounding;
    private final double codeScale;
    private final double baseline;
    private final String language;

    private Typesetter(String language, Hyphenator hyphenator, AdvanceRounding rounding, double codeScale, double baseline,
                       BreakScans scans) {
        this.language = language;
        this.breaks = new BreakOpportunities(hyphenator, Ties.forLanguage(language), scans);
        this.rounding = rounding;
        this.codeScale = codeScale;
        this.baseline = baseline;
    }

    /**
     * The typesetter for a document in {@code language} (a BCP 47 tag), hyphenating with its patterns when
     * {@code hyphenate}, measuring as {@code rounding}'s painter draws.
     */
    public static Typesetter of(Theme theme, String language, boolean hyphenate, AdvanceRounding rounding) {
        return of(theme, language, hyphenate, rounding, null);
    }

    /**
     * As {@link #of(Theme, String, boolean, AdvanceRounding)}, finding break opportunities once per text for every
     * typesetter that shares {@code scans} (the formats of one document); null shares none.
     */
    public static Typesetter of(Theme theme, String language, boolean hyphenate, AdvanceRounding rounding, BreakScans scans) {
        return new Typesetter(language, hyphenate ? Hyphenator.forLanguage(language) : Hyphenator.OFF, rounding,
                theme.get(CoreKeys.CODE_SCALE), theme.get(CoreKeys.BASELINE), scans);
    }

    /** A typesetter with explicit values, for tests and tools. */
    public static Typesetter of(String language, Hyphenator hyphenator, AdvanceRounding rounding, double codeScale,
                                double baseline) {
        return of(language, hyphenator, rounding, codeScale, baseline, null);
    }

    /** A typesetter with explicit values, sharing {@code scans} (or none, when null). */
    public static Typesetter of(String language, Hyphenator hyphenator, AdvanceRounding rounding, double codeScale,
                                double baseline, BreakScans scans) {
        return new Typesetter(language, hyphenator, rounding, codeScale, baseline, scans);
    }

    /** Measures styled text once, to be set at any size and width. Linear in its length. */
    public MeasuredParagraph measure(List<Span> spans) {
        return MeasuredParagraph.of(spans, breaks, rounding, baseline);
    }

    /** A styler for running text in {@code text}, code in {@code code}, at the theme's code scale. */
    public Styler styler(FontChain text, FontChain code, Rgb color, Rgb linkColor) {
        return new Styler(text, code, color, linkColor, codeScale);
    }

    /** How far the baseline sits below the middle of its line, in ems of the type size (the theme's). */
    public double baseline() {
        return baseline;
    }

    public double codeScale() {
        return codeScale;
    }

    public String language() {
        return language;
    }

    public AdvanceRounding rounding() {
        return rounding;
    }
}
