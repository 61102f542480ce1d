package org.lessonpress.export.poster;

import org.lessonpress.theme.PageSize;
import org.lessonpress.theme.Units;

/**
 * The fixed measures of one poster, in points: the page, its margins and gutters, the range of body sizes the
 * fitting search may use and the measure it keeps to. Theme lengths are given for A1 and scaled here to the chosen
 * paper; the legible minimum is given per paper size.
 *
 * @param width         page width
 * @param height        page height
 * @param margin        white space around everything
 * @param gutter        space between columns and between rows
 * @param headerHeight  height of the title block
 * @param footerSize    type size of the footer (source, citation)
 * @param minBody       the smallest legible body size for this paper
 * @param maxBody       the largest body size worth setting
 * @param step          the body sizes tried: {@code minBody + k × step}
 * @param bodyLeading   baseline distance as a multiple of the body size
 * @param leadScale     lead size as a multiple of the body size (one step of the modular scale)
 * @param numberScale   lesson number size as a multiple of the body size (at least 2)
 * @param minCharacters the shortest measure, in characters of body text
 * @param maxCharacters the longest measure, in characters of body text
 */
public record PosterGeometry(double width, double height, double margin, double gutter, double headerHeight,
                             double footerSize, double minBody, double maxBody, double step, double bodyLeading,
                             double leadScale, double numberScale, double minCharacters, double maxCharacters) {

    /** A1 portrait, the size theme lengths are given for. */
    public static final PageSize A1 = PageSize.parse("A1");

    /** How much larger than A1 the paper is, along one side (geometric mean of the two sides). */
    public static double linearScale(double width, double height) {
        return Math.sqrt((width * height) / (A1.width() * A1.height()));
    }

    /**
     * The legible minimum for a paper from the theme's minimums for A0 to A4 ({@code byA[0]} is A0's): between two A
     * sizes it runs evenly with the paper's linear scale (a factor of the square root of 2 per A size); below A4 it is
     * A4's; beyond A0 it grows with the square root of the scale, as reading distance grows slower than the sheet.
     */
    public static double legibleMinimum(double width, double height, double[] byA) {
        double a = 1 - 2 * Math.log(linearScale(width, height)) / Math.log(2);
        if (a >= byA.length - 1) {
            return byA[byA.length - 1];
        }
        if (a <= 0) {
            return byA[0] * Math.pow(2, -a / 4);
        }
        int lower = (int) Math.floor(a);
        double t = a - lower;
        return byA[lower] + t * (byA[lower + 1] - byA[lower]);
    }

    /** The grid area's width. */
    public double gridWidth() {
        return width - 2 * margin;
    }

    /** The lead size for a body size. */
    public double leadSize(double body) {
        return body * leadScale;
    }

    /** The lesson number's size for a body size. */
    public double numberSize(double body) {
        return body * numberScale;
    }

    /** Geometry for a page from theme values given for A1 and the legible minimum for this paper. */
    public static PosterGeometry scaled(double width, double height, double marginA1, double gutterA1, double headerRatio,
                                        double footerA1, double min, double maxA1, double step, double leading,
                                        double leadScale, double numberScale, double minCharacters, double maxCharacters) {
        double s = linearScale(width, height);
        double rounded = Math.round(min / step) * step;
        return new PosterGeometry(width, height, marginA1 * s, gutterA1 * s, height * headerRatio,
                Math.max(footerA1 * s, rounded * 0.8), rounded, Math.max(rounded, maxA1 * s), step, leading, leadScale,
                numberScale, minCharacters, maxCharacters);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.0f x %.0f mm, body %.2f-%.2f pt", Units.toMm(width), Units.toMm(height), minBody, maxBody);
    }
}
