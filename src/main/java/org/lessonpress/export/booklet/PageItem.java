package org.lessonpress.export.booklet;

import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.Rgb;

/**
 * Something drawn on a page. Coordinates are points from the top-left corner of the page (or, inside a
 * {@link Row}, of the row's top-left corner); {@code y} of text is its baseline.
 */
sealed interface PageItem {

    PageItem moved(double dx, double dy);

    /**
     * Text on a baseline at {@code y}. On a justified line {@code scaleX} widens or narrows its glyphs and
     * {@code tracking} opens or closes the gaps after them, in points; elsewhere 1 and 0.
     */
    record Text(double x, double y, String text, FontFace face, double size, Rgb color, double scaleX, double tracking)
            implements PageItem {
        Text(double x, double y, String text, FontFace face, double size, Rgb color) {
            this(x, y, text, face, size, color, 1, 0);
        }

        @Override
        public Text moved(double dx, double dy) {
            return new Text(x + dx, y + dy, text, face, size, color, scaleX, tracking);
        }
    }

    /** A filled rectangle; {@code y} is its top edge. */
    record Box(double x, double y, double width, double height, Rgb color) implements PageItem {
        @Override
        public Box moved(double dx, double dy) {
            return new Box(x + dx, y + dy, width, height, color);
        }
    }

    /** A stroked line. */
    record Stroke(double x1, double y1, double x2, double y2, double thickness, Rgb color) implements PageItem {
        @Override
        public Stroke moved(double dx, double dy) {
            return new Stroke(x1 + dx, y1 + dy, x2 + dx, y2 + dy, thickness, color);
        }
    }

    /** A clickable area: {@code target} is a URI, or {@code #name} for a destination in the document. */
    record Link(double x, double y, double width, double height, String target) implements PageItem {
        @Override
        public Link moved(double dx, double dy) {
            return new Link(x + dx, y + dy, width, height, target);
        }

        boolean internal() {
            return target.startsWith("#");
        }
    }

    /**
     * The page number of a destination, right-aligned at {@code x}; replaced by text once the body is laid out
     * (the table of contents is set before the pages it points to).
     */
    record PageRef(double x, double y, String destination, FontFace face, double size, Rgb color) implements PageItem {
        @Override
        public PageRef moved(double dx, double dy) {
            return new PageRef(x + dx, y + dy, destination, face, size, color);
        }
    }
}
