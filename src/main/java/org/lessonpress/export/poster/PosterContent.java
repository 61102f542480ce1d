package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.Citation;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.pdfbox.InlineStyler;
import org.lessonpress.export.pdfbox.LineBreaker;
import org.lessonpress.export.pdfbox.MeasuredText;
import org.lessonpress.export.pdfbox.StyledBlock;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.Metadata;
import org.lessonpress.model.Section;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.colour.Palette;
import org.lessonpress.theme.colour.SectionColours;

/**
 * Everything the poster shows, styled and measured once (in ems), before any size or grid is chosen.
 *
 * @param title    the title, in display bold
 * @param subtitle the subtitle, or null
 * @param byline   author and date, or null
 * @param citation the citation for the footer, or null
 * @param source   the source URL for the footer (a link), or null
 * @param items    one per lesson, in reading order
 */
public record PosterContent(MeasuredText title, MeasuredText subtitle, MeasuredText byline, MeasuredText citation,
                            MeasuredText source, List<PosterContent.Item> items) {

    /** Size of inline and block code relative to the body: monospaced faces look larger at the same size. */
    public static final double CODE_SCALE = 0.88;

    /**
     * One lesson's cell content.
     *
     * @param lesson      the lesson
     * @param number      its number
     * @param lead        the lead, bold
     * @param body        the body blocks
     * @param colours     its section's colours (the accent's outside sections): rule for bands and rules, text for
     *                    the number and the section name, tint for quote bars
     * @param label       the section name to show above this cell (a section starts here), or null
     * @param newTopSection true when a top-level section starts here (the grid may start a new row)
     */
    public record Item(Lesson lesson, MeasuredText number, MeasuredText lead, List<Part> body, SectionColours colours,
                       MeasuredText label, boolean newTopSection) {
        public Item {
            body = List.copyOf(body);
        }
    }

    /**
     * A body block.
     *
     * @param kind   paragraph, quote, list item...
     * @param depth  list nesting
     * @param marker the list marker, or null
     * @param text   the text
     * @param scale  its size relative to the body size
     */
    public record Part(StyledBlock.Kind kind, int depth, MeasuredText marker, MeasuredText text, double scale) {
    }

    public PosterContent {
        items = List.copyOf(items);
    }

    /** The widest lesson number in ems of the lead face (for the hanging number column). */
    public double numberWidthEm() {
        return items.stream().mapToDouble(i -> i.number().naturalWidthEm()).max().orElse(0);
    }

    /** Styles and measures a document with the context's theme and the given breaker's fonts. */
    public static PosterContent of(LessonDocument doc, ExportContext ctx, LineBreaker breaker) {
        Palette palette = ctx.theme().palette();
        Rgb text = palette.text();
        Rgb muted = palette.muted();
        FontChain sans = ctx.fonts(CoreKeys.FONT_SANS);
        FontChain serif = ctx.fonts(CoreKeys.FONT_SERIF);
        InlineStyler body = new InlineStyler(serif, ctx.fonts(CoreKeys.FONT_MONO), text, palette.link());
        InlineStyler display = body.withText(sans);

        Metadata m = doc.metadata();
        FontChain.MissingGlyphHandler meta = ctx.glyphs(1, "the front matter");
        MeasuredText title = breaker.measure(display.plain(m.title(), FontStyle.BOLD, meta));
        MeasuredText subtitle = m.subtitleIfAny().map(s -> breaker.measure(display.withColor(muted).plain(s, FontStyle.REGULAR, meta))).orElse(null);
        String by = String.join(" \u00b7 ", List.of(m.author(), m.date()).stream().filter(s -> !s.isBlank()).toList());
        MeasuredText byline = by.isEmpty() ? null : breaker.measure(display.withColor(muted).plain(by, FontStyle.REGULAR, meta));
        // The source prints beside the citation, so the citation leaves its URL out.
        String cited = Citation.withoutSource(m);
        MeasuredText citation = cited.isEmpty() ? null : breaker.measure(display.withColor(muted).plain(cited, FontStyle.REGULAR, meta));
        MeasuredText source = m.sourceIfAny().map(s -> breaker.measure(List.of(new org.lessonpress.export.pdfbox.Piece.Span(
                sans.primary(FontStyle.REGULAR), s, palette.link(), s)))).orElse(null);

        List<Item> items = new ArrayList<>();
        Section lastInner = null;
        Section lastTop = null;
        for (LessonDocument.Entry e : doc.entries()) {
            Lesson l = e.lesson();
            FontChain.MissingGlyphHandler glyphs = ctx.glyphs(l.line(), "lesson " + l.number());
            int top = e.topSection() == null ? -1 : doc.sections().indexOf(e.topSection());
            SectionColours colours = palette.sectionOrAccent(top);
            Rgb ink = colours.text();
            MeasuredText label = null;
            boolean newTop = e.topSection() != lastTop;
            if (e.section() != null && e.section() != lastInner) {
                String name = newTop ? String.join(" \u00b7 ", e.trail().stream().map(Section::titleText).toList())
                        : e.section().titleText();
                label = breaker.measure(display.withColor(ink).plain(name, FontStyle.BOLD, ctx.glyphs(e.section().line(), "section heading")));
            }
            lastInner = e.section();
            lastTop = e.topSection();
            MeasuredText number = breaker.measure(display.withColor(ink).plain(Integer.toString(l.number()), FontStyle.BOLD, glyphs));
            MeasuredText lead = breaker.measure(display.inlines(l.lead(), FontStyle.BOLD, glyphs));
            List<Part> parts = new ArrayList<>();
            for (StyledBlock b : body.blocks(l.body(), FontStyle.REGULAR, glyphs)) {
                MeasuredText marker = b.marker().isEmpty() ? null : breaker.measure(b.marker());
                double scale = b.kind() == StyledBlock.Kind.CODE ? CODE_SCALE : 1.0;
                parts.add(new Part(b.kind(), b.depth(), marker, breaker.measure(b.pieces()), scale));
            }
            items.add(new Item(l, number, lead, parts, colours, label, newTop && e.topSection() != null));
        }
        return new PosterContent(title, subtitle, byline, citation, source, items);
    }
}
