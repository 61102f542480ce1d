package org.lessonpress.export.poster;

import org.lessonpress.theme.PageSize;
import org.lessonpress.theme.Units;

/**
 * The fixed measures of one poster, in points: the page, its margins and gutters, and the range of body sizes the
 * fitting search may use. Theme lengths are given for A1 and scaled here to the chosen paper.
 *
 * @param width        page width
 * @param height       page height
 * @param margin       white space around everything
 * @param gutter       space between columns and between rows
 * @param headerHeight height of the title block
 * @param footerSize   type size of the footer (source, citation)
 * @param minBody      the smallest legible body size for this paper
 * @param maxBody      the largest body size worth setting
 * @param step         the body sizes tried: {@code minBody + k × step}
 * @param bodyLeading  baseline distance as a multiple of the body size
 * @param leadScale    lead size as a multiple of the body size (one step of the modular scale)
 */
public record PosterGeometry(double width, double height, double margin, double gutter, double headerHeight,
                             double footerSize, double minBody, double maxBody, double step, double bodyLeading,
                             double leadScale) {

    /** A1 portrait, the size theme lengths are given for. */
    public static final PageSize A1 = PageSize.parse("A1");

    /** How much larger than A1 the paper is, along one side (geometric mean of the two sides). */
    public static double linearScale(double width, double height) {
        return Math.sqrt((width * height) / (A1.width() * A1.height()));
    }

    /** The grid area's width. */
    public double gridWidth() {
        return width - 2 * margin;
    }

    /** The lead size for a body size. */
    public double leadSize(double body) {
        return body * leadScale;
    }

    /** The body size of step {@code k}. */
    public double size(int k) {
        return minBody + k * step;
    }

    /** The number of steps above {@link #minBody} up to {@link #maxBody}. */
    public int maxStep() {
        return Math.max(0, (int) Math.floor((maxBody - minBody) / step + 1e-9));
    }

    /** Geometry for a page from theme values given for A1. The minimum size scales with the square root of the
     *  linear scale, so a larger sheet holds more text (reading distance grows slower than the sheet). */
    public static PosterGeometry scaled(double width, double height, double marginA1, double gutterA1, double headerRatio,
                                        double footerA1, double minA1, double maxA1, double step, double leading,
                                        double leadScale) {
        double s = linearScale(width, height);
        double min = round(minA1 * Math.sqrt(s), step);
        return new PosterGeometry(width, height, marginA1 * s, gutterA1 * s, height * headerRatio,
                Math.max(footerA1 * s, min * 0.8), min, Math.max(min, maxA1 * s), step, leading, leadScale);
    }

    private static double round(double v, double step) {
        return Math.round(v / step) * step;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.0f x %.0f mm, body %.2f-%.2f pt", Units.toMm(width), Units.toMm(height), minBody, maxBody);
    }
}
