package org.lessonpress.export.booklet;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the page flow (a text line, a rule, some space), with its items relative to the row's top-left
 * corner at the text block's left edge.
 *
 * @param height      the vertical space the row takes
 * @param items       what to draw
 * @param breakBefore true when a page may end just before this row
 * @param space       true for pure spacing, dropped at the top of a page
 * @param anchors     destinations that point at this row ({@code lesson-12})
 * @param mark        the section title that starts here, for running heads; null when none
 */
record Row(double height, List<PageItem> items, boolean breakBefore, boolean space, List<String> anchors, String mark) {

    Row {
        items = List.copyOf(items);
        anchors = List.copyOf(anchors);
    }

    static Row space(double height) {
        return new Row(height, List.of(), true, true, List.of(), null);
    }

    Row withBreak(boolean allowed) {
        return new Row(height, items, allowed, space, anchors, mark);
    }

    Row withAnchor(String anchor) {
        List<String> a = new ArrayList<>(anchors);
        a.add(anchor);
        return new Row(height, items, breakBefore, space, a, mark);
    }

    Row withMark(String m) {
        return new Row(height, items, breakBefore, space, anchors, m);
    }

    /** Items drawn before the row's own, so text extraction reads them first (a lesson number before its lead). */
    Row withItemsFirst(List<PageItem> first) {
        List<PageItem> all = new ArrayList<>(first);
        all.addAll(items);
        return new Row(height, all, breakBefore, space, anchors, mark);
    }

    Row withItems(List<PageItem> more) {
        List<PageItem> all = new ArrayList<>(items);
        all.addAll(more);
        return new Row(height, all, breakBefore, space, anchors, mark);
    }
}
