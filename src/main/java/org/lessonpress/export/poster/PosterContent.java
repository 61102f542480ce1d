package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.Citation;
import org.lessonpress.export.ExportContext;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.model.Section;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.colour.Palette;
import org.lessonpress.theme.colour.SectionColours;
import org.lessonpress.typeset.AdvanceRounding;
import org.lessonpress.typeset.BlockStack;
import org.lessonpress.typeset.MeasuredBlocks;
import org.lessonpress.typeset.MeasuredParagraph;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.Styler;
import org.lessonpress.typeset.Typesetter;

/**
 * Everything the poster shows, styled and measured once (in ems), before any size or grid is chosen.
 *
 * @param title    the title, in display bold
 * @param subtitle the subtitle, or null
 * @param byline   author and date, or null
 * @param citation the citation for the footer, or null
 * @param source   the source URL for the footer (a link), or null
 * @param items    one per lesson, in reading order
 * @param look     how cell bodies are set (each cell colours its quote bars and rules in its section's colour)
 * @param baseline where a baseline sits below the middle of its line, in ems (the typesetter's)
 */
public record PosterContent(MeasuredParagraph title, MeasuredParagraph subtitle, MeasuredParagraph byline,
                            MeasuredParagraph citation, MeasuredParagraph source, List<PosterContent.Item> items,
                            BlockStack.Look look, double baseline) {

    /**
     * One lesson's cell content.
     *
     * @param lesson      the lesson
     * @param number      its number
     * @param lead        the lead, bold
     * @param body        the body blocks
     * @param colours     its section's colours (the accent's outside sections): rule for bands and rules, text for
     *                    the number and the section name, tint for quote bars
     * @param label       the top-level section's name, over the block that starts with this cell, or null
     * @param kicker      the sub-section's name (its trail below the top level), set in the flow at the head of this
     *                    cell where a sub-section starts, or null
     * @param newTopSection true when a top-level section starts here (the grid may start a new row)
     */
    public record Item(Lesson lesson, MeasuredParagraph number, MeasuredParagraph lead, MeasuredBlocks body,
                       SectionColours colours, MeasuredParagraph label, MeasuredParagraph kicker, boolean newTopSection) {
    }

    public PosterContent {
        items = List.copyOf(items);
    }

    /** When a poster has no body text to measure, a typical text face's average character, in ems. */
    private static final double TYPICAL_CHARACTER_EM = 0.47;

    /**
     * How wide a character of the body text is (spaces included), in ems, for narrow and for wide paragraphs: the
     * 10th and 90th percentiles over the body's paragraphs, weighted by their characters. A measure in characters
     * holds for the whole poster when its lower bound is met by the wide paragraphs (a Cyrillic or Greek paragraph
     * among Latin ones holds fewer characters per line) and its upper bound by the narrow ones. Leads stand in when no
     * lesson has a body.
     *
     * @return {narrow, wide}
     */
    public double[] characterEms() {
        List<double[]> paragraphs = new ArrayList<>();
        for (Item i : items) {
            for (MeasuredBlocks.Part part : i.body().parts()) {
                if (part.text() != null && part.kind() != MeasuredBlocks.Kind.CODE && part.kind() != MeasuredBlocks.Kind.HEADING
                        && part.text().characters() > 0) {
                    paragraphs.add(new double[] {part.text().widthEm() / part.text().characters(), part.text().characters()});
                }
            }
        }
        if (paragraphs.isEmpty()) {
            for (Item i : items) {
                if (i.lead().characters() > 0) {
                    paragraphs.add(new double[] {i.lead().widthEm() / i.lead().characters(), i.lead().characters()});
                }
            }
        }
        if (paragraphs.isEmpty()) {
            return new double[] {TYPICAL_CHARACTER_EM, TYPICAL_CHARACTER_EM};
        }
        paragraphs.sort(java.util.Comparator.comparingDouble(p -> p[0]));
        return new double[] {percentile(paragraphs, 0.1), percentile(paragraphs, 0.9)};
    }

    /** The em per character below which {@code share} of the characters lie. */
    private static double percentile(List<double[]> sorted, double share) {
        double total = sorted.stream().mapToDouble(p -> p[1]).sum();
        double seen = 0;
        for (double[] p : sorted) {
            seen += p[1];
            if (seen >= share * total) {
                return p[0];
            }
        }
        return sorted.get(sorted.size() - 1)[0];
    }

    /** The widest lesson number in ems of the number's face. */
    public double numberWidthEm() {
        return items.stream().mapToDouble(i -> i.number().naturalWidthEm()).max().orElse(0);
    }

    /** Styles and measures a document with the context's theme, in the document's language, as PDFBox draws. */
    public static PosterContent of(LessonDocument doc, ExportContext ctx) {
        Typesetter type = Typesetter.of(ctx.theme(), doc.metadata().language(), true, AdvanceRounding.NEAREST_THOUSANDTH, ctx.scans());
        Palette palette = ctx.theme().palette();
        Rgb text = palette.text();
        Rgb muted = palette.muted();
        FontChain sans = ctx.fonts(CoreKeys.FONT_SANS);
        FontChain serif = ctx.fonts(CoreKeys.FONT_SERIF);
        Styler body = type.styler(serif, ctx.fonts(CoreKeys.FONT_MONO), text, palette.link());
        Styler display = body.withText(sans);

        Metadata m = doc.metadata();
        FontChain.MissingGlyphHandler meta = ctx.glyphs(1, "the front matter");
        MeasuredParagraph title = type.measure(display.plain(m.title(), FontStyle.BOLD, meta));
        MeasuredParagraph subtitle = m.subtitleIfAny().map(s -> type.measure(display.withColor(muted).plain(s, FontStyle.REGULAR, meta))).orElse(null);
        String by = String.join(" \u00b7 ", List.of(m.author(), m.date()).stream().filter(s -> !s.isBlank()).toList());
        MeasuredParagraph byline = by.isEmpty() ? null : type.measure(display.withColor(muted).plain(by, FontStyle.REGULAR, meta));
        // The source prints beside the citation, so the citation leaves its URL out.
        String cited = Citation.withoutSource(m);
        MeasuredParagraph citation = cited.isEmpty() ? null : type.measure(display.withColor(muted).plain(cited, FontStyle.REGULAR, meta));
        MeasuredParagraph source = m.sourceIfAny().map(s -> type.measure(display.linked(s, s, FontStyle.REGULAR, meta))).orElse(null);

        java.util.Locale locale = java.util.Locale.forLanguageTag(doc.metadata().language());
        List<Item> items = new ArrayList<>();
        Section lastInner = null;
        Section lastTop = null;
        for (LessonDocument.Entry e : doc.entries()) {
            Lesson l = e.lesson();
            FontChain.MissingGlyphHandler glyphs = ctx.glyphs(l.line(), "lesson " + l.number());
            int top = e.topSection() == null ? -1 : doc.sections().indexOf(e.topSection());
            SectionColours colours = palette.sectionOrAccent(top);
            Rgb ink = colours.text();
            MeasuredParagraph label = null;
            MeasuredParagraph kicker = null;
            boolean newTop = e.topSection() != lastTop;
            if (e.topSection() != null && newTop) {
                label = type.measure(display.withColor(ink).plain(e.topSection().titleText(), FontStyle.BOLD,
                        ctx.glyphs(e.topSection().line(), "section heading")));
            }
            // A sub-section is a head in its section's flow, not a block of its own: the hierarchy stays visible and
            // the columns of a section stay even.
            if (e.section() != null && e.section() != lastInner && e.section() != e.topSection()) {
                List<Section> below = e.trail().subList(e.trail().indexOf(e.topSection()) + 1, e.trail().size());
                String name = String.join(" \u00b7 ", below.stream().map(Section::titleText).toList());
                kicker = type.measure(display.withColor(ink).plain(name.toUpperCase(locale), FontStyle.BOLD,
                        ctx.glyphs(e.section().line(), "section heading")));
            }
            lastInner = e.section();
            lastTop = e.topSection();
            MeasuredParagraph number = type.measure(display.withColor(ink).plain(Integer.toString(l.number()), FontStyle.BOLD, glyphs));
            MeasuredParagraph lead = type.measure(display.inlines(l.lead(), FontStyle.BOLD, glyphs));
            MeasuredBlocks parts = MeasuredBlocks.of(l.body(), type, body, display, FontStyle.REGULAR, glyphs);
            items.add(new Item(l, number, lead, parts, colours, label, kicker, newTop && e.topSection() != null));
        }
        BlockStack.Look look = new BlockStack.Look(Setting.JUSTIFIED, Setting.DISPLAY, Setting.DISPLAY, type.codeScale(), 0,
                false, palette.accent().tint(), null, ctx.theme(CoreKeys.COLOR_CODE_BACKGROUND), palette.accent().rule());
        return new PosterContent(title, subtitle, byline, citation, source, items, look, type.baseline());
    }
}
