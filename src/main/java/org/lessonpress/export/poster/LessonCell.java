package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.export.poster.PosterLayout.Band;
import org.lessonpress.typeset.BlockStack;
import org.lessonpress.typeset.MeasuredBlocks;
import org.lessonpress.typeset.MeasuredParagraph;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.TextBox;

/**
 * Sets one lesson in one column at one size: the number, large and in its section's colour, standing on the lead's
 * first baseline at the head of the cell (the lead's first line indented past the widest number, later lines running
 * under it), then the body stacked by the core's {@link BlockStack}. A raised number costs one indent on one line
 * where a hanging number column would cost it on every line. Positions are relative to the cell's top-left corner.
 * Counting heights sets nothing. Pure.
 */
final class LessonCell {
    /** Figures have no descenders: a number's line is about as tall as its figures. */
    static final double NUMBER_LEADING = 0.8;
    static final double LEAD_LEADING = 1.15;
    /** Between the number and the lead, in lead ems. */
    static final double NUMBER_GAP = 0.3;
    /** Between the lead and the body, in body lines. */
    static final double LEAD_GAP = 0.25;
    /** A sub-section's name: capitals at the body size, in its section's colour, under a rule of this many body sizes. */
    static final double KICKER_RULE = 0.08;
    static final double KICKER_LEADING = 1.15;
    /** From the rule to the name, and from the name to the number and lead, in body lines. */
    static final double KICKER_ABOVE = 0.3;
    static final double KICKER_BELOW = 0.3;

    /** The measures of one trial: sizes, line heights, the column width and the lead's first-line indent. */
    record Measures(double body, double lead, double number, double bodyLine, double leadLine, double width,
                    double numberWidth, double indent, double baseline, double baselineRatio) {

        static Measures of(PosterGeometry g, double body, double width, double numberWidthEm, double baselineRatio) {
            double lead = g.leadSize(body);
            double number = g.numberSize(body);
            double leadLine = lead * LEAD_LEADING;
            double numberWidth = numberWidthEm * number;
            // Number and lead share their first baseline, which sits as far down as the taller of the two needs.
            double baseline = Math.max(number * NUMBER_LEADING / 2 + baselineRatio * number,
                    leadLine / 2 + baselineRatio * lead);
            return new Measures(body, lead, number, body * g.bodyLeading(), leadLine, width, numberWidth,
                    numberWidth + NUMBER_GAP * lead, baseline, baselineRatio);
        }

        /** Where the lead's box starts, so that its first baseline is the number's. */
        double leadTop() {
            return baseline - (leadLine / 2 + baselineRatio * lead);
        }

        double numberTop() {
            return baseline - (number * NUMBER_LEADING / 2 + baselineRatio * number);
        }

        /** The bottom of the lead, or of the number when that is lower, from the cell's top. */
        double leadBottom(int leadLines) {
            return Math.max(numberTop() + number * NUMBER_LEADING, leadTop() + leadLines * leadLine);
        }
    }

    /**
     * A cell laid out: its height and what it draws, relative to its top-left corner; {@code kicker} (the name of the
     * sub-section that starts here, or null) at {@code kickerTop}, under {@code rule} (null without a kicker).
     */
    record Plan(PosterContent.Item item, double height, Band rule, TextBox kicker, double kickerTop, TextBox number, double numberTop,
                TextBox lead, double leadTop, double bodyTop, List<BlockStack.Placed> body, List<Band> decorations) {
        // Decorations (the kicker's rule, the body's quote bars and code fills) are placed from the cell's top.
    }

    private LessonCell() {
    }

    /** The cell's height, or NaN when some of its text cannot be set at this size and width. */
    static double height(PosterContent.Item item, Measures m, BlockStack.Look look) {
        double kicker = kickerHeight(item, m);
        double head = headHeight(item, m, look);
        return Double.isNaN(kicker) || Double.isNaN(head) ? Double.NaN : kicker + head;
    }

    /** The rule and name of the sub-section above the cell's number: 0 without one, NaN when a word is too wide. */
    private static double kickerHeight(PosterContent.Item item, Measures m) {
        if (item.kicker() == null) {
            return 0;
        }
        MeasuredParagraph.Fit fit = item.kicker().fit(Setting.DISPLAY, m.body(), m.width());
        if (!fit.fits() || item.kicker().widestUnbreakableEm(Setting.DISPLAY) * m.body() > m.width() + 1e-6) {
            return Double.NaN;
        }
        return rule(m) + (KICKER_ABOVE + KICKER_BELOW) * m.bodyLine() + fit.lines() * m.body() * KICKER_LEADING;
    }

    private static double rule(Measures m) {
        return Math.max(0.75, KICKER_RULE * m.body());
    }

    /** Number, lead and body. */
    private static double headHeight(PosterContent.Item item, Measures m, BlockStack.Look look) {
        MeasuredParagraph.Fit lead = item.lead().fit(Setting.DISPLAY, m.lead(), m.width(), m.indent());
        // A lead word wider than its line would be cut inside the word: this size is too large for the column.
        if (!lead.fits() || m.indent() >= m.width() / 2
                || item.lead().widestUnbreakableEm(Setting.DISPLAY) * m.lead() > m.width() - m.indent() + 1e-6) {
            return Double.NaN;
        }
        double leadBottom = m.leadBottom(lead.lines());
        if (item.body().isEmpty()) {
            return leadBottom;
        }
        double body = stack(item, look).height(item.body(), m.body(), m.bodyLine(), m.width());
        return Double.isNaN(body) ? Double.NaN : leadBottom + LEAD_GAP * m.bodyLine() + body;
    }

    /** The cell set, or null when some text does not fit. */
    static Plan layout(PosterContent.Item item, Measures m, BlockStack.Look look) {
        TextBox lead = item.lead().layout(Setting.DISPLAY, m.lead(), m.leadLine(), m.width(), m.indent());
        TextBox number = item.number().layout(Setting.DISPLAY, m.number(), m.number() * NUMBER_LEADING, m.numberWidth() + 1e-6)
                .withColor(item.colours().text());
        if (!lead.fits() || !number.fits()) {
            return null;
        }
        List<Band> deco = new ArrayList<>();
        TextBox kicker = null;
        Band ruleOver = null;
        double kickerTop = 0;
        double top = 0;
        if (item.kicker() != null) {
            double rule = rule(m);
            kicker = item.kicker().layout(Setting.DISPLAY, m.body(), m.body() * KICKER_LEADING, m.width())
                    .withColor(item.colours().text());
            if (!kicker.fits()) {
                return null;
            }
            ruleOver = new Band(new Rect(0, 0, m.width(), rule), item.colours().rule());
            kickerTop = rule + KICKER_ABOVE * m.bodyLine();
            top = kickerTop + kicker.height() + KICKER_BELOW * m.bodyLine();
        }
        double numberTop = top + m.numberTop();
        double leadTop = top + m.leadTop();
        double leadBottom = top + m.leadBottom(lead.lines().size());
        if (item.body().isEmpty()) {
            return new Plan(item, leadBottom, ruleOver, kicker, kickerTop, number, numberTop, lead, leadTop, leadBottom, List.of(), deco);
        }
        double bodyTop = leadBottom + LEAD_GAP * m.bodyLine();
        BlockStack.Stack body = stack(item, look).layout(item.body(), m.body(), m.bodyLine(), m.width());
        if (!body.fits()) {
            return null;
        }
        for (BlockStack.Fill f : body.fills()) {
            deco.add(new Band(new Rect(f.x(), bodyTop + f.y(), f.width(), f.height()), f.color()));
        }
        return new Plan(item, bodyTop + body.height(), ruleOver, kicker, kickerTop, number, numberTop, lead, leadTop, bodyTop, body.texts(),
                deco);
    }

    /**
     * The body lines that may run on into the next column: all of them when the body is one paragraph (its height is
     * then its lines), else none.
     */
    static int flowingLines(PosterContent.Item item, Measures m, BlockStack.Look look) {
        List<MeasuredBlocks.Part> parts = item.body().parts();
        if (parts.size() != 1 || parts.get(0).kind() != MeasuredBlocks.Kind.PARAGRAPH) {
            return 0;
        }
        MeasuredParagraph.Fit fit = parts.get(0).text().fit(look.body(), m.body(), m.width());
        return fit.fits() ? fit.lines() : 0;
    }

    private static BlockStack stack(PosterContent.Item item, BlockStack.Look look) {
        return new BlockStack(look.inColors(item.colours().tint(), item.colours().rule()));
    }
}
