package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.export.pdfbox.StyledBlock;
import org.lessonpress.export.pdfbox.TextBox;
import org.lessonpress.export.poster.PosterLayout.Band;

/**
 * Sets one lesson's cell at one size: the number hanging in its own column, the lead, then the body blocks (quotes
 * indented with a bar in the section's tint, list items with hanging markers, code on a tinted ground). Positions
 * are relative to the cell (number and lead) or to the body's top (body). Pure.
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
            return rule + pad + c.lead().height() + bodyLine * 0.5;
        }

        double cellHeight(Plan c) {
            return c.bodyHeight() > 0 ? bodyTop(c) + c.bodyHeight() : rule + pad + c.lead().height();
        }
    }

    /** A cell's text at one size. */
    record Plan(PosterContent.Item item, TextBox number, TextBox lead, List<Positioned> body, double bodyHeight) {
    }

    /** A body text box (or an empty one carrying only a decoration) and where it goes. */
    record Positioned(TextBox box, double x, double y, Band decoration) {
    }

    private CellPlanner() {
    }

    /** The cell, or null when some of its text cannot be set at this size and width. */
    static Plan plan(PosterContent.Item item, Measures m) {
        TextBox number = item.number().layout(m.lead(), m.leadLine() / m.lead(), m.numW() - 0.45 * m.lead() + EPSILON);
        TextBox lead = item.lead().layout(m.lead(), m.leadLine() / m.lead(), m.textW());
        if (!lead.fits() || !number.fits()) {
            return null;
        }
        List<Positioned> body = new ArrayList<>();
        double y = 0;
        StyledBlock.Kind prev = null;
        for (PosterContent.Part part : item.body()) {
            if (prev != null) {
                y += gap(prev, part.kind(), m);
            }
            Positioned quoteAbove = isQuote(prev) && isQuote(part.kind()) ? lastDecorated(body) : null;
            y = place(part, item, m, y, quoteAbove, body);
            if (y < 0) {
                return null;
            }
            prev = part.kind();
        }
        return new Plan(item, number, lead, body, y);
    }

    /** Adds one block's boxes to {@code body}; returns the y below it, or -1 when it cannot be set. */
    private static double place(PosterContent.Part part, PosterContent.Item item, Measures m, double y,
                                Positioned quoteAbove, List<Positioned> body) {
        StyledBlock.Kind k = part.kind();
        double x = m.numW();
        double w = m.textW();
        if (k == StyledBlock.Kind.RULE) {
            Rect line = new Rect(x, y + m.bodyLine() * 0.5, Math.min(w, 6 * m.body()), Math.max(0.5, m.body() * 0.06));
            body.add(new Positioned(new TextBox(List.of(), m.body(), m.bodyLine(), w), x, y, new Band(line, item.colours().rule())));
            return y + m.bodyLine();
        }
        double indent = indent(part, m);
        x += indent;
        w -= indent + (k == StyledBlock.Kind.CODE ? indent : 0);
        double pad = k == StyledBlock.Kind.CODE ? 0.3 * m.bodyLine() : 0;
        y += pad;
        if (w < 4 * m.body()) {
            return -1;
        }
        double size = m.body() * part.scale();
        TextBox box = part.text().layout(size, m.leading(), w);
        if (!box.fits()) {
            return -1;
        }
        Band deco = null;
        if (isQuote(k)) {
            double top = quoteAbove != null ? quoteAbove.decoration().rect().bottom() : y;
            Rect bar = new Rect(m.numW() + 0.1 * m.body(), top, Math.max(0.75, 0.12 * m.body()), y + box.height() - top);
            deco = new Band(bar, item.colours().tint());
        } else if (k == StyledBlock.Kind.CODE) {
            deco = new Band(new Rect(m.numW(), y - pad, m.textW(), box.height() + 2 * pad), null);
        }
        if (k == StyledBlock.Kind.LIST_ITEM && part.marker() != null) {
            TextBox mk = part.marker().layout(size, m.leading(), 3 * m.body());
            body.add(new Positioned(mk, x - 0.35 * m.body() - mk.width(), y, null));
        }
        body.add(new Positioned(box, x, y, deco));
        return y + box.height() + pad;
    }

    private static double indent(PosterContent.Part part, Measures m) {
        StyledBlock.Kind k = part.kind();
        if (isQuote(k)) {
            return 0.9 * m.body();
        }
        if (k == StyledBlock.Kind.LIST_ITEM) {
            return part.depth() * 1.1 * m.body();
        }
        return k == StyledBlock.Kind.CODE ? 0.4 * m.body() : 0;
    }

    private static boolean isQuote(StyledBlock.Kind k) {
        return k == StyledBlock.Kind.QUOTE || k == StyledBlock.Kind.ATTRIBUTION;
    }

    private static Positioned lastDecorated(List<Positioned> body) {
        for (int i = body.size() - 1; i >= 0; i--) {
            if (body.get(i).decoration() != null) {
                return body.get(i);
            }
        }
        return null;
    }

    /** Space between blocks: list items and attributions stay close, everything else half a line apart. */
    private static double gap(StyledBlock.Kind prev, StyledBlock.Kind next, Measures m) {
        if (prev == StyledBlock.Kind.LIST_ITEM && next == StyledBlock.Kind.LIST_ITEM) {
            return 0.15 * m.bodyLine();
        }
        if (next == StyledBlock.Kind.ATTRIBUTION) {
            return 0.1 * m.bodyLine();
        }
        return 0.5 * m.bodyLine();
    }
}
