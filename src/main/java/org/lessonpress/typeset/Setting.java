package org.lessonpress.typeset;

/**
 * How a paragraph is set: how its lines are chosen, how they sit in the measure, and which breaks it may use.
 *
 * @param breaking          the algorithm
 * @param align             where ragged lines sit (justified lines fill the measure)
 * @param hyphenate         may break at hyphenation points and soft hyphens, adding a hyphen
 * @param breakAfterHyphens may break after a hyphen, dash or slash in the text
 * @param hyphenOnCut       a last-resort cut between two letters gets a hyphen (body text; display text is cut bare)
 */
public record Setting(Breaking breaking, Align align, boolean hyphenate, boolean breakAfterHyphens, boolean hyphenOnCut) {

    /** How lines are chosen. */
    public enum Breaking {
        /** Knuth–Plass total fit, every line but the last filling the measure (glue stretches and shrinks). */
        JUSTIFIED,
        /** Knuth–Plass with ragged-right costs: an even rag, no more lines than first fit, a free last line. */
        RAGGED,
        /** Knuth–Plass for display text: lines of even length, the last one too, no more lines than first fit. */
        BALANCED,
        /** Each line as full as it goes, as word processors set text. */
        FIRST_FIT
    }

    /** Where a line that does not fill the measure sits. */
    public enum Align { LEFT, RIGHT, CENTER }

    /** Body text of the booklet: justified and hyphenated. */
    public static final Setting JUSTIFIED = new Setting(Breaking.JUSTIFIED, Align.LEFT, true, true, true);
    /** Body text in a narrow measure or with long unbreakable runs: ragged-right, hyphenated. */
    public static final Setting RAGGED = new Setting(Breaking.RAGGED, Align.LEFT, true, true, true);
    /** Titles, headings, leads, labels: balanced lines broken at spaces, never hyphenated. */
    public static final Setting DISPLAY = new Setting(Breaking.BALANCED, Align.LEFT, false, false, false);
    /** What Word and LibreOffice do: first fit at spaces and after hyphens, no hyphenation. */
    public static final Setting WORD_PROCESSOR = new Setting(Breaking.FIRST_FIT, Align.LEFT, false, true, false);

    public Setting aligned(Align a) {
        return new Setting(breaking, a, hyphenate, breakAfterHyphens, hyphenOnCut);
    }

    public Setting withHyphenation(boolean on) {
        return new Setting(breaking, align, on, breakAfterHyphens, hyphenOnCut);
    }

    public Setting withBreaking(Breaking b) {
        return new Setting(b, align, hyphenate, breakAfterHyphens, hyphenOnCut);
    }

    /** True when the line count of this setting is first fit's (so size searches may count lines cheaply). */
    boolean fewestLines() {
        return breaking != Breaking.JUSTIFIED;
    }
}
