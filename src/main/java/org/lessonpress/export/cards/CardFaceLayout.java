package org.lessonpress.export.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lessonpress.BadInputException;
import org.lessonpress.export.pdfbox.InlineStyler;
import org.lessonpress.export.pdfbox.LineBreaker;
import org.lessonpress.export.pdfbox.MeasuredText;
import org.lessonpress.export.pdfbox.Piece;
import org.lessonpress.export.pdfbox.Rect;
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

    /**
     * The glyph handler for text at a line of the lesson file, described as {@code where} ("lesson 12", "the front
     * matter"): missing characters are errors or warnings naming the place they are written.
     */
    interface Glyphs {
        FontChain.MissingGlyphHandler at(int line, String where);

        default FontChain.MissingGlyphHandler forLesson(Lesson lesson) {
            return at(lesson.line(), "lesson " + lesson.number());
        }

        /** For the document's title and source, which every card repeats. */
        default FontChain.MissingGlyphHandler forFrontMatter() {
            return at(1, "the front matter");
        }
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

    /** Number sizes tried for the whole deck, as parts of the theme's size: one size for every card. */
    private static final double[] NUMBER_SCALES = {1.0, 0.9, 0.8, 0.7};
    /** Leading of the number: its box is about as tall as its figures, which have no descenders. */
    private static final double NUMBER_LEADING = 0.82;

    /**
     * Sizes shared by every front of a deck, so the cards look alike side by side.
     *
     * @param bandHeight  the section band's height: enough for the longest section name
     * @param labelHeight the tallest section name's height (one or two lines), centred in the band
     * @param numberScale the number's size as a part of the theme's
     */
    record Deck(double bandHeight, double labelHeight, double numberScale) {
    }

    /** What the front needs before the lead is fitted: band, label, title, and the room left below them. */
    private record FrontParts(List<CardFace.Fill> fills, List<CardFace.Rule> rules, List<CardFace.Text> texts,
                              double numberTop, double bottom,
                              MeasuredText number, MeasuredText lead) {
    }

    /**
     * The deck's band height, and the largest number size at which every lead of the deck still fits at a
     * comfortable size (82 % of the theme's lead size: 14 pt on a poker card, readable at arm's length), so the
     * numbers, a design element, have one size throughout. A lead that needs less shrinks on its own card only.
     */
    Deck deck(List<CardContent> cards) {
        double tallest = 0;
        for (CardContent c : cards) {
            tallest = Math.max(tallest, label(c).height());
        }
        double bandHeight = Math.max(style.bandHeight(), bandFor(tallest));
        double labelHeight = tallest;
        List<FrontParts> parts = cards.stream().map(c -> frontParts(c, bandHeight, labelHeight)).toList();
        for (double scale : NUMBER_SCALES) {
            if (parts.stream().allMatch(p -> fitLead(p, scale, comfortableLead()) != null)) {
                return new Deck(bandHeight, labelHeight, scale);
            }
        }
        return new Deck(bandHeight, labelHeight, NUMBER_SCALES[NUMBER_SCALES.length - 1]);
    }

    /**
     * The section name in the band, on at most two lines when a smaller size allows: in the text-on-fill colour on
     * the fill, or in the section's text colour on the paper when the band is an outline.
     */
    private TextBox label(CardContent c) {
        var section = c.entry().section();
        FontChain.MissingGlyphHandler g = section == null ? glyphs.forFrontMatter() : glyphs.at(section.line(), "the section heading");
        Rgb labelColor = style.outline() ? c.colours().text() : c.colours().textOnFill();
        MeasuredText label = breaker.measure(style.sans().withColor(labelColor).plain(c.sectionLabel(), FontStyle.BOLD, g));
        return shrinkToLines(label, style.sectionSize(), Math.min(style.sectionSize(), 6), 2);
    }

    /** The band that holds a label this tall below the safe line with 1.5 mm above and below it. */
    private double bandFor(double labelHeight) {
        return style.safe() + labelHeight + 2 * Units.mm(1.5);
    }

    private double comfortableLead() {
        return Math.max(style.leadMinSize(), style.leadSize() * 0.82);
    }

    /** The front: section band into the bleed, the number large, the lead, the document title small. */
    CardFace front(CardContent c, Deck deck) {
        FrontParts p = frontParts(c, deck.bandHeight(), deck.labelHeight());
        CardFace.Text[] fitted = fitLead(p, deck.numberScale(), style.leadMinSize());
        if (fitted == null) {
            FrontParts untitled = new FrontParts(p.fills(), p.rules(), p.texts(), p.numberTop(), style.safe(), p.number(), p.lead());
            if (!c.title().isEmpty() && fitLead(untitled, deck.numberScale(), style.leadMinSize()) != null) {
                // The lead fits on its own: the title at the foot took its room, so the title is what to shorten.
                throw BadInputException.at(sourceName, 1, String.format(Locale.ROOT, "the title (%d characters) takes the room"
                        + " of the lead at the foot of every card front, so leads do not fit on a %s card; shorten the title or"
                        + " use a larger --card-size", c.title().length(), card.name()));
            }
            throw tooLong(c.entry().lesson(), "lead", "front", style.leadMinSize());
        }
        List<CardFace.Text> texts = new ArrayList<>(p.texts());
        texts.addAll(List.of(fitted));
        return new CardFace(p.fills(), p.rules(), texts);
    }

    /** The number and the lead at the largest lead size from the theme's down to {@code min}, or null. */
    private CardFace.Text[] fitLead(FrontParts p, double numberScale, double min) {
        double s = style.safe();
        TextBox number = p.number().layout(style.numberSize() * numberScale, NUMBER_LEADING, innerWidth());
        double leadTop = p.numberTop() - number.height() - style.leadSize() * 0.45;
        for (double size = style.leadSize(); size >= min - 1e-9; size -= STEP) {
            TextBox box = p.lead().layout(size, style.leadLeading(), innerWidth());
            if (box.fits() && box.height() <= leadTop - p.bottom() + 1e-6) {
                return new CardFace.Text[] {new CardFace.Text(number, s, p.numberTop()), new CardFace.Text(box, s, leadTop)};
            }
        }
        return null;
    }

    private FrontParts frontParts(CardContent c, double bandHeight, double labelHeight) {
        Lesson lesson = c.entry().lesson();
        FontChain.MissingGlyphHandler g = glyphs.forLesson(lesson);
        double s = style.safe();
        double h = height();
        List<CardFace.Fill> fills = new ArrayList<>();
        List<CardFace.Rule> rules = new ArrayList<>();
        List<CardFace.Text> texts = new ArrayList<>();
        TextBox labelBox = label(c);
        sectionColour(c, bandHeight, fills, rules);
        // Every label starts on one baseline: the first baseline of the deck's tallest label centred in the band,
        // so a one-line name sits where a two-line name begins.
        double tallestTop = h - s - (bandHeight - s - labelHeight) / 2;
        double firstBaseline = tallestTop - TextBox.baseline(0, style.sectionSize(), style.sectionSize() * style.leadLeading());
        texts.add(new CardFace.Text(labelBox, s, firstBaseline + TextBox.baseline(0, labelBox.size(), labelBox.lineHeight())));

        double bottom = s;
        if (!c.title().isEmpty()) {
            TextBox title = breaker.layout(style.sans().withColor(style.muted()).plain(c.title(), FontStyle.REGULAR,
                            glyphs.forFrontMatter()),
                    style.titleSize(), style.leadLeading(), innerWidth());
            texts.add(new CardFace.Text(title, s, s + title.height()));
            bottom = s + title.height() + style.titleSize();
        }
        Rgb ink = c.colours().text();
        MeasuredText number = breaker.measure(style.sans().withColor(ink).plain(Integer.toString(lesson.number()), FontStyle.REGULAR, g));
        MeasuredText lead = breaker.measure(style.sans().inlines(lesson.lead(), FontStyle.BOLD, g));
        return new FrontParts(fills, rules, texts, h - bandHeight - style.leadSize() * 0.7, bottom, number, lead);
    }

    /** The back: a small section strip, the number and lead small, the body, the source. */
    CardFace back(CardContent c) {
        Lesson lesson = c.entry().lesson();
        FontChain.MissingGlyphHandler g = glyphs.forLesson(lesson);
        double s = style.safe();
        double h = height();
        List<CardFace.Fill> fills = new ArrayList<>();
        List<CardFace.Rule> rules = new ArrayList<>();
        sectionColour(c, style.markerHeight(), fills, rules);

        TextBox source = breaker.layout(sourcePieces(c, glyphs.forFrontMatter()), style.sourceSize(), style.leadLeading(),
                innerWidth());
        double bottom = s + source.height() + style.sourceSize() * 0.8;
        double top = h - Math.max(s, style.markerHeight() + Units.mm(1.5));

        Rgb ink = c.colours().text();
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
                    top - headBox.height() - size * style.leading() * 0.5, c.colours().rule());
            double end = column.place(body);
            if (headBox.fits() && end >= bottom - 1e-6 && column.texts.stream().allMatch(t -> t.box().fits())) {
                List<CardFace.Text> texts = new ArrayList<>();
                texts.add(new CardFace.Text(headBox, s, top));
                texts.addAll(column.texts);
                texts.add(new CardFace.Text(source, s, s + source.height()));
                List<CardFace.Fill> all = new ArrayList<>(fills);
                all.addAll(column.fills);
                rules.addAll(column.rules);
                return new CardFace(all, rules, texts);
            }
        }
        throw tooLong(lesson, "text", "back", style.bodyMinSize());
    }

    /**
     * The section colour across the top of a face, {@code depth} down from the trim: a solid band in its fill colour
     * that runs on into the bleed, or (outline) a rule in its rule colour across the safe width at that depth.
     */
    private void sectionColour(CardContent c, double depth, List<CardFace.Fill> fills, List<CardFace.Rule> rules) {
        double y = height() - depth;
        if (style.outline()) {
            rules.add(new CardFace.Rule(style.safe(), y, width() - style.safe(), y, style.bandRule(), c.colours().rule()));
        } else {
            fills.add(new CardFace.Fill(new Rect(-bleed, y, width() + 2 * bleed, depth + bleed), c.colours().fill()));
        }
    }

    /** "Source: example.org/x" (in the document's language) linking to the source; the title when there is no source. */
    private List<Piece> sourcePieces(CardContent c, FontChain.MissingGlyphHandler g) {
        InlineStyler muted = style.sans().withColor(style.muted());
        if (c.sourceLink() == null) {
            return muted.plain(c.source(), FontStyle.REGULAR, g);
        }
        List<Piece> out = new ArrayList<>(muted.plain(c.sourceLabel() + NBSP, FontStyle.REGULAR, g));
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
