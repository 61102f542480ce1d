package org.lessonpress.export.cards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.lessonpress.BadInputException;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.model.Lesson;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.Units;
import org.lessonpress.typeset.BlockStack;
import org.lessonpress.typeset.MeasuredBlocks;
import org.lessonpress.typeset.MeasuredParagraph;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.Span;
import org.lessonpress.typeset.Styler;
import org.lessonpress.typeset.TextBox;

/**
 * Lays out the front and back of a card: which text goes where and at what size. Text shrinks step by step to
 * fit its face, down to the theme's minimum; below that the lesson is reported, never clipped. Pure apart from
 * measuring text with the fonts it is given.
 */
final class CardFaceLayout {
    /** Sizes are tried in steps of a quarter point. */
    private static final double STEP = 0.25;
    private static final String NBSP = "\u00a0";
    /** What a source's link shows without: its scheme and "www." (compiled once, not for every card). */
    private static final Pattern SCHEME = Pattern.compile("^(?i)https?://(www\\.)?");

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
    private final Glyphs glyphs;
    private final String sourceName;
    /**
     * Each text measured once per deck: a card's label, title and lead are measured to size the deck's bands and
     * again to set its front, and every card repeats the document's source line. One layout is used on one thread.
     */
    private final Map<List<Span>, MeasuredParagraph> measured = new HashMap<>();

    CardFaceLayout(CardStyle style, CardSize card, double bleed, Glyphs glyphs, String sourceName) {
        this.style = style;
        this.card = card;
        this.bleed = bleed;
        this.glyphs = glyphs;
        this.sourceName = sourceName;
    }

    private MeasuredParagraph measure(List<Span> spans) {
        return measured.computeIfAbsent(spans, style.type()::measure);
    }

    /** Display text (labels, titles, numbers, leads): balanced lines, never hyphenated. */
    private TextBox set(MeasuredParagraph text, double size, double leading, double width) {
        return text.layout(Setting.DISPLAY, size, size * leading, width);
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
     * Above the theme's lead size a short lead grows in steps of a minor third, up to the theme's largest lead, so a
     * deck shows a few clearly different sizes rather than one per card.
     */
    private static final double LEAD_STEP_RATIO = 1.2;

    /**
     * Sizes and places shared by every front of a deck, so the cards look alike side by side.
     *
     * @param bandHeight  the section band's height: enough for the longest section name
     * @param labelHeight the tallest section name's height (one or two lines), centred in the band
     * @param numberScale the number's size as a part of the theme's
     * @param leadMax     the deck's largest lead size: the leads' shared first baseline leaves room above it for this
     *                    size's ascenders
     */
    record Deck(double bandHeight, double labelHeight, double numberScale, double leadMax) {
    }

    /** What the front needs before the lead is fitted: band, label, title, and the room left below them. */
    private record FrontParts(List<CardFace.Fill> fills, List<CardFace.Rule> rules, List<CardFace.Text> texts,
                              double numberTop, double bottom,
                              MeasuredParagraph number, MeasuredParagraph lead) {
    }

    /**
     * The deck's band height; the deck's largest lead, which fixes where every lead's first baseline sits; and the
     * largest number size at which every lead still fits at a comfortable size (82 % of the theme's lead size: 14 pt
     * on a poker card, readable at arm's length), so the numbers, a design element, have one size throughout.
     * <p>
     * Each card then takes its own lead size, the largest that fills the room under that baseline: a card is read on
     * its own, at arm's length, so a short lead set large reads from further away and leaves no half-empty front,
     * while the shared grid (band, name, number, first baseline, title) keeps the deck one family. One size for the
     * whole deck would set every lead at the longest one's size and leave the short ones floating.
     */
    Deck deck(List<CardContent> cards) {
        double tallest = 0;
        for (CardContent c : cards) {
            tallest = Math.max(tallest, label(c).height());
        }
        double bandHeight = Math.max(style.bandHeight(), bandFor(tallest));
        double labelHeight = tallest;
        List<FrontParts> parts = cards.stream().map(c -> frontParts(c, bandHeight, labelHeight)).toList();
        List<Double> maxima = leadSizes(style.leadMaxSize(), comfortableLead());
        // The lead is what the card says: its size is chosen first, and the number gives way before it does.
        for (double max : maxima) {
            for (double scale : NUMBER_SCALES) {
                double largest = 0;
                boolean all = true;
                for (FrontParts p : parts) {
                    double size = leadSize(p, scale, max, comfortableLead());
                    all &= !Double.isNaN(size);
                    largest = Math.max(largest, Double.isNaN(size) ? 0 : size);
                }
                // A smaller maximum raises the shared baseline and leaves more room below it; it is tried until some
                // card reaches the maximum, so no room is held for a size no card uses.
                if (all && largest >= max - 1e-9) {
                    return new Deck(bandHeight, labelHeight, scale, max);
                }
            }
        }
        return new Deck(bandHeight, labelHeight, NUMBER_SCALES[NUMBER_SCALES.length - 1], style.leadSize());
    }

    /**
     * The section name in the band, on at most two lines when a smaller size allows: in the text-on-fill colour on
     * the fill, or in the section's text colour on the paper when the band is an outline.
     */
    private TextBox label(CardContent c) {
        var section = c.entry().section();
        FontChain.MissingGlyphHandler g = section == null ? glyphs.forFrontMatter() : glyphs.at(section.line(), "the section heading");
        Rgb labelColor = style.outline() ? c.colours().text() : c.colours().textOnFill();
        MeasuredParagraph label = measure(style.sans().withColor(labelColor).plain(c.sectionLabel(), FontStyle.BOLD, g));
        return shrinkToLines(label, style.sectionSize(), Math.min(style.sectionSize(), 6), 2);
    }

    /** The band that holds a label this tall below the safe line with 1.5 mm above and below it. */
    private double bandFor(double labelHeight) {
        return style.safe() + labelHeight + 2 * Units.mm(1.5);
    }

    private double comfortableLead() {
        return Math.max(style.leadMinSize(), style.leadSize() * 0.82);
    }

    /** Lead sizes a front may take, largest first: minor thirds above the theme's size, then quarter points down. */
    private List<Double> leadSizes(double max, double min) {
        List<Double> sizes = new ArrayList<>();
        for (double s = style.leadSize() * Math.pow(LEAD_STEP_RATIO, 8); s > style.leadSize() * 1.01; s /= LEAD_STEP_RATIO) {
            if (s <= Math.min(max, style.leadMaxSize()) + 1e-9) {
                sizes.add(s);
            }
        }
        for (double s = Math.min(style.leadSize(), max); s >= min - 1e-9; s -= STEP) {
            sizes.add(s);
        }
        return sizes;
    }

    /** From the top of a lead's box to its first baseline. */
    private double ascent(double size) {
        return size * style.leadLeading() / 2 + style.type().baseline() * size;
    }

    /** Where every lead of the deck has its first baseline: under the number by a gap and the largest lead's ascent. */
    private double leadBaseline(FrontParts p, double numberScale, double leadMax) {
        double number = style.numberSize() * numberScale * NUMBER_LEADING;
        return p.numberTop() - number - style.leadSize() * 0.45 - ascent(leadMax);
    }

    /** The largest lead size from {@code max} down to {@code min} that fits under the shared baseline, or NaN. */
    private double leadSize(FrontParts p, double numberScale, double max, double min) {
        double baseline = leadBaseline(p, numberScale, max);
        double widest = p.lead().widestUnbreakableEm(Setting.DISPLAY);
        for (double size : leadSizes(max, min)) {
            // A size at which a word is wider than the card would be cut inside the word: too large for this lead.
            if (widest * size > innerWidth() + 1e-6 && size > min + 1e-9) {
                continue;
            }
            // Counting lines is enough to choose: display text takes as many lines as first fit.
            MeasuredParagraph.Fit fit = p.lead().fit(Setting.DISPLAY, size, innerWidth());
            double top = baseline + ascent(size);
            if (fit.fits() && top - fit.lines() * size * style.leadLeading() >= p.bottom() - 1e-6
                    && (size <= min + 1e-9 || readsAsOneStatement(set(p.lead(), size, style.leadLeading(), innerWidth())))) {
                // A size whose lines would end on one short word ("Get the / fundamentals / right.") or stack words one
                // by one ("The real / world / is messy.") gives way to the next smaller one, whose lines read as one
                // statement; at the smallest size nothing smaller is left.
                return size;
            }
        }
        return Double.NaN;
    }

    private static boolean readsAsOneStatement(TextBox lead) {
        return !lead.endsOnLoneShortWord() && !lead.isColumnOfWords();
    }

    /** The front: section band into the bleed, the number large, the lead on the deck's baseline, the title small. */
    CardFace front(CardContent c, Deck deck) {
        FrontParts p = frontParts(c, deck.bandHeight(), deck.labelHeight());
        double size = leadSize(p, deck.numberScale(), deck.leadMax(), style.leadMinSize());
        if (Double.isNaN(size)) {
            FrontParts untitled = new FrontParts(p.fills(), p.rules(), p.texts(), p.numberTop(), style.safe(), p.number(), p.lead());
            if (!c.title().isEmpty() && !Double.isNaN(leadSize(untitled, deck.numberScale(), deck.leadMax(), style.leadMinSize()))) {
                // The lead fits on its own: the title at the foot took its room, so the title is what to shorten.
                throw BadInputException.at(sourceName, 1, String.format(Locale.ROOT, "the title (%d characters) takes the room"
                        + " of the lead at the foot of every card front, so leads do not fit on a %s card; shorten the title or"
                        + " use a larger --card-size", c.title().length(), card.name()));
            }
            throw tooLong(c.entry().lesson(), "lead", "front", style.leadMinSize());
        }
        double s = style.safe();
        TextBox number = set(p.number(), style.numberSize() * deck.numberScale(), NUMBER_LEADING, innerWidth());
        TextBox lead = set(p.lead(), size, style.leadLeading(), innerWidth());
        List<CardFace.Text> texts = new ArrayList<>(p.texts());
        texts.add(new CardFace.Text(number, s, p.numberTop()));
        texts.add(new CardFace.Text(lead, s, leadBaseline(p, deck.numberScale(), deck.leadMax()) + ascent(size)));
        return new CardFace(p.fills(), p.rules(), texts);
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
        double tallestLine = style.sectionSize() * style.leadLeading();
        double firstBaseline = tallestTop - (tallestLine / 2 + style.type().baseline() * style.sectionSize());
        texts.add(new CardFace.Text(labelBox, s, firstBaseline + (labelBox.lines().isEmpty() ? 0 : labelBox.lines().get(0).baseline())));

        double bottom = s;
        if (!c.title().isEmpty()) {
            TextBox title = set(measure(style.sans().withColor(style.muted()).plain(c.title(), FontStyle.REGULAR,
                            glyphs.forFrontMatter())),
                    style.titleSize(), style.leadLeading(), innerWidth());
            texts.add(new CardFace.Text(title, s, s + title.height()));
            bottom = s + title.height() + style.titleSize();
        }
        Rgb ink = c.colours().text();
        MeasuredParagraph number = measure(style.sans().withColor(ink).plain(Integer.toString(lesson.number()), FontStyle.REGULAR, g));
        MeasuredParagraph lead = measure(style.sans().inlines(lesson.lead(), FontStyle.BOLD, g));
        return new FrontParts(fills, rules, texts, h - bandHeight - style.leadSize() * 0.7, bottom, number, lead);
    }

    /**
     * The back: a small section strip and the number in the section's colour (the front's marker, quieter), the body
     * at the largest size from the theme's maximum down to its minimum that fills the safe area, the source. The lead
     * is on the front and is not repeated.
     */
    CardFace back(CardContent c) {
        Lesson lesson = c.entry().lesson();
        FontChain.MissingGlyphHandler g = glyphs.forLesson(lesson);
        double s = style.safe();
        double h = height();
        List<CardFace.Fill> fills = new ArrayList<>();
        List<CardFace.Rule> rules = new ArrayList<>();
        sectionColour(c, style.markerHeight(), fills, rules);

        TextBox source = sourceLine(c, glyphs.forFrontMatter()).layout(Setting.RAGGED.withHyphenation(false),
                style.sourceSize(), style.sourceSize() * style.leadLeading(), innerWidth());
        double bottom = s + source.height() + style.sourceSize() * 0.8;
        double top = h - Math.max(s, style.markerHeight() + Units.mm(1.5));

        TextBox number = set(measure(style.sans().withColor(c.colours().text()).plain(Integer.toString(lesson.number()),
                FontStyle.BOLD, g)), style.backNumberSize(), style.leadLeading(), innerWidth());
        List<CardFace.Text> texts = new ArrayList<>();
        texts.add(new CardFace.Text(number, s, top));
        texts.add(new CardFace.Text(source, s, s + source.height()));
        MeasuredBlocks body = MeasuredBlocks.of(lesson.body(), style.type(), style.serif(), style.sans(), FontStyle.REGULAR, g);
        if (body.isEmpty()) {
            return new CardFace(fills, rules, texts);
        }
        BlockStack stack = new BlockStack(new BlockStack.Look(Setting.RAGGED, Setting.DISPLAY, Setting.DISPLAY,
                style.type().codeScale(), 0, false, c.colours().rule(), style.muted(), style.codeBackground(), style.rule()));
        for (double size = style.bodyMaxSize(); size >= style.bodyMinSize() - 1e-9; size -= STEP) {
            double lineHeight = size * style.leading();
            double columnTop = top - number.height() - lineHeight * 0.5;
            double height = stack.height(body, size, lineHeight, innerWidth());
            if (!Double.isNaN(height) && columnTop - height >= bottom - 1e-6) {
                BlockStack.Stack column = stack.layout(body, size, lineHeight, innerWidth());
                for (BlockStack.Placed p : column.texts()) {
                    texts.add(new CardFace.Text(p.box(), s + p.x(), columnTop - p.y()));
                }
                List<CardFace.Fill> all = new ArrayList<>(fills);
                for (BlockStack.Fill f : column.fills()) {
                    all.add(new CardFace.Fill(new Rect(s + f.x(), columnTop - f.y() - f.height(), f.width(), f.height()), f.color()));
                }
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
    private MeasuredParagraph sourceLine(CardContent c, FontChain.MissingGlyphHandler g) {
        Styler muted = style.sans().withColor(style.muted());
        if (c.sourceLink() == null) {
            return measure(muted.plain(c.source(), FontStyle.REGULAR, g));
        }
        List<Span> out = new ArrayList<>(muted.plain(c.sourceLabel() + NBSP, FontStyle.REGULAR, g));
        String shown = SCHEME.matcher(c.source()).replaceFirst("");
        for (Span span : muted.plain(shown, FontStyle.REGULAR, g)) {
            out.add(span.withLink(c.sourceLink(), span.color()));
        }
        return measure(out);
    }

    /** Lays out at the largest size from {@code size} down to {@code min} that needs at most {@code maxLines}. */
    private TextBox shrinkToLines(MeasuredParagraph text, double size, double min, int maxLines) {
        double sz = size;
        while (sz - STEP >= min - 1e-9 && text.fit(Setting.DISPLAY, sz, innerWidth()).lines() > maxLines) {
            sz -= STEP;
        }
        return set(text, sz, style.leadLeading(), innerWidth());
    }

    private BadInputException tooLong(Lesson lesson, String what, String side, double min) {
        return BadInputException.at(sourceName, lesson.line(), String.format(Locale.ROOT,
                "lesson %d: its %s does not fit on the %s of a %s card even at %.1f pt; use a larger --card-size "
                        + "(e.g. tarot or a6) or shorten the lesson", lesson.number(), what, side, card.name(), min));
    }
}
