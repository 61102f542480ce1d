package org.lessonpress.export.booklet;

import java.util.ArrayList;
import java.util.List;

/**
 * Distributes groups of rows over pages of a fixed body height. A group that fits goes whole; otherwise it breaks
 * at the last allowed row that fits, or moves to the next page; a group that allows no break but is taller than a
 * page breaks wherever it must, so nothing is ever clipped.
 */
final class Paginator {

    /** A row placed at a distance from the top of the body area of a page (0-based page of the flow). */
    record Placed(Row row, int page, double y) {
    }

    private final double bodyHeight;
    private final List<Placed> placed = new ArrayList<>();
    private int page;
    private double y;

    Paginator(double bodyHeight) {
        this.bodyHeight = bodyHeight;
    }

    static List<Placed> paginate(List<Group> groups, double bodyHeight) {
        Paginator p = new Paginator(bodyHeight);
        for (Group g : groups) {
            p.add(g);
        }
        return p.placed;
    }

    /** Number of pages used (at least one). */
    static int pages(List<Placed> placed) {
        return placed.isEmpty() ? 1 : placed.get(placed.size() - 1).page() + 1;
    }

    private void add(Group g) {
        if (g.newPage() && y > 0) {
            newPage();
        }
        if (y > 0 && g.spaceBefore() > 0) {
            y += g.spaceBefore();
        }
        List<Row> rows = g.rows();
        int i = 0;
        while (i < rows.size()) {
            i = placeFrom(rows, i, g.breakable() || g.height() > bodyHeight);
        }
    }

    /** Places rows from {@code start}; returns the index of the first row not placed yet. */
    private int placeFrom(List<Row> rows, int start, boolean mayBreak) {
        if (y == 0) {
            while (start < rows.size() && rows.get(start).space()) {
                start++;
            }
        }
        double room = bodyHeight - y;
        double h = 0;
        int lastFitBreak = -1;
        int end = start;
        while (end < rows.size() && h + rows.get(end).height() <= room + 0.01) {
            h += rows.get(end).height();
            end++;
            if (end < rows.size() && rows.get(end).breakBefore()) {
                lastFitBreak = end;
            }
        }
        if (end == rows.size()) {
            put(rows, start, end);
            return end;
        }
        if (mayBreak && lastFitBreak > start) {
            put(rows, start, lastFitBreak);
            newPage();
            return lastFitBreak;
        }
        if (y > 0) {
            newPage();
            return start;
        }
        // An empty page and no allowed break fits: break at the last row that fits (at least one row).
        int cut = Math.max(end, start + 1);
        put(rows, start, cut);
        newPage();
        return cut;
    }

    private void put(List<Row> rows, int from, int to) {
        for (int k = from; k < to; k++) {
            Row r = rows.get(k);
            placed.add(new Placed(r, page, y));
            y += r.height();
        }
    }

    private void newPage() {
        page++;
        y = 0;
    }
}
