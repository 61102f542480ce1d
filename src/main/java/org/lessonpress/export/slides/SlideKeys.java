package org.lessonpress.export.slides;

import java.util.List;
import org.lessonpress.theme.ThemeKey;
import org.lessonpress.theme.ValueType;

/**
 * The theme keys of the slides exporter; the default theme sets them all (see {@code themes/default.yml}). Type sizes
 * are steps on one modular scale: {@code slides.body.size} times {@code slides.scale} to the power of the step.
 */
final class SlideKeys {
    static final ThemeKey<Double> MARGIN_TOP = length("slides.margin.top", "0in", "3in", "space above the content of every slide (at least 0.6in)");
    static final ThemeKey<Double> MARGIN_BOTTOM = length("slides.margin.bottom", "0in", "3in", "space below the content; the footer sits inside it");
    static final ThemeKey<Double> MARGIN_SIDE = length("slides.margin.side", "0in", "3in", "left and right margins");
    static final ThemeKey<Double> FOOTER_DISTANCE = length("slides.footer.distance", "0in", "2in", "from the bottom edge to the footer line");
    static final ThemeKey<Double> BODY_SIZE = length("slides.body.size", "6pt", "72pt", "body text (Body), the base (step 0) of the type scale; 18-24pt");
    static final ThemeKey<Double> SCALE = ThemeKey.of("slides.scale", ValueType.number(1.05, 2.0),
            "ratio of the modular type scale: each step is this many times the one below (1.125: 24, 27, 30.4, 34.2 pt)");
    static final ThemeKey<Integer> FOOTER_STEP = step("slides.footer.step", "footer (title and slide number)");
    static final ThemeKey<Integer> TITLE_STEP = step("slides.title.step", "document title on the title slide");
    static final ThemeKey<Integer> SUBTITLE_STEP = step("slides.subtitle.step", "subtitle on the title slide");
    static final ThemeKey<Integer> META_STEP = step("slides.meta.step", "author and date on the title slide (the source line one step less)");
    static final ThemeKey<Integer> SLIDE_TITLE_STEP = step("slides.slide-title.step", "heading of the agenda, intro and closing slides");
    static final ThemeKey<Integer> SECTION_STEP = step("slides.section.step", "section title on its divider (Heading 1; its number two steps less)");
    static final ThemeKey<Integer> SUBSECTION_STEP = step("slides.subsection.step",
            "sub-section title on its divider (Subsection Title; its number two steps less)");
    static final ThemeKey<Integer> NUMBER_STEP = step("slides.number.step", "lesson number (Lesson Number)");
    static final ThemeKey<Integer> LEAD_STEP = step("slides.lead.step", "lesson lead, the slide heading (Heading 2); 32-44pt");
    static final ThemeKey<String> BODY_FONT = ThemeKey.of("slides.body.font", ValueType.choice("sans", "serif"),
            "font chain for body text: sans (the display chain) or serif");

    private SlideKeys() {
    }

    static List<ThemeKey<?>> all() {
        return List.of(MARGIN_TOP, MARGIN_BOTTOM, MARGIN_SIDE, FOOTER_DISTANCE, BODY_SIZE, SCALE, FOOTER_STEP, TITLE_STEP,
                SUBTITLE_STEP, META_STEP, SLIDE_TITLE_STEP, SECTION_STEP, SUBSECTION_STEP, NUMBER_STEP, LEAD_STEP,
                BODY_FONT);
    }

    private static ThemeKey<Double> length(String path, String min, String max, String help) {
        return ThemeKey.of(path, ValueType.length(min, max), help);
    }

    private static ThemeKey<Integer> step(String path, String help) {
        return ThemeKey.of(path, ValueType.integer(-8, 12), "type size of the " + help + ", in steps of the scale from the body");
    }
}
