package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.export.poster.PosterLayout.Band;
import org.lessonpress.typeset.BlockStack;
import org.lessonpress.typeset.MeasuredParagraph;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.TextBox;

/**
 * Sets one lesson's cell at one size: the number hanging in its own column, the lead, then the body blocks stacked by
 * the core's {@link BlockStack} (quotes with a bar in the section's tint, list items with hanging markers, code on a
 * tinted ground). Positions are relative to the cell (number and lead) or to the body's top (body). A search only
 * counts lines; the final layout sets them. Pure.
 */
final class CellPlanner {
    private static final double EPSILON = 1e-6;

    /**
     * The measures of one trial. Lead lines are a whole number of body lines, so every baseline in a row sits on one
     * grid.
     */
    record Measures(double body, double lead, double bodyLine, double leadLine, double colW, double numW,
                    double textW, double rule, double pad, double leading) {

        static Measures of(PosterGeometry g, double body, double colW, double numberWidthEm) {
            double lead = g.leadSize(body);
            double numW = numberWidthEm * lead + 0.45 * lead;
            double bodyLine = body * g.bodyLeading();
            double leadLine = bodyLine * Math.max(1, Math.ceil(lead * 1.05 / bodyLine - 1e-9));
            return new Measures(body, lead, bodyLine, leadLine, colW, numW, colW - numW, Math.max(1.0, body * 0.2),
                    bodyLine * 0.45, g.bodyLeading());
        }

        /** The body starts half a line below the lead: its baselines stay on the row's grid of body lines. */
        double bodyTop(Plan c) {
            return rule + pad + c.leadHeight() + bodyLine * 0.5;
        }

        double cellHeight(Plan c) {
            return c.bodyHeight() > 0 ? bodyTop(c) + c.bodyHeight() : rule + pad + c.leadHeight();
        }
    }

    /**
     * A cell's text at one size; the boxes and decorations only when laid out, the heights always. Body positions are
     * relative to the body's top-left corner at the text column.
     */
    record Plan(PosterContent.Item item, TextBox number, TextBox lead, double leadHeight, List<BlockStack.Placed> body,
                List<Band> decorations, double bodyHeight) {
    }

    private CellPlanner() {
    }

    /** The cell, or null when some of its text cannot be set at this size and width. */
    static Plan plan(PosterContent.Item item, Measures m, BlockStack.Look look, boolean build) {
        double numberWidth = m.numW() - 0.45 * m.lead() + EPSILON;
        MeasuredParagraph.Fit number = item.number().fit(Setting.DISPLAY, m.lead(), numberWidth);
        MeasuredParagraph.Fit lead = item.lead().fit(Setting.DISPLAY, m.lead(), m.textW());
        if (!lead.fits() || !number.fits()) {
            return null;
        }
        BlockStack stack = new BlockStack(look.inColors(item.colours().tint(), item.colours().rule()));
        double leadHeight = lead.lines() * m.leadLine();
        if (!build) {
            double h = stack.height(item.body(), m.body(), m.bodyLine(), m.textW());
            return Double.isNaN(h) ? null : new Plan(item, null, null, leadHeight, List.of(), List.of(), h);
        }
        BlockStack.Stack body = stack.layout(item.body(), m.body(), m.bodyLine(), m.textW());
        if (!body.fits()) {
            return null;
        }
        List<Band> deco = new ArrayList<>();
        for (BlockStack.Fill f : body.fills()) {
            deco.add(new Band(new Rect(f.x(), f.y(), f.width(), f.height()), f.color()));
        }
        return new Plan(item, item.number().layout(Setting.DISPLAY, m.lead(), m.leadLine(), numberWidth),
                item.lead().layout(Setting.DISPLAY, m.lead(), m.leadLine(), m.textW()), leadHeight, body.texts(), deco,
                body.height());
    }
}
