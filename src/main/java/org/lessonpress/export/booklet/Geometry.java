package org.lessonpress.export.booklet;

/**
 * The page and its text block, in points. Margins mirror on facing pages: page 1 is a recto (inner margin on the
 * left), page 2 a verso (inner margin on the right).
 */
record Geometry(double width, double height, double inner, double top, double outer, double bottom) {

    double textWidth() {
        return width - inner - outer;
    }

    double bodyHeight() {
        return height - top - bottom;
    }

    static boolean recto(int pageNumber) {
        return pageNumber % 2 == 1;
    }

    /** Left edge of the text block on a page (1-based). */
    double left(int pageNumber) {
        return recto(pageNumber) ? inner : outer;
    }

    double right(int pageNumber) {
        return left(pageNumber) + textWidth();
    }
}
