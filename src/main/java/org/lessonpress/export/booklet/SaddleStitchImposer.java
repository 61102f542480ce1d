package org.lessonpress.export.booklet;

import java.util.ArrayList;
import java.util.List;

/**
 * The page order of a saddle-stitched booklet: sheets folded once and nested, two pages on each side of a sheet.
 * Pure arithmetic, so it is tested without a PDF. Page numbers are 1-based; 0 is a blank page. Blanks that pad
 * the count to a multiple of four go before the last page (the back cover), not after it.
 */
final class SaddleStitchImposer {

    /** One side of a sheet: the page on the left half and the page on the right half. */
    record Side(int left, int right) {
    }

    /**
     * A sheet, outermost first.
     *
     * @param index 0 for the outermost sheet
     * @param front the side with the first page of the booklet on the outermost sheet
     * @param back  the other side
     */
    record Sheet(int index, Side front, Side back) {
    }

    private SaddleStitchImposer() {
    }

    /** Pages padded to a multiple of four: position → source page (0 for blank). */
    static int[] padded(int pageCount) {
        if (pageCount < 1) {
            throw new IllegalArgumentException("a booklet needs at least one page");
        }
        int n = (pageCount + 3) / 4 * 4;
        int[] out = new int[n];
        if (pageCount == 1) {
            out[0] = 1;
            return out;
        }
        for (int i = 0; i < pageCount - 1; i++) {
            out[i] = i + 1;
        }
        out[n - 1] = pageCount;
        return out;
    }

    /** The sheets for {@code pageCount} pages: for 8 pages, [8,1]/[2,7] then [6,3]/[4,5]. */
    static List<Sheet> sheets(int pageCount) {
        int[] pages = padded(pageCount);
        int n = pages.length;
        List<Sheet> out = new ArrayList<>();
        for (int s = 0; s < n / 4; s++) {
            Side front = new Side(pages[n - 1 - 2 * s], pages[2 * s]);
            Side back = new Side(pages[2 * s + 1], pages[n - 2 - 2 * s]);
            out.add(new Sheet(s, front, back));
        }
        return out;
    }

    /**
     * How far the pages of a sheet move towards the fold to make up for creep: nothing on the outermost sheet,
     * {@code creep} on the innermost, evenly in between.
     */
    static double shift(int sheetIndex, int sheetCount, double creep) {
        return sheetCount <= 1 ? 0 : creep * sheetIndex / (sheetCount - 1);
    }
}
