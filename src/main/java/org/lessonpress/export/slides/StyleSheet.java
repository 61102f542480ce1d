package org.lessonpress.export.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.colour.Palette;
import org.lessonpress.theme.colour.SectionColours;

/**
 * The deck's named styles, built from the theme: Word's own (Title, Subtitle, Heading 1 for sections, Heading 2 for
 * lesson leads, Quote, Footer, Emphasis, Strong, Hyperlink) plus the deck's (Lesson Number, Body, Attribution,
 * Source Code, ...). Body-like styles come in three size steps (Body, Body Small, Body Smaller) so a full slide
 * shrinks by switching style, not by direct formatting.
 */
final class StyleSheet {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String AUTHOR = "Author";
    static final String DATE = "Date";
    static final String SOURCE = "SourceLine";
    static final String SLIDE_TITLE = "SlideTitle";
    static final String SECTION_NUMBER = "SectionNumber";
    static final String HEADING_1 = "Heading1";
    static final String SUBSECTION_NUMBER = "SubsectionNumber";
    static final String SUBSECTION_TITLE = "SubsectionTitle";
    /** The part of a style ID that marks the variant that starts a slide of its own. */
    static final String NEW_SLIDE = "NewSlide";
    static final String LESSON_NUMBER = "LessonNumber";
    static final String LEAD = "Lead";
    static final String HEADING_2 = "Heading2";
    static final String FOOTER = "Footer";
    static final String EMPHASIS = "Emphasis";
    static final String STRONG = "Strong";
    static final String CODE = "VerbatimChar";
    static final String HYPERLINK = "Hyperlink";

    /**
     * Paragraph styles that shrink on a full slide; each has a Small and a Smaller variant, one and two steps of
     * the type scale down. Each sits {@code step} steps from the body of its variant; space after and indents are
     * multiples of its size, so every variant keeps the same proportions.
     */
    enum Scalable {
        BODY("Body", "Body", 0, 0.5, 0, 0),
        QUOTE("Quote", "Quote", 0, 0.25, 1.2, 0),
        ATTRIBUTION("Attribution", "Attribution", -2, 0.8, 1.5, 0),
        SOURCE_CODE("SourceCode", "Source Code", -2, 0.5, 0.5, 0),
        LIST_BULLET("ListBullet", "List Bullet", 0, 0.25, 1.5, 1.0),
        LIST_NUMBER("ListNumber", "List Number", 0, 0.25, 1.5, 1.0),
        BLOCK_HEADING("BlockHeading", "Block Heading", 0, 0.25, 0, 0),
        AGENDA_ITEM("AgendaItem", "Agenda Item", 0, 0.4, 0, 0),
        CLOSING("Closing", "Closing", 0, 0.5, 0, 0),
        /** The citation on the closing slide: a step larger than the closing text, as a slide shows a citation. */
        CITATION("Citation", "Citation", 1, 0.6, 0, 0);

        private final String id;
        private final String name;
        private final int step;
        private final double after;
        private final double indent;
        private final double hanging;

        Scalable(String id, String name, int step, double after, double indent, double hanging) {
            this.id = id;
            this.name = name;
            this.step = step;
            this.after = after;
            this.indent = indent;
            this.hanging = hanging;
        }

        /** The style ID at a size step: 0 is the style itself, 1 its Small, 2 its Smaller variant. */
        String id(int step) {
            return id + STEP_IDS[step];
        }

        String displayName(int step) {
            return name + STEP_NAMES[step];
        }
    }

    static final int STEPS = 3;
    private static final String[] STEP_IDS = {"", "Small", "Smaller"};
    private static final String[] STEP_NAMES = {"", " Small", " Smaller"};

    private final List<StyleDef> styles = new ArrayList<>();
    private final String docDefaults;
    private final int paletteSize;

    private StyleSheet(List<StyleDef> defs, String docDefaults, int paletteSize) {
        styles.addAll(defs);
        this.docDefaults = docDefaults;
        this.paletteSize = paletteSize;
    }

    /** The styles for a theme; {@code display}, {@code body} and {@code mono} are the first families of the chains. */
    static StyleSheet build(Theme theme, String display, String body, String mono, String language, double textWidth) {
        Palette palette = theme.palette();
        String text = palette.text().hexUpper();
        String muted = palette.muted().hexUpper();
        String link = palette.link().hexUpper();
        String rule = theme.get(CoreKeys.COLOR_RULE).hexUpper();
        String codeBg = theme.get(CoreKeys.COLOR_CODE_BACKGROUND).hexUpper();
        TypeScale scale = TypeScale.of(theme);
        double bodySize = scale.size(0);
        double lead = scale.size(theme, SlideKeys.LEAD_STEP, 0);
        double meta = scale.size(theme, SlideKeys.META_STEP, 0);

        List<StyleDef> d = new ArrayList<>();
        d.add(StyleDef.paragraph(NORMAL, "Normal", null).font(body).size(bodySize).color(text).spacing(0, 0, 1.0));
        d.add(StyleDef.paragraph(TITLE, "Title", NORMAL).next(SUBTITLE).font(display).bold(true)
                .size(scale.size(theme, SlideKeys.TITLE_STEP, 0)).spacing(0, 18, 0.95).keepWithNext()
                .paragraphXml(border("top", 36, palette.accent().rule().hexUpper(), 18)));
        d.add(StyleDef.paragraph(SUBTITLE, "Subtitle", NORMAL).next(AUTHOR).font(display).color(muted)
                .size(scale.size(theme, SlideKeys.SUBTITLE_STEP, 0)).spacing(0, 36, 1.0).keepWithNext());
        d.add(StyleDef.paragraph(AUTHOR, "Author", NORMAL).next(DATE).font(display).bold(true).size(meta).spacing(0, 4, 1.0));
        d.add(StyleDef.paragraph(DATE, "Date", NORMAL).next(SOURCE).font(display).color(muted).size(meta).spacing(0, 4, 1.0));
        d.add(StyleDef.paragraph(SOURCE, "Source Line", NORMAL).font(display).color(muted)
                .size(scale.size(theme, SlideKeys.META_STEP, -1)).spacing(0, 4, 1.0));
        d.add(StyleDef.paragraph(SLIDE_TITLE, "Slide Title", NORMAL).next(Scalable.BODY.id(0)).font(display).bold(true)
                .size(scale.size(theme, SlideKeys.SLIDE_TITLE_STEP, 0)).spacing(0, 24, 0.95).startsSlide());
        // A section divider: a heavy rule in the section's rule colour, the number (display type: large text when
        // WCAG counts it so), the title in bold.
        double sectionSize = scale.size(theme, SlideKeys.SECTION_STEP, 0);
        double sectionNumberSize = scale.size(theme, SlideKeys.SECTION_STEP, -2);
        d.add(StyleDef.paragraph(SECTION_NUMBER, "Section Number", NORMAL).next(HEADING_1).font(display).bold(true)
                .color(palette.accent().textAt(sectionNumberSize, true).hexUpper()).size(sectionNumberSize)
                .spacing(0, 6, 1.0).startsSlide()
                .paragraphXml(border("top", 36, palette.accent().rule().hexUpper(), 12)));
        d.add(StyleDef.paragraph(HEADING_1, "heading 1", NORMAL).next(Scalable.BODY.id(0)).font(display).bold(true)
                .size(sectionSize).spacing(0, 18, 0.95).outline(0));
        // A sub-section divider is quieter, so the two levels never look alike: a hairline, the title in regular.
        double subsectionSize = scale.size(theme, SlideKeys.SUBSECTION_STEP, 0);
        d.add(StyleDef.paragraph(SUBSECTION_NUMBER, "Subsection Number", NORMAL).next(SUBSECTION_TITLE).font(display).bold(true)
                .color(palette.accent().text().hexUpper()).size(scale.size(theme, SlideKeys.SUBSECTION_STEP, -2))
                .spacing(bodySize, 4, 1.0).keepWithNext()
                .paragraphXml(border("top", 8, palette.accent().rule().hexUpper(), 8)));
        d.add(StyleDef.paragraph(SUBSECTION_TITLE, "Subsection Title", NORMAL).next(Scalable.BODY.id(0)).font(display)
                .bold(false).size(subsectionSize).spacing(0, 14, 0.95).outline(1));
        d.add(StyleDef.paragraph(LESSON_NUMBER, "Lesson Number", NORMAL).next(HEADING_2).font(display).bold(true)
                .color(palette.accent().text().hexUpper()).size(scale.size(theme, SlideKeys.NUMBER_STEP, 0)).spacing(0, 0, 1.0).startsSlide());
        // The lead's look lives in Lead; Heading 2 (what leads are set in) adds the outline level that puts every
        // lesson in Word's navigation pane and pandoc's headings.
        d.add(StyleDef.paragraph(LEAD, "Lead", NORMAL).next(Scalable.BODY.id(0)).font(display).bold(true)
                .size(lead).spacing(0, lead * 0.6, 0.95).keepWithNext());
        d.add(StyleDef.paragraph(HEADING_2, "heading 2", LEAD).next(Scalable.BODY.id(0)).outline(1));
        // Section N's divider number over a rule in the section's rule colour; its sub-section and lesson numbers take
        // the text role, as in every other format.
        List<SectionColours> sections = palette.sections();
        for (int i = 0; i < sections.size(); i++) {
            SectionColours c = sections.get(i);
            String ink = c.text().hexUpper();
            String band = c.rule().hexUpper();
            int n = i + 1;
            d.add(StyleDef.paragraph(SECTION_NUMBER + n, "Section Number " + n, SECTION_NUMBER).next(HEADING_1)
                    .color(c.textAt(sectionNumberSize, true).hexUpper()).startsSlide()
                    .paragraphXml(border("top", 36, band, 12)));
            d.add(StyleDef.paragraph(SUBSECTION_NUMBER + n, "Subsection Number " + n, SUBSECTION_NUMBER).next(SUBSECTION_TITLE)
                    .color(ink).paragraphXml(border("top", 8, band, 8)));
            d.add(StyleDef.paragraph(SUBSECTION_NUMBER + n + NEW_SLIDE, "Subsection Number " + n + " New Slide",
                    SUBSECTION_NUMBER + n).next(SUBSECTION_TITLE).startsSlide());
            d.add(StyleDef.paragraph(LESSON_NUMBER + n, "Lesson Number " + n, LESSON_NUMBER).next(HEADING_2)
                    .color(ink).startsSlide());
        }
        for (int step = 0; step < STEPS; step++) {
            d.addAll(scalable(step, scale, muted, rule, codeBg, mono, display, textWidth));
        }
        d.add(StyleDef.paragraph(FOOTER, "footer", NORMAL).font(display).color(muted).size(scale.size(theme, SlideKeys.FOOTER_STEP, 0))
                .spacing(0, 0, 1.0).paragraphXml("<w:tabs><w:tab w:val=\"right\" w:pos=\"" + StyleDef.twips(textWidth) + "\"/></w:tabs>"));
        d.add(StyleDef.character(EMPHASIS, "Emphasis").italic(true));
        d.add(StyleDef.character(STRONG, "Strong").bold(true));
        d.add(StyleDef.character(CODE, "Verbatim Char").font(mono)
                .runXml("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + codeBg + "\"/>"));
        d.add(StyleDef.character(HYPERLINK, "Hyperlink").color(link).runXml("<w:u w:val=\"single\"/>"));

        String defaults = "<w:docDefaults><w:rPrDefault><w:rPr>"
                + "<w:rFonts w:ascii=\"" + StyleDef.escape(body) + "\" w:hAnsi=\"" + StyleDef.escape(body) + "\" w:eastAsia=\""
                + StyleDef.escape(body) + "\" w:cs=\"" + StyleDef.escape(body) + "\"/>"
                + "<w:sz w:val=\"" + Math.round(bodySize * 2) + "\"/><w:szCs w:val=\"" + Math.round(bodySize * 2) + "\"/>"
                + langElement(language)
                + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
                + "</w:pPr></w:pPrDefault></w:docDefaults>";
        return new StyleSheet(d, defaults, sections.size());
    }

    /**
     * The spell-check language: {@code w:val} for Latin, Greek and Cyrillic text; the East Asian and complex-script
     * slots only when the document is in such a language, so Word keeps its own defaults for the others.
     */
    static String langElement(String language) {
        String tag = StyleDef.escape(language);
        String primary = language.split("-")[0].toLowerCase(java.util.Locale.ROOT);
        String extra = java.util.Set.of("zh", "ja", "ko").contains(primary) ? " w:eastAsia=\"" + tag + "\""
                : java.util.Set.of("ar", "he", "fa", "ur", "yi").contains(primary) ? " w:bidi=\"" + tag + "\"" : "";
        return "<w:lang w:val=\"" + tag + "\"" + extra + "/>";
    }

    /**
     * The body-like styles at one shrink step (0, 1 or 2 steps of the scale below the body); the Small and Smaller
     * variants are based on step 0 and change only sizes.
     */
    private static List<StyleDef> scalable(int step, TypeScale scale, String muted, String rule, String codeBg, String mono,
                                           String display, double textWidth) {
        List<StyleDef> out = new ArrayList<>();
        for (Scalable s : Scalable.values()) {
            double sz = scale.size(s.step - step);
            StyleDef def = StyleDef.paragraph(s.id(step), s.displayName(step), step == 0 ? NORMAL : s.id(0)).next(s.id(0))
                    .size(sz).spacing(0, Math.round(sz * s.after), 1.0);
            if (s.indent > 0) {
                def = def.indent(sz * s.indent, sz * s.hanging);
            }
            out.add(step == 0 ? look(def, s, muted, rule, codeBg, mono, display, textWidth) : def);
        }
        return out;
    }

    /** What a body-like style looks like besides its size; the smaller steps inherit it. */
    private static StyleDef look(StyleDef def, Scalable s, String muted, String rule, String codeBg, String mono,
                                 String display, double textWidth) {
        return switch (s) {
            case QUOTE -> def.italic(true).paragraphXml(border("left", 24, rule, 10));
            case ATTRIBUTION -> def.color(muted);
            case SOURCE_CODE -> def.font(mono).paragraphXml("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + codeBg + "\"/>");
            case BLOCK_HEADING -> def.bold(true).keepWithNext();
            case AGENDA_ITEM -> def.font(display).bold(true).paragraphXml("<w:tabs><w:tab w:val=\"right\" w:leader=\"none\" w:pos=\""
                    + StyleDef.twips(textWidth) + "\"/></w:tabs>");
            default -> def;
        };
    }

    private static String border(String side, int eighths, String color, int space) {
        return String.format(Locale.ROOT, "<w:pBdr><w:%s w:val=\"single\" w:sz=\"%d\" w:space=\"%d\" w:color=\"%s\"/></w:pBdr>",
                side, eighths, space, color);
    }

    /** The {@code w:styles} document. */
    String xml() {
        StringBuilder sb = new StringBuilder("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        sb.append(docDefaults);
        for (StyleDef s : styles) {
            sb.append(s.xml());
        }
        return sb.append("</w:styles>").toString();
    }

    List<StyleDef> styles() {
        return List.copyOf(styles);
    }

    /** The Lesson Number style for a top-level section (0-based), or the plain one for lessons outside sections. */
    String lessonNumber(int sectionIndex) {
        return sectionIndex < 0 ? LESSON_NUMBER : LESSON_NUMBER + (Math.floorMod(sectionIndex, paletteSize) + 1);
    }

    String sectionNumber(int sectionIndex) {
        return SECTION_NUMBER + (Math.floorMod(sectionIndex, paletteSize) + 1);
    }

    /** The Subsection Number style in a top-level section's colour; {@code newSlide} for a divider of its own. */
    String subsectionNumber(int sectionIndex, boolean newSlide) {
        return SUBSECTION_NUMBER + (Math.floorMod(sectionIndex, paletteSize) + 1) + (newSlide ? NEW_SLIDE : "");
    }
}
