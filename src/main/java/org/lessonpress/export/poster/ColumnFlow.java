package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;

/**
 * Flows a section's lessons, in reading order, down its columns and on to the next, as a newspaper sets a story: the
 * columns come out of even height because a lesson whose body is one paragraph may run on into the next column
 * between two lines (never leaving fewer than two lines on either side, and never leaving its head alone at the
 * foot of a column). For every column count, the lowest height at which the lessons fit is found by bisection over
 * a greedy fill, which is exact for a given height. Pure.
 */
final class ColumnFlow {
    /** The fewest lines a paragraph leaves at the foot of a column or carries to the next. */
    static final int MIN_LINES = 2;
    private static final double EPSILON = 1e-6;
    private static final int ROUNDS = 40;

    /**
     * A part of a lesson in one column: the lesson, the column, its top within the column, the body lines it holds
     * ({@code [from, to)}) and whether it holds the lesson's head (number, lead and the space above the body).
     */
    record Piece(int cell, int column, double y, int from, int to, boolean head) {
    }

    private final double[] heads;
    private final int[] lines;
    private final double line;
    private final double gap;
    private final int maxColumns;
    private final double[] heights;
    private final double[] limits;
    private double tallest;

    /**
     * @param heads      each lesson's height above its flowing lines; the whole height of a lesson that cannot break
     * @param lines      each lesson's flowing body lines (0 for a lesson that cannot break)
     * @param line       the distance between body lines
     * @param gap        the space between lessons in a column
     * @param maxColumns the most columns asked for
     */
    ColumnFlow(double[] heads, int[] lines, double line, double gap, int maxColumns) {
        this.heads = heads.clone();
        this.lines = lines.clone();
        this.line = line;
        this.gap = gap;
        this.maxColumns = Math.max(1, Math.min(maxColumns, heads.length));
        this.heights = new double[this.maxColumns + 1];
        this.limits = new double[this.maxColumns + 1];
    }

    /** The most columns worth using: one per lesson. */
    int maxColumns() {
        return maxColumns;
    }

    /** The height of the lessons stacked in one column, gaps included. */
    double stacked() {
        double total = 0;
        for (int i = 0; i < heads.length; i++) {
            total += heads[i] + lines[i] * line + (i > 0 ? gap : 0);
        }
        return total;
    }

    /** The tallest column when the lessons flow into {@code columns} columns. */
    double height(int columns) {
        int k = Math.min(columns, maxColumns);
        if (heights[k] == 0) {
            solve(k);
        }
        return heights[k];
    }

    /** Where each part of each lesson goes in {@code columns} columns. */
    List<Piece> pieces(int columns) {
        int k = Math.min(columns, maxColumns);
        height(k);
        List<Piece> out = new ArrayList<>();
        fill(limits[k], out);
        return out;
    }

    private void solve(int k) {
        double hi = stacked();
        double lo = 0;
        for (int round = 0; round < ROUNDS && hi - lo > 0.01; round++) {
            double mid = (lo + hi) / 2;
            if (fill(mid, null) <= k) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        fill(hi, null);
        limits[k] = hi;
        heights[k] = tallest;
    }

    /** Fills columns no taller than {@code limit}: the columns used, or {@link Integer#MAX_VALUE} when a part cannot fit. */
    private int fill(double limit, List<Piece> out) {
        int column = 0;
        double y = 0;
        tallest = 0;
        for (int i = 0; i < heads.length; i++) {
            double before = y > 0 ? gap : 0;
            double whole = heads[i] + lines[i] * line;
            if (y + before + whole <= limit + EPSILON) {
                add(out, new Piece(i, column, y + before, 0, lines[i], true));
                y += before + whole;
                tallest = Math.max(tallest, y);
                continue;
            }
            int room = fitting(limit - y - before - heads[i]);
            if (y > 0 && !(lines[i] >= 2 * MIN_LINES && room >= MIN_LINES)) {
                column++;
                y = 0;
                before = 0;
                if (whole <= limit + EPSILON) {
                    add(out, new Piece(i, column, 0, 0, lines[i], true));
                    y = whole;
                    tallest = Math.max(tallest, y);
                    continue;
                }
                room = fitting(limit - heads[i]);
            }
            if (lines[i] < 2 * MIN_LINES || room < MIN_LINES) {
                return Integer.MAX_VALUE;
            }
            int from = Math.min(room, lines[i] - MIN_LINES);
            add(out, new Piece(i, column, y + before, 0, from, true));
            tallest = Math.max(tallest, y + before + heads[i] + from * line);
            while (true) {
                column++;
                int rest = lines[i] - from;
                int cap = fitting(limit);
                if (rest <= cap) {
                    add(out, new Piece(i, column, 0, from, lines[i], false));
                    y = rest * line;
                    tallest = Math.max(tallest, y);
                    break;
                }
                int take = Math.min(cap, rest - MIN_LINES);
                if (take < MIN_LINES) {
                    return Integer.MAX_VALUE;
                }
                add(out, new Piece(i, column, 0, from, from + take, false));
                tallest = Math.max(tallest, take * line);
                from += take;
            }
        }
        return column + 1;
    }

    private int fitting(double height) {
        return height < 0 ? 0 : (int) Math.floor(height / line + EPSILON);
    }

    private static void add(List<Piece> out, Piece p) {
        if (out != null) {
            out.add(p);
        }
    }
}
