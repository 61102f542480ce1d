package org.lessonpress.export.booklet;

import java.util.List;
import java.util.Map;

/**
 * The whole booklet, laid out: every page with what to draw, where each destination is, and the outline.
 *
 * @param geometry the page and its margins
 * @param pages    the pages in order, numbered from 1
 * @param outline  bookmarks: sections with their lessons
 */
record Layout(Geometry geometry, List<Page> pages, List<OutlineNode> outline) {

    /** One page: its number, its items in page coordinates and the destinations on it (name → top y). */
    record Page(int number, List<PageItem> items, Map<String, Double> anchors) {
    }

    /** A bookmark to a destination, with its children. */
    record OutlineNode(String title, String destination, List<OutlineNode> children) {
    }
}
