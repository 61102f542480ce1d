package org.lessonpress.export.poster;

import org.lessonpress.export.pdfbox.Rect;


/**
 * How a poster is cut into sheets for a home printer: each sheet prints a {@code printW × printH} window of the
 * poster at 1:1 inside a margin (for the marks and the label), and neighbouring windows overlap by {@code overlap}
 * so the sheets can be trimmed and glued. Pure arithmetic, in points.
 *
 * @param sheetW  sheet width (the orientation that needs fewer sheets)
 * @param sheetH  sheet height
 * @param margin  unprinted border of each sheet, where the marks go
 * @param overlap how much neighbouring windows share
 * @param columns sheets across
 * @param rows    sheets down
 */
public record TilePlan(double sheetW, double sheetH, double margin, double overlap, int columns, int rows) {

    public double printW() {
        return sheetW - 2 * margin;
    }

    public double printH() {
        return sheetH - 2 * margin;
    }

    public int count() {
        return columns * rows;
    }

    /** The window of the poster that sheet (row, column) shows, 0-based, y down from the poster's top. */
    public Rect window(int row, int column) {
        return new Rect(column * (printW() - overlap), row * (printH() - overlap), printW(), printH());
    }

    /** The plan with the fewest sheets (portrait on a tie). */
    public static TilePlan of(double posterW, double posterH, double sheetW, double sheetH, double margin, double overlap) {
        double w = Math.min(sheetW, sheetH);
        double h = Math.max(sheetW, sheetH);
        TilePlan portrait = fixed(posterW, posterH, w, h, margin, overlap);
        TilePlan landscape = fixed(posterW, posterH, h, w, margin, overlap);
        return landscape.count() < portrait.count() ? landscape : portrait;
    }

    static TilePlan fixed(double posterW, double posterH, double sheetW, double sheetH, double margin, double overlap) {
        double pw = sheetW - 2 * margin;
        double ph = sheetH - 2 * margin;
        if (overlap < 0 || overlap >= Math.min(pw, ph) / 2) {
            throw new IllegalArgumentException("overlap must be at least 0 and less than half the printable sheet");
        }
        return new TilePlan(sheetW, sheetH, margin, overlap, count(posterW, pw, overlap), count(posterH, ph, overlap));
    }

    private static int count(double length, double window, double overlap) {
        if (length <= window + 1e-6) {
            return 1;
        }
        return (int) Math.ceil((length - overlap) / (window - overlap) - 1e-9);
    }
}
