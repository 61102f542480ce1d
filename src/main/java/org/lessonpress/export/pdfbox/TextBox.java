package org.lessonpress.export.pdfbox;

import java.util.List;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.Rgb;

/**
 * Text broken into lines for one size, leading and width: pure geometry, drawn by {@link TextPainter}.
 * Coordinates grow right and down from the box's top-left corner, in points.
 *
 * @param lines      the lines, top to bottom
 * @param size       the type size
 * @param lineHeight the distance between baselines (size × leading)
 * @param maxWidth   the width the text was broken to
 */
public record TextBox(List<TextBox.Line> lines, double size, double lineHeight, double maxWidth) {

    /** Where the em box sits above the baseline; half the leading goes above it and half below. */
    public static final double ASCENT = 0.8;

    /** Text in one face, colour and link, starting {@code x} from the left of its line. */
    public record Run(FontFace face, String text, Rgb color, String link, double x, double width) {
    }

    /** One line; {@code baseline} is measured down from the top of the box. */
    public record Line(List<Run> runs, double width, double baseline) {
        public Line {
            runs = List.copyOf(runs);
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    public TextBox {
        lines = List.copyOf(lines);
    }

    /** The baseline of line {@code index} below the box top, for a box of this size and line height. */
    public static double baseline(int index, double size, double lineHeight) {
        return index * lineHeight + (lineHeight - size) / 2 + ASCENT * size;
    }

    /** Lines × line height; 0 for no text. */
    public double height() {
        return lines.size() * lineHeight;
    }

    /** The widest line. */
    public double width() {
        return lines.stream().mapToDouble(Line::width).max().orElse(0);
    }

    /** False only when a single character is wider than {@link #maxWidth}: every other word is broken to fit. */
    public boolean fits() {
        return width() <= maxWidth + 1e-6;
    }

    /** The text, lines joined with newlines (for tests and messages). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(l.text());
        }
        return sb.toString();
    }
}
