package org.lessonpress.export.booklet;

import java.util.ArrayList;
import java.util.List;

/**
 * Distributes groups of rows over pages of a fixed body height. A group that fits goes whole; otherwise it breaks
 * at the last allowed row that fits, or moves to the next page; a group that allows no break but is taller than a
 * page breaks wherever it must, so nothing is ever clipped. A group may ask for a new page always, or only when
 * less than some height is left. Then the pages are balanced: a page left less than {@link #MIN_FILL} full before
 * a new page begins takes rows from the page before it, at an allowed break, so that the emptier of the two is as
 * full as it can be (the last two pages of a section share its last lessons instead of leaving one alone).
 */
final class Paginator {
    /** A page less full than this, before a forced new page, is balanced with the one before it. */
    static final double MIN_FILL = 0.4;
    /** The place of spacing that balancing moved to the top of a page, where it is dropped. */
    private static final double DROPPED = -1;

    /** A row placed at a distance from the top of the body area of a page (0-based page of the flow). */
    record Placed(Row row, int page, double y) {
    }

    /** A placed row and what balancing needs: where its group starts, the space it asked for, a forced page start. */
    private record Entry(Row row, int page, double y, boolean groupStart, double spaceBefore, boolean forcedPage) {
        Entry at(int p, double newY, boolean forced) {
            return new Entry(row, p, newY, groupStart, spaceBefore, forced);
        }

        double end() {
            return y + row.height();
        }
    }

    private final double bodyHeight;
    private final List<Entry> placed = new ArrayList<>();
    private int page;
    private double y;
    private boolean forced = true;
    private boolean groupStart;
    private double groupSpace;

    Paginator(double bodyHeight) {
        this.bodyHeight = bodyHeight;
    }

    static List<Placed> paginate(List<Group> groups, double bodyHeight) {
        Paginator p = new Paginator(bodyHeight);
        for (Group g : groups) {
            p.add(g);
        }
        p.balance();
        return p.placed.stream().filter(e -> e.y() != DROPPED).map(e -> new Placed(e.row(), e.page(), e.y())).toList();
    }

    /** Number of pages used (at least one). */
    static int pages(List<Placed> placed) {
        return placed.isEmpty() ? 1 : placed.get(placed.size() - 1).page() + 1;
    }

    private void add(Group g) {
        boolean tooLittleLeft = g.startIfFree() > 0 && bodyHeight - y < g.startIfFree();
        if ((g.newPage() || tooLittleLeft) && y > 0) {
            newPage(true);
        }
        if (y > 0 && g.spaceBefore() > 0) {
            y += g.spaceBefore();
        }
        groupStart = true;
        groupSpace = g.spaceBefore();
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
            newPage(false);
            return lastFitBreak;
        }
        if (y > 0) {
            newPage(false);
            return start;
        }
        // An empty page and no allowed break fits: break at the last row that fits (at least one row).
        int cut = Math.max(end, start + 1);
        put(rows, start, cut);
        newPage(false);
        return cut;
    }

    private void put(List<Row> rows, int from, int to) {
        for (int k = from; k < to; k++) {
            Row r = rows.get(k);
            placed.add(new Entry(r, page, y, groupStart && k == from, groupStart && k == from ? groupSpace : 0, forced));
            groupStart = false;
            forced = false;
            y += r.height();
        }
    }

    private void newPage(boolean forcedStart) {
        page++;
        y = 0;
        forced = forcedStart;
    }

    // --- balancing

    private void balance() {
        int pages = placed.isEmpty() ? 0 : placed.get(placed.size() - 1).page() + 1;
        // starts[p]: the first entry of page p; starts[pages]: the end
        int[] starts = new int[pages + 1];
        int p = -1;
        for (int i = 0; i < placed.size(); i++) {
            while (p < placed.get(i).page()) {
                starts[++p] = i;
            }
        }
        starts[pages] = placed.size();
        for (int q = 1; q + 1 < pages; q++) {
            boolean beforeForced = placed.get(starts[q + 1]).forcedPage();
            if (beforeForced && !placed.get(starts[q]).forcedPage() && fill(starts[q], starts[q + 1]) < MIN_FILL * bodyHeight) {
                int cut = balance(starts[q - 1], starts[q], starts[q + 1], q);
                if (cut >= 0) {
                    starts[q] = cut;
                }
            }
        }
    }

    /** How far down the page the last of its rows that is not spacing ends. */
    private double fill(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!placed.get(i).row().space() && placed.get(i).y() != DROPPED) {
                return placed.get(i).end();
            }
        }
        return 0;
    }

    /**
     * Moves the tail of the page {@code [prev, next)} to the top of the page {@code [next, end)} where that makes the
     * emptier of the two fuller; returns where the later page now starts, or -1.
     */
    private int balance(int prev, int next, int end, int page) {
        double best = Math.min(fill(prev, next), fill(next, end));
        int bestCut = -1;
        for (int cut = prev + 1; cut < next; cut++) {
            Entry e = placed.get(cut);
            if (!(e.groupStart() || e.row().breakBefore())) {
                continue;
            }
            double before = fill(prev, cut);
            double after = height(laidOut(cut, end, page));
            if (after <= bodyHeight + 0.01 && Math.min(before, after) > best + 0.01) {
                best = Math.min(before, after);
                bestCut = cut;
            }
        }
        if (bestCut < 0) {
            return -1;
        }
        List<Entry> moved = laidOut(bestCut, end, page);
        placed.subList(bestCut, end).clear();
        placed.addAll(bestCut, moved);
        return bestCut;
    }

    private static double height(List<Entry> entries) {
        double h = 0;
        for (Entry e : entries) {
            h = Math.max(h, e.end());
        }
        return h;
    }

    /**
     * Entries {@code [from, to)} laid out from the top of {@code page}, keeping the spaces between them (a group's
     * space above it where it no longer opens the page) and dropping spacing at the top, as the first placing does.
     */
    private List<Entry> laidOut(int from, int to, int page) {
        List<Entry> out = new ArrayList<>();
        double at = 0;
        Entry prev = null;
        for (int i = from; i < to; i++) {
            Entry e = placed.get(i);
            if (prev == null && e.row().space()) {
                // Kept in its place in the list, so later pages keep their indices, but not drawn.
                out.add(e.at(page, DROPPED, false));
                continue;
            }
            if (prev != null) {
                at += prev.page() == e.page() ? e.y() - prev.end() : e.groupStart() ? e.spaceBefore() : 0;
            }
            out.add(e.at(page, at, false));
            at += e.row().height();
            prev = e;
        }
        return out;
    }
}
