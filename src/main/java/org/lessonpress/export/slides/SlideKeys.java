package org.lessonpress.export.slides;

import java.util.List;
import org.lessonpress.theme.ThemeKey;
import org.lessonpress.theme.ValueType;

/** The theme keys of the slides exporter; the default theme sets them all (see {@code themes/default.yml}). */
final class SlideKeys {
    static final ThemeKey<Double> MARGIN_TOP = length("slides.margin.top", "0in", "3in", "space above the content of every slide (at least 0.6in)");
    static final ThemeKey<Double> MARGIN_BOTTOM = length("slides.margin.bottom", "0in", "3in", "space below the content; the footer sits inside it");
    static final ThemeKey<Double> MARGIN_SIDE = length("slides.margin.side", "0in", "3in", "left and right margins");
    static final ThemeKey<Double> FOOTER_DISTANCE = length("slides.footer.distance", "0in", "2in", "from the bottom edge to the footer line");
    static final ThemeKey<Double> FOOTER_SIZE = length("slides.footer.size", "6pt", "36pt", "footer type size (title and slide number)");
    static final ThemeKey<Double> TITLE_SIZE = length("slides.title.size", "12pt", "120pt", "document title on the title slide");
    static final ThemeKey<Double> TITLE_SPACE = length("slides.title.space-above", "0in", "5in", "space above the title on the title slide");
    static final ThemeKey<Double> SUBTITLE_SIZE = length("slides.subtitle.size", "8pt", "96pt", "subtitle on the title slide");
    static final ThemeKey<Double> META_SIZE = length("slides.meta.size", "6pt", "72pt", "author, date and source on the title slide");
    static final ThemeKey<Double> SLIDE_TITLE_SIZE = length("slides.slide-title.size", "10pt", "96pt", "heading of the agenda and closing slides");
    static final ThemeKey<Double> SECTION_SIZE = length("slides.section.size", "12pt", "120pt", "section title on divider slides (Heading 1)");
    static final ThemeKey<Double> SECTION_SPACE = length("slides.section.space-above", "0in", "5in", "space above the section number on divider slides");
    static final ThemeKey<Double> NUMBER_SIZE = length("slides.number.size", "10pt", "200pt", "lesson number (Lesson Number)");
    static final ThemeKey<Double> LEAD_SIZE = length("slides.lead.size", "10pt", "96pt", "lesson lead, the slide heading (Heading 2); 32-44pt");
    static final ThemeKey<Double> BODY_SIZE = length("slides.body.size", "6pt", "72pt", "body text (Body); 18-24pt");
    static final ThemeKey<Double> BODY_SMALL_SIZE = length("slides.body.size-small", "6pt", "72pt", "body text when a slide is full (Body Small)");
    static final ThemeKey<Double> BODY_SMALLER_SIZE = length("slides.body.size-smaller", "6pt", "72pt", "smallest body text, for the fullest slides (Body Smaller)");
    static final ThemeKey<String> BODY_FONT = ThemeKey.of("slides.body.font", ValueType.choice("sans", "serif"),
            "font chain for body text: sans (the display chain) or serif");
    static final ThemeKey<String> AGENDA_TITLE = ThemeKey.of("slides.agenda.title",
            ValueType.TEXT.where(t -> !t.isBlank() && t.length() <= 200, "a heading of 1 to 200 characters"), "heading of the agenda slide");

    private SlideKeys() {
    }

    static List<ThemeKey<?>> all() {
        return List.of(MARGIN_TOP, MARGIN_BOTTOM, MARGIN_SIDE, FOOTER_DISTANCE, FOOTER_SIZE, TITLE_SIZE, TITLE_SPACE,
                SUBTITLE_SIZE, META_SIZE, SLIDE_TITLE_SIZE, SECTION_SIZE, SECTION_SPACE, NUMBER_SIZE, LEAD_SIZE,
                BODY_SIZE, BODY_SMALL_SIZE, BODY_SMALLER_SIZE, BODY_FONT, AGENDA_TITLE);
    }

    private static ThemeKey<Double> length(String path, String min, String max, String help) {
        return ThemeKey.of(path, ValueType.length(min, max), help);
    }
}
