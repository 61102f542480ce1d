package org.lessonpress.export.pdfbox;

/**
 * An axis-aligned rectangle in points: {@code (x, y)} is the corner with the smallest coordinates. In PDF user space
 * (y up, as the cards use) that is the bottom-left corner and {@link #top()} is the upper edge; in a layout measured
 * down from the page top (the poster) it is the top-left corner and {@link #bottom()} is the lower edge.
 */
public record Rect(double x, double y, double width, double height) {
    /** The tolerance of {@link #overlaps(Rect)} and {@link #contains(Rect)}. */
    private static final double EPSILON = 1e-6;

    public double right() {
        return x + width;
    }

    /** {@code y + height}: the upper edge in PDF user space (y up). */
    public double top() {
        return y + height;
    }

    /** {@code y + height}: the lower edge in a layout whose y grows down the page. */
    public double bottom() {
        return y + height;
    }

    /** This rectangle grown by {@code d} on every side (shrunk when negative). */
    public Rect outset(double d) {
        return new Rect(x - d, y - d, width + 2 * d, height + 2 * d);
    }

    public Rect inset(double d) {
        return outset(-d);
    }

    /** Mirror image across the vertical centre line of a page {@code pageWidth} wide. */
    public Rect mirrorX(double pageWidth) {
        return new Rect(pageWidth - right(), y, width, height);
    }

    /** Mirror image across the horizontal centre line of a page {@code pageHeight} high (also: y up to y down). */
    public Rect mirrorY(double pageHeight) {
        return new Rect(x, pageHeight - top(), width, height);
    }

    /** True when the interiors overlap (touching edges do not count). */
    public boolean overlaps(Rect o) {
        return overlaps(o, EPSILON);
    }

    /** True when the interiors overlap (touching edges do not count), with a tolerance in points. */
    public boolean overlaps(Rect o, double tolerance) {
        return x < o.right() - tolerance && o.x < right() - tolerance
                && y < o.top() - tolerance && o.y < top() - tolerance;
    }

    /** True when {@code o} lies inside this rectangle. */
    public boolean contains(Rect o) {
        return contains(o, EPSILON);
    }

    /** True when {@code o} lies inside this rectangle, with a tolerance in points. */
    public boolean contains(Rect o, double tolerance) {
        return o.x >= x - tolerance && o.y >= y - tolerance && o.right() <= right() + tolerance && o.top() <= top() + tolerance;
    }

    /** Largest distance between corresponding edges: how far apart two rectangles that should coincide are. */
    public double distance(Rect o) {
        return Math.max(Math.max(Math.abs(x - o.x), Math.abs(y - o.y)),
                Math.max(Math.abs(right() - o.right()), Math.abs(top() - o.top())));
    }

    /** The part of this rectangle inside {@code o}; zero width or height when they do not overlap. */
    public Rect clippedTo(Rect o) {
        double x0 = Math.max(x, o.x);
        double y0 = Math.max(y, o.y);
        return new Rect(x0, y0, Math.max(0, Math.min(right(), o.right()) - x0), Math.max(0, Math.min(top(), o.top()) - y0));
    }

    /** The smallest rectangle holding both. */
    public Rect union(Rect o) {
        double x0 = Math.min(x, o.x);
        double y0 = Math.min(y, o.y);
        return new Rect(x0, y0, Math.max(right(), o.right()) - x0, Math.max(top(), o.top()) - y0);
    }
}
