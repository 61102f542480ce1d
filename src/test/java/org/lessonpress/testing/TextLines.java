package org.lessonpress.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.theme.Rgb;

/**
 * The lines of text on a PDF page as a reader sees them, rebuilt from the glyphs {@link PageInk} reads: glyphs
 * painted one after another on one baseline, at one size, without a gap wider than an em, make one line. A gap wider
 * than a sixth of an em between two glyphs reads as a space. Coordinates are PDF user space (y up).
 */
public final class TextLines {

    /**
     * One line: its text, where it starts and ends, its baseline, size, weight and the colour of its first glyph.
     */
    public record Line(String text, double x, double right, double baseline, double size, boolean bold, Rgb color) {
        public double width() {
            return right - x;
        }

        /** From the descenders to the ascenders, as the eye reads the line's extent. */
        public Rect bounds() {
            return new Rect(x, baseline - 0.25 * size, right - x, 1.0 * size);
        }

        /** Characters as a reader counts them: letters, digits, marks and spaces. */
        public int characters() {
            return text.strip().codePointCount(0, text.strip().length());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "'%s' %.1f pt%s at (%.1f, %.1f)-%.1f", text, size, bold ? " bold" : "", x, baseline, right);
        }
    }

    private TextLines() {
    }

    /** The page's lines, in painting order. */
    public static List<Line> of(PageInk page) {
        List<Line> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        PageInk.Glyph first = null;
        double end = 0;
        for (PageInk.Glyph g : page.glyphs) {
            boolean same = first != null && Math.abs(g.y() - first.y()) < 0.01 && Math.abs(g.size() - first.size()) < 0.01
                    && g.x() > end - 0.3 * g.size() && g.x() < end + g.size();
            if (!same) {
                if (first != null) {
                    out.add(line(text, first, end));
                }
                text.setLength(0);
                first = g;
            } else if (g.x() > end + g.size() / 6 && !text.isEmpty() && text.charAt(text.length() - 1) != ' '
                    && !g.text().startsWith(" ")) {
                text.append(' ');
            }
            text.append(g.text());
            end = Math.max(g.x() + g.advance(), first == g ? g.x() + g.advance() : end);
        }
        if (first != null) {
            out.add(line(text, first, end));
        }
        return out;
    }

    private static Line line(StringBuilder text, PageInk.Glyph first, double end) {
        String t = text.toString();
        return new Line(t, first.x(), end, first.y(), first.size(), first.bold(), first.color());
    }
}
