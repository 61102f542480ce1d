package org.lessonpress.export.booklet;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit of the page flow: a lesson, a section heading with what must follow it, a paragraph of the intro.
 *
 * @param rows        the rows; a page may break only before a row that allows it
 * @param spaceBefore space above the group, dropped at the top of a page
 * @param newPage     start on a new page
 * @param startIfFree start on a new page unless at least this much of the page is left (0: wherever it falls)
 */
record Group(List<Row> rows, double spaceBefore, boolean newPage, double startIfFree) {
    Group {
        rows = List.copyOf(rows);
    }

    Group(List<Row> rows, double spaceBefore, boolean newPage) {
        this(rows, spaceBefore, newPage, 0);
    }

    double height() {
        double h = 0;
        for (Row r : rows) {
            h += r.height();
        }
        return h;
    }

    boolean breakable() {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).breakBefore()) {
                return true;
            }
        }
        return false;
    }

    /** This group followed by another that must start on the same page as this one ends. */
    Group keptWith(Group next) {
        List<Row> all = new ArrayList<>(rows);
        boolean first = true;
        for (Row r : next.rows()) {
            all.add(first ? r.withBreak(false) : r);
            first = false;
        }
        if (next.spaceBefore() > 0 && !next.rows().isEmpty()) {
            all.add(rows.size(), Row.space(next.spaceBefore()).withBreak(false));
        }
        return new Group(all, spaceBefore, newPage, startIfFree);
    }

    /** The same rows with every break removed: the group is set on one page when it fits. */
    Group unbreakable() {
        List<Row> all = new ArrayList<>();
        for (Row r : rows) {
            all.add(r.withBreak(false));
        }
        return new Group(all, spaceBefore, newPage, startIfFree);
    }
}
