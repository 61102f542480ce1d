package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.theme.Rgb;
import org.lessonpress.typeset.TextBox;

/**
 * The poster as boxes: where every text box, rule and band goes, for one grid and one body size. Pure data; the
 * painter only draws it. Coordinates are points from the page's top-left corner, y growing down (so a
 * {@link Rect}'s {@code y} is its top edge and {@code bottom()} its lower edge).
 *
 * @param geometry the page measures
 * @param columns  grid columns
 * @param bodySize the shared body size
 * @param leadSize the shared lead size
 * @param numberSize the lesson numbers' size
 * @param header   the title block
 * @param footer   the source and citation block (empty texts when there are none)
 * @param cells    one per lesson, in reading order
 * @param labels   section names, one over each section's block
 * @param bands    section-coloured bands across the top of each named block
 * @param rules    hairlines under the header and over the footer
 */
public record PosterLayout(PosterGeometry geometry, int columns, double bodySize, double leadSize, double numberSize,
                           Block header, Block footer, List<Cell> cells, List<Label> labels, List<Band> bands,
                           List<Band> rules) {

    public PosterLayout {
        cells = List.copyOf(cells);
        labels = List.copyOf(labels);
        bands = List.copyOf(bands);
        rules = List.copyOf(rules);
    }

    /** A text box with its top-left corner on the page. */
    public record Placed(TextBox box, double x, double y) {
        public Rect bounds() {
            return new Rect(x, y, box.maxWidth(), box.height());
        }
    }

    /** A filled rectangle. */
    public record Band(Rect rect, Rgb color) {
    }

    /** Text boxes in an area (header, footer). */
    public record Block(Rect bounds, List<Placed> texts) {
        public Block {
            texts = List.copyOf(texts);
        }
    }

    /**
     * A lesson's cell: its area and what is inside; {@code kicker} is the name of a sub-section that starts here (or
     * null); {@code continued} are the areas in later columns that a lesson running on fills with the rest of its body.
     */
    public record Cell(PosterContent.Item item, Rect bounds, Placed kicker, Placed number, Placed lead, List<Placed> body,
                       List<Band> decorations, List<Rect> continued) {
        public Cell {
            body = List.copyOf(body);
            decorations = List.copyOf(decorations);
            continued = List.copyOf(continued);
        }

        /** All text of the cell, in reading order. */
        public List<Placed> texts() {
            List<Placed> all = new ArrayList<>();
            if (kicker != null) {
                all.add(kicker);
            }
            all.add(number);
            all.add(lead);
            all.addAll(body);
            return all;
        }
    }

    /** A section's name in the strip above its block: the strip's area and the name. */
    public record Label(Rect bounds, Placed text) {
    }

    /**
     * This layout with the section bands thinned to hairlines along their top edge, as heavy as the rules under the
     * header: the ink-saving look. Nothing moves, so the text stays where the fitting put it.
     */
    public PosterLayout outlined() {
        double hair = rules.isEmpty() ? 0.5 : rules.get(0).rect().height();
        List<Band> thin = new ArrayList<>();
        for (Band b : bands) {
            Rect r = b.rect();
            thin.add(new Band(new Rect(r.x(), r.y(), r.width(), Math.min(r.height(), hair)), b.color()));
        }
        return new PosterLayout(geometry, columns, bodySize, leadSize, numberSize, header, footer, cells, labels, thin, rules);
    }

    /**
     * How much of the area from the first section name or lesson to the last, between the outermost text edges, the
     * lines of text cover (each line's width times its line height): the poster's density, which the fitting
     * estimates by counting (see {@code PosterFitter.fill}) where column counts allow about the same body size.
     */
    public double coverage() {
        double text = 0;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        List<Placed> all = new ArrayList<>();
        labels.forEach(l -> all.add(l.text()));
        cells.forEach(c -> all.addAll(c.texts()));
        for (Placed p : all) {
            for (TextBox.Line line : p.box().lines()) {
                if (line.width() <= 0) {
                    continue;
                }
                double lineTop = p.y() + line.baseline() - p.box().lineHeight() * 0.7;
                text += line.width() * p.box().lineHeight();
                left = Math.min(left, p.x());
                right = Math.max(right, p.x() + line.width());
                top = Math.min(top, lineTop);
                bottom = Math.max(bottom, lineTop + p.box().lineHeight());
            }
        }
        double area = (right - left) * (bottom - top);
        return area > 0 ? text / area : 0;
    }

    /** Every area that holds text or colour, for overlap checks: header, footer, cells, labels. */
    public List<Rect> areas() {
        List<Rect> all = new ArrayList<>();
        all.add(header.bounds());
        if (!footer.texts().isEmpty()) {
            all.add(footer.bounds());
        }
        cells.forEach(c -> {
            all.add(c.bounds());
            all.addAll(c.continued());
        });
        labels.forEach(l -> all.add(l.bounds()));
        return all;
    }
}
