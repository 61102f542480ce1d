package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.theme.Units;

/**
 * Where the marks of one tile sheet go, in the sheet's PDF coordinates (y up). Everything lies in the band of the
 * sheet margin that a home printer prints: at least {@code printMargin} from the sheet edge and {@link #GAP} clear
 * of the window the poster shows in. The marks: cut marks at the window's corners; dashed ticks where a
 * neighbouring sheet's window ends (the overlap to glue over); the poster's own trim, as ticks where its edges
 * leave the window and as corner marks in the blank beyond a poster corner; three registration targets; and the
 * place of the "row / column" label. Pure geometry.
 */
final class TileMarks {
    /** Distance between a mark and the window it points at. */
    static final double GAP = Units.mm(1);
    /** Length of the poster's corner marks inside the blank part of a window. */
    private static final double POSTER_CORNER = Units.mm(5);
    /** Least room between a label or target and a tick. */
    private static final double CLEARANCE = Units.mm(1);
    private static final double EPSILON = 1e-6;

    /** A straight hairline; dashed ones mark where the overlap ends. */
    record Line(double x1, double y1, double x2, double y2, boolean dashed) {
        Rect bounds() {
            return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
        }
    }

    /** A registration target: a circle and a cross. */
    record Target(double x, double y, double radius, double arm) {
    }

    final List<Line> lines;
    final List<Target> targets;
    /** The window on the sheet. */
    final Rect window;
    /** The band below the window where the label goes (its left edge is where the label starts). */
    final double labelLeft;
    final double labelBottom;
    final double labelTop;

    private TileMarks(List<Line> lines, List<Target> targets, Rect window, double labelLeft, double labelBottom, double labelTop) {
        this.lines = List.copyOf(lines);
        this.targets = List.copyOf(targets);
        this.window = window;
        this.labelLeft = labelLeft;
        this.labelBottom = labelBottom;
        this.labelTop = labelTop;
    }

    /** The length of a mark in the margin band: from {@link #GAP} outside the window to {@code printMargin} from the edge. */
    static double markLength(TilePlan plan, double printMargin) {
        return plan.margin() - GAP - printMargin;
    }

    /**
     * The marks of sheet (row, column).
     *
     * @param labelWidth the width the label needs, to place it clear of the ticks
     */
    static TileMarks of(TilePlan plan, int row, int column, double posterW, double posterH, double printMargin,
                        double labelWidth) {
        double m = plan.margin();
        Rect win = new Rect(m, m, plan.printW(), plan.printH());
        Rect poster = plan.window(row, column);
        double len = markLength(plan, printMargin);
        List<Line> lines = new ArrayList<>();
        // cut marks at the window's corners, outward in the margin
        for (double x : new double[] {win.x(), win.right()}) {
            lines.add(new Line(x, win.top() + GAP, x, win.top() + GAP + len, false));
            lines.add(new Line(x, win.y() - GAP, x, win.y() - GAP - len, false));
        }
        for (double y : new double[] {win.y(), win.top()}) {
            lines.add(new Line(win.x() - GAP, y, win.x() - GAP - len, y, false));
            lines.add(new Line(win.right() + GAP, y, win.right() + GAP + len, y, false));
        }
        // where the neighbours' windows end: glue the neighbour up to this line
        double tick = len * 0.6;
        if (column > 0) {
            lines.add(new Line(win.x() + plan.overlapX(), win.top() + GAP, win.x() + plan.overlapX(), win.top() + GAP + tick, true));
        }
        if (column + 1 < plan.columns()) {
            lines.add(new Line(win.right() - plan.overlapX(), win.top() + GAP, win.right() - plan.overlapX(), win.top() + GAP + tick, true));
        }
        if (row > 0) {
            lines.add(new Line(win.right() + GAP, win.top() - plan.overlapY(), win.right() + GAP + tick, win.top() - plan.overlapY(), true));
        }
        if (row + 1 < plan.rows()) {
            lines.add(new Line(win.right() + GAP, win.y() + plan.overlapY(), win.right() + GAP + tick, win.y() + plan.overlapY(), true));
        }
        List<Line> trim = posterTrim(poster, win, posterW, posterH, len);
        lines.addAll(trim);

        List<Double> topTicks = new ArrayList<>();
        List<Double> bottomTicks = new ArrayList<>();
        List<Double> sideTicks = new ArrayList<>();
        for (Line l : lines) {
            if (l.bounds().y() >= win.top() - EPSILON) {
                topTicks.add(l.x1());
            } else if (l.bounds().top() <= win.y() + EPSILON) {
                bottomTicks.add(l.x1());
            } else if (l.bounds().x() >= win.right() - EPSILON || l.bounds().right() <= win.x() + EPSILON) {
                sideTicks.add(l.y1());
            }
        }
        double arm = Math.max(Units.mm(0.5), len / 2 - Units.mm(0.25));
        double r = arm / 1.5;
        double across = win.top() + GAP + len / 2;
        double left = win.x() - GAP - len / 2;
        double right = win.right() + GAP + len / 2;
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(clear(win.x(), win.right(), 2 * arm, topTicks), across, r, arm));
        targets.add(new Target(left, clear(win.y(), win.top(), 2 * arm, sideTicks), r, arm));
        targets.add(new Target(right, clear(win.y(), win.top(), 2 * arm, sideTicks), r, arm));

        double labelLeft = labelStart(win, labelWidth, bottomTicks);
        return new TileMarks(lines, targets, win, labelLeft, printMargin, win.y() - GAP);
    }

    /**
     * The poster's trim on this sheet: where its edges cross the window's boundary, a tick in the margin on the
     * edge's line; where a poster corner lies inside the window, its two edges extended into the blank beyond it.
     */
    private static List<Line> posterTrim(Rect poster, Rect win, double posterW, double posterH, double len) {
        List<Line> out = new ArrayList<>();
        for (double edge : new double[] {0, posterW}) {
            if (edge <= poster.x() + EPSILON || edge >= poster.right() - EPSILON) {
                continue;
            }
            double x = win.x() + edge - poster.x();
            if (poster.y() >= -EPSILON && poster.y() <= posterH + EPSILON) {
                out.add(new Line(x, win.top() + GAP, x, win.top() + GAP + len, false));
            }
            if (poster.bottom() >= -EPSILON && poster.bottom() <= posterH + EPSILON) {
                out.add(new Line(x, win.y() - GAP, x, win.y() - GAP - len, false));
            }
            for (double corner : new double[] {0, posterH}) {
                if (corner > poster.y() + EPSILON && corner < poster.bottom() - EPSILON) {
                    double y = win.top() - (corner - poster.y());
                    double outward = corner == 0 ? 1 : -1;
                    double end = clamp(y + outward * (GAP + POSTER_CORNER), win.y(), win.top());
                    out.add(new Line(x, y + outward * GAP, x, end, false));
                }
            }
        }
        for (double edge : new double[] {0, posterH}) {
            if (edge <= poster.y() + EPSILON || edge >= poster.bottom() - EPSILON) {
                continue;
            }
            double y = win.top() - (edge - poster.y());
            if (poster.x() >= -EPSILON && poster.x() <= posterW + EPSILON) {
                out.add(new Line(win.x() - GAP, y, win.x() - GAP - len, y, false));
            }
            if (poster.right() >= -EPSILON && poster.right() <= posterW + EPSILON) {
                out.add(new Line(win.right() + GAP, y, win.right() + GAP + len, y, false));
            }
            for (double corner : new double[] {0, posterW}) {
                if (corner > poster.x() + EPSILON && corner < poster.right() - EPSILON) {
                    double x = win.x() + corner - poster.x();
                    double outward = corner == 0 ? -1 : 1;
                    double end = clamp(x + outward * (GAP + POSTER_CORNER), win.x(), win.right());
                    out.add(new Line(x + outward * GAP, y, end, y, false));
                }
            }
        }
        return out;
    }

    /** The centre of a thing {@code size} long on [lo, hi]: the middle, else a quarter in, clear of every tick. */
    private static double clear(double lo, double hi, double size, List<Double> ticks) {
        for (double part : new double[] {0.5, 0.25, 0.75}) {
            double c = lo + (hi - lo) * part;
            if (ticks.stream().allMatch(t -> Math.abs(t - c) > size / 2 + CLEARANCE)) {
                return c;
            }
        }
        return lo + (hi - lo) / 2;
    }

    /** Where the label starts: after the left corner mark, else against the right one, else centred. */
    private static double labelStart(Rect win, double width, List<Double> ticks) {
        double[] starts = {win.x() + CLEARANCE * 2, win.right() - CLEARANCE * 2 - width, win.x() + (win.width() - width) / 2};
        for (double x : starts) {
            if (ticks.stream().noneMatch(t -> t > x - CLEARANCE && t < x + width + CLEARANCE)) {
                return x;
            }
        }
        return starts[0];
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
