package org.lessonpress.export.poster;

import org.lessonpress.export.pdfbox.Rect;

/**
 * How a poster is cut into sheets for a home printer: each sheet prints a {@code printW × printH} window of the
 * poster at 1:1 inside a margin (for the marks and the label), neighbouring windows overlap so the sheets can be
 * trimmed and glued, and the grid of windows is centred on the poster, so what the sheets hold beyond the poster is
 * shared out equally on opposite sides. Where that would leave a sheet more than half blank (a corner sheet, blank
 * on two sides), the windows overlap more in one direction, then in the other, until every sheet carries more than
 * half a sheet of poster; only a poster smaller than one sheet in some direction can leave a sheet emptier. Pure
 * arithmetic, in points.
 *
 * @param sheetW   sheet width (the orientation that needs fewer sheets)
 * @param sheetH   sheet height
 * @param margin   unprinted border of each sheet, where the marks go
 * @param overlapX how much neighbouring windows share across (at least the overlap asked for)
 * @param overlapY how much neighbouring windows share down
 * @param columns  sheets across
 * @param rows     sheets down
 * @param originX  where the first window starts, from the poster's left edge (negative: beyond the poster)
 * @param originY  where the first window starts, down from the poster's top edge
 */
public record TilePlan(double sheetW, double sheetH, double margin, double overlapX, double overlapY, int columns,
                       int rows, double originX, double originY) {
    /**
     * The share of a sheet that must carry poster: half, and a little more, so that no sheet falls below half once
     * printed (a printer's rounding, a rendering's pixels).
     */
    static final double LEAST_COVER = 0.52;
    private static final double EPSILON = 1e-6;

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
        return new Rect(originX + column * (printW() - overlapX), originY + row * (printH() - overlapY), printW(), printH());
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
        int columns = count(posterW, pw, overlap);
        int rows = count(posterH, ph, overlap);
        double target = LEAST_COVER * sheetW * sheetH * (1 + EPSILON);
        // Poster on an edge sheet across and down, with the overlap asked for; then more overlap where needed.
        double coverX = edgeCover(posterW, pw, columns, overlap);
        double coverY = edgeCover(posterH, ph, rows, overlap);
        boolean acrossFirst = columns > 1 && (rows == 1 || coverX / pw <= coverY / ph);
        for (int pass = 0; pass < 2 && coverX * coverY < target; pass++) {
            if (acrossFirst == (pass == 0) && columns > 1) {
                coverX = Math.min(pw, target / coverY);
            } else if (rows > 1) {
                coverY = Math.min(ph, target / coverX);
            }
        }
        double overlapX = overlapFor(posterW, pw, columns, coverX, overlap);
        double overlapY = overlapFor(posterH, ph, rows, coverY, overlap);
        double originX = -(columns * pw - (columns - 1) * overlapX - posterW) / 2;
        double originY = -(rows * ph - (rows - 1) * overlapY - posterH) / 2;
        return new TilePlan(sheetW, sheetH, margin, overlapX, overlapY, columns, rows, originX, originY);
    }

    private static int count(double length, double window, double overlap) {
        if (length <= window + EPSILON) {
            return 1;
        }
        return (int) Math.ceil((length - overlap) / (window - overlap) - 1e-9);
    }

    /** How much poster the first (and last) window in one direction holds when the grid is centred. */
    private static double edgeCover(double length, double window, int n, double overlap) {
        if (n == 1) {
            return Math.min(length, window);
        }
        double excess = n * window - (n - 1) * overlap - length;
        return window - excess / 2;
    }

    /** The overlap at which the edge windows hold {@code cover} of the poster. */
    private static double overlapFor(double length, double window, int n, double cover, double overlap) {
        if (n == 1) {
            return overlap;
        }
        double excess = 2 * (window - cover);
        return Math.max(overlap, (n * window - excess - length) / (n - 1));
    }
}
