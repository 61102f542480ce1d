package org.lessonpress.export.booklet;

import java.util.List;
import org.lessonpress.theme.PageSize;
import org.lessonpress.theme.ThemeKey;
import org.lessonpress.theme.ValueType;

/** The theme keys of the booklet, all set in the default theme. */
final class BookletKeys {
    /** Margins of the theme's paper; whether they leave a text block is checked against the paper at export. */
    private static final ValueType<Double> MARGIN = ValueType.length("0mm", "100mm");

    static final ThemeKey<PageSize> PAPER = ThemeKey.of("booklet.paper",
            ValueType.scalar("paper size no smaller than A7 (A5, half-letter, 148x210mm)", BookletExporter::paper),
            "page size of the reading copy (A5, half-letter, 148x210mm)");
    static final ThemeKey<Double> MARGIN_INNER = ThemeKey.of("booklet.margin.inner", MARGIN,
            "margin at the fold (left on recto pages, right on verso)");
    static final ThemeKey<Double> MARGIN_TOP = ThemeKey.of("booklet.margin.top", MARGIN, "top margin");
    static final ThemeKey<Double> MARGIN_OUTER = ThemeKey.of("booklet.margin.outer", MARGIN,
            "margin at the fore-edge");
    static final ThemeKey<Double> MARGIN_BOTTOM = ThemeKey.of("booklet.margin.bottom", MARGIN, "bottom margin");
    static final ThemeKey<Double> BODY_SIZE = ThemeKey.of("booklet.body.size", ValueType.length("5pt", "24pt"),
            "body text size; the base of the type scale");
    static final ThemeKey<Double> BODY_LEADING = ThemeKey.of("booklet.body.leading", ValueType.length("5pt", "48pt"),
            "body line spacing; the unit of vertical rhythm");
    static final ThemeKey<Double> SCALE = ThemeKey.of("booklet.scale", ValueType.number(1.05, 2.0),
            "ratio of the modular type scale (1.25: 10, 12.5, 15.6, 19.5, 24.4, 30.5 pt)");
    static final ThemeKey<Integer> KEEP_LINES = ThemeKey.of("booklet.keep-lines", ValueType.integer(0, 200),
            "a lesson of at most this many lines is never split across pages");
    static final ThemeKey<String> SECTION_BREAK = ThemeKey.of("booklet.section-break", ValueType.choice("auto", "new-page", "rule"),
            "how a section opens: on a new page, after a rule on the same page, or (auto) after a rule when enough of the"
                    + " page is left (booklet.section-space), else on a new page");
    static final ThemeKey<Double> SECTION_SPACE = ThemeKey.of("booklet.section-space", ValueType.number(0, 1),
            "with section-break auto: the part of the page that must be free for a section to open on it (0.4: two fifths)");
    static final ThemeKey<Integer> CONTENTS_LESSONS = ThemeKey.of("booklet.contents.max-lessons", ValueType.integer(0, 100000),
            "the contents list every lesson up to this many; above it, sections only, each with its lessons' numbers");
    static final ThemeKey<Double> SECTION_BAR_WIDTH = ThemeKey.of("booklet.section-bar.width", ValueType.length("0pt", "200pt"),
            "the bar in the section colour above a section title (and the contents, intro and closing)");
    static final ThemeKey<Double> SECTION_BAR_HEIGHT = ThemeKey.of("booklet.section-bar.height", ValueType.length("0pt", "20pt"),
            "its thickness");
    static final ThemeKey<Boolean> HYPHENATE = ThemeKey.of("booklet.hyphenate", ValueType.BOOLEAN,
            "hyphenate justified text with the TeX patterns of the document language");

    private BookletKeys() {
    }

    static List<ThemeKey<?>> all() {
        return List.of(PAPER, MARGIN_INNER, MARGIN_TOP, MARGIN_OUTER, MARGIN_BOTTOM, BODY_SIZE, BODY_LEADING, SCALE,
                KEEP_LINES, SECTION_BREAK, SECTION_SPACE, CONTENTS_LESSONS, SECTION_BAR_WIDTH, SECTION_BAR_HEIGHT, HYPHENATE);
    }
}
