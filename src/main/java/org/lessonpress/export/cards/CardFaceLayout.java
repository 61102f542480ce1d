package org.lessonpress.export.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lessonpress.BadInputException;
import org.lessonpress.export.pdfbox.InlineStyler;
import org.lessonpress.export.pdfbox.LineBreaker;
import org.lessonpress.export.pdfbox.MeasuredText;
import org.lessonpress.export.pdfbox.Piece;
import org.lessonpress.export.pdfbox.StyledBlock;
import org.lessonpress.export.pdfbox.TextBox;
import org.lessonpress.model.Lesson;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.Units;

/**
 * Lays out the front and back of a card: which text goes where and at what size. Text shrinks step by step to
 * fit its face, down to the theme's minimum; below that the lesson is reported, never clipped. Pure apart from
 * measuring text with the fonts it is given.
 */
final class CardFaceLayout {
    /** Sizes are tried in steps of a quarter point. */
    private static final double STEP = 0.25;
    private static final String NBSP = "\u00a0";

    /** Turns a lesson into its glyph handler (missing characters are errors or warnings naming the lesson). */
    interface Glyphs {
        FontChain.MissingGlyphHandler forLesson(Lesson lesson);
    }

    private final CardStyle style;
    private final CardSize card;
    private final double bleed;
    private final LineBreaker breaker;
    private final Glyphs glyphs;
    private final String sourceName;

    CardFaceLayout(CardStyle style, CardSize card, double bleed, LineBreaker breaker, Glyphs glyphs, String sourceName) {
        this.style = style;
        this.card = card;
        this.bleed = bleed;
        this.breaker = breaker;
        this.glyphs = glyphs;
        this.sourceName = sourceName;
    }

    private double width() {
        return card.width();
    }

    private double height() {
        return card.height();
    }

    private double innerWidth() {
        return card.width() - 2 * style.safe();
    }

    /** The front: section band into the bleed, the number large, the lead, the document title small. */
    CardFace front(CardContent c) {
        Lesson lesson = c.entry().lesson();
        FontChain.MissingGlyphHandler g = glyphs.forLesson(lesson);
        double s = style.safe();
        double w = width();
        double h = height();
        List<CardFace.Fill> fills = new ArrayList<>();
        List<CardFace.Text> texts = new ArrayList<>();

        Rgb labelColor = Contrast.textOn(c.sectionColor(), style.paper(), style.text());
        MeasuredText label = breaker.measure(style.sans().withColor(labelColor).plain(c.sectionLabel(), FontStyle.BOLD, g));
        TextBox labelBox = shrinkToLines(label, style.sectionSize(), Math.min(style.sectionSize(), 6), 2);
        double pad = Units.mm(1.5);
        double bandHeight = Math.max(style.bandHeight(), s + labelBox.height() + 2 * pad);
        fills.add(new CardFace.Fill(new Rect(-bleed, h - bandHeight, w + 2 * bleed, bandHeight + bleed), c.sectionColor()));
        texts.add(new CardFace.Text(labelBox, s, h - s - (bandHeight - s - labelBox.height()) / 2));

        double bottom = s;
        if (!c.title().isEmpty()) {
            TextBox title = breaker.layout(style.sans().withColor(style.muted()).plain(c.title(), FontStyle.REGULAR, g),
                    style.titleSize(), style.leadLeading(), innerWidth());
            texts.add(new CardFace.Text(title, s, s + title.height()));
            bottom = s + title.height() + style.titleSize();
        }

        Rgb ink = Contrast.readable(c.sectionColor(), style.paper());
        MeasuredText number = breaker.measure(style.sans().withColor(ink).plain(Integer.toString(lesson.number()), FontStyle.REGULAR, g));
        MeasuredText lead = breaker.measure(style.sans().inlines(lesson.lead(), FontStyle.BOLD, g));
        double numberTop = h - bandHeight - style.leadSize() * 0.7;
        // A long lead first takes room from the number (down to 70 %), and only then gets smaller than 82 % of
        // its size (14 pt on a poker card, readable at arm's length); the theme minimum is the last resort.
        double comfortable = Math.max(style.leadMinSize(), style.leadSize() * 0.82);
        double[][] tries = {{1.0, comfortable}, {0.85, comfortable}, {0.7, comfortable}, {0.7, style.leadMinSize()}};
        for (double[] t : tries) {
            TextBox numberBox = number.layout(style.numberSize() * t[0], 1.0, innerWidth());
            double leadTop = numberTop - numberBox.height() - style.leadSize() * 0.3;
            double available = leadTop - bottom;
            for (double size = style.leadSize(); size >= t[1] - 1e-9; size -= STEP) {
                TextBox box = lead.layout(size, style.leadLeading(), innerWidth());
                if (box.fits() && box.height() <= available + 1e-6) {
                    texts.add(new CardFace.Text(numberBox, s, numberTop));
                    texts.add(new CardFace.Text(box, s, leadTop));
                    return new CardFace(fills, List.of(), texts);
                }
            }
        }
        throw tooLong(lesson, "lead", "front", style.leadMinSize());
    }

    /** The back: a small section strip, the number and lead small, the body, the source. */
    CardFace back(CardContent c) {
        Lesson lesson = c.entry().lesson();
        FontChain.MissingGlyphHandler g = glyphs.forLesson(lesson);
        double s = style.safe();
        double w = width();
        double h = height();
        List<CardFace.Fill> fills = new ArrayList<>();
        fills.add(new CardFace.Fill(new Rect(-bleed, h - style.markerHeight(), w + 2 * bleed, style.markerHeight() + bleed),
                c.sectionColor()));

        TextBox source = breaker.layout(sourcePieces(c, g), style.sourceSize(), style.leadLeading(), innerWidth());
        double bottom = s + source.height() + style.sourceSize() * 0.8;
        double top = h - Math.max(s, style.markerHeight() + Units.mm(1.5));

        Rgb ink = Contrast.readable(c.sectionColor(), style.paper());
        List<Piece> head = new ArrayList<>(style.sans().withColor(ink).plain(lesson.number() + NBSP + NBSP, FontStyle.BOLD, g));
        head.addAll(style.sans().inlines(lesson.lead(), FontStyle.BOLD, g));
        MeasuredText header = breaker.measure(head);
        List<StyledBlock> blocks = style.serif().blocks(lesson.body(), FontStyle.REGULAR, g);
        List<BodyColumn.Measured> body = blocks.stream()
                .map(b -> new BodyColumn.Measured(b, breaker.measure(b.pieces()), breaker.measure(b.marker()))).toList();

        for (double size = style.bodySize(); size >= style.bodyMinSize() - 1e-9; size -= STEP) {
            double headSize = style.backLeadSize() * size / style.bodySize();
            TextBox headBox = header.layout(headSize, style.leadLeading(), innerWidth());
            BodyColumn column = new BodyColumn(style, size, s, s + innerWidth(),
                    top - headBox.height() - size * style.leading() * 0.5, c.sectionColor());
            double end = column.place(body);
            if (headBox.fits() && end >= bottom - 1e-6 && column.texts.stream().allMatch(t -> t.box().fits())) {
                List<CardFace.Text> texts = new ArrayList<>();
                texts.add(new CardFace.Text(headBox, s, top));
                texts.addAll(column.texts);
                texts.add(new CardFace.Text(source, s, s + source.height()));
                List<CardFace.Fill> all = new ArrayList<>(fills);
                all.addAll(column.fills);
                return new CardFace(all, column.rules, texts);
            }
        }
        throw tooLong(lesson, "text", "back", style.bodyMinSize());
    }

    /** "Source: example.org/x" linking to the source; just the document title when the file names no source. */
    private List<Piece> sourcePieces(CardContent c, FontChain.MissingGlyphHandler g) {
        InlineStyler muted = style.sans().withColor(style.muted());
        if (c.sourceLink() == null) {
            return muted.plain(c.source(), FontStyle.REGULAR, g);
        }
        List<Piece> out = new ArrayList<>(muted.plain("Source:" + NBSP, FontStyle.REGULAR, g));
        String shown = c.source().replaceFirst("^(?i)https?://(www\\.)?", "");
        for (Piece p : muted.plain(shown, FontStyle.REGULAR, g)) {
            Piece.Span span = (Piece.Span) p;
            out.add(new Piece.Span(span.face(), span.text(), span.color(), c.sourceLink()));
        }
        return out;
    }

    /** Lays out at the largest size from {@code size} down to {@code min} that needs at most {@code maxLines}. */
    private TextBox shrinkToLines(MeasuredText text, double size, double min, int maxLines) {
        TextBox box = text.layout(size, style.leadLeading(), innerWidth());
        for (double sz = size; sz >= min - 1e-9 && box.lines().size() > maxLines; sz -= STEP) {
            box = text.layout(sz, style.leadLeading(), innerWidth());
        }
        return box;
    }

    private BadInputException tooLong(Lesson lesson, String what, String side, double min) {
        return BadInputException.at(sourceName, lesson.line(), String.format(Locale.ROOT,
                "lesson %d: its %s does not fit on the %s of a %s card even at %.1f pt; use a larger --card-size "
                        + "(e.g. tarot or a6) or shorten the lesson", lesson.number(), what, side, card.name(), min));
    }
}
