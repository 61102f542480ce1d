package org.lessonpress.export.cards;

/** An axis-aligned rectangle in PDF points, origin bottom-left as in PDF user space. */
public record Rect(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double top() {
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

    /** Mirror image across the horizontal centre line of a page {@code pageHeight} high. */
    public Rect mirrorY(double pageHeight) {
        return new Rect(x, pageHeight - top(), width, height);
    }

    /** True when the interiors overlap (touching edges do not count), with a tolerance in points. */
    public boolean overlaps(Rect o, double tolerance) {
        return x < o.right() - tolerance && o.x < right() - tolerance
                && y < o.top() - tolerance && o.y < top() - tolerance;
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

    /** The smallest rectangle holding both. */
    public Rect union(Rect o) {
        double x0 = Math.min(x, o.x);
        double y0 = Math.min(y, o.y);
        return new Rect(x0, y0, Math.max(right(), o.right()) - x0, Math.max(top(), o.top()) - y0);
    }
}
