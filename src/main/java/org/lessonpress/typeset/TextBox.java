package org.lessonpress.typeset;

import java.util.List;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.Rgb;

/**
 * A paragraph set for one size, line height and width: pure geometry, drawn by any painter. Coordinates grow right
 * and down from the box's top-left corner, in points.
 *
 * @param lines      the lines, top to bottom
 * @param size       the type size
 * @param lineHeight the distance between baselines
 * @param maxWidth   the measure the text was set to
 */
public record TextBox(List<TextBox.Line> lines, double size, double lineHeight, double maxWidth) {

    /**
     * Text in one face, size, colour and link, starting {@code x} from the left of its line. On a justified line
     * {@code scaleX} is the horizontal scale of its glyphs (within 2 % of 1) and {@code tracking} the space added
     * after each glyph, in points (PDF's {@code Tz} and {@code Tc}); elsewhere 1 and 0.
     */
    public record Run(FontFace face, String text, double size, Rgb color, String link, double x, double width, double scaleX,
                      double tracking) {
        public Run withColor(Rgb c) {
            return new Run(face, text, size, c, link, x, width, scaleX, tracking);
        }

        public Run movedBy(double dx) {
            return new Run(face, text, size, color, link, x + dx, width, scaleX, tracking);
        }
    }

    /**
     * One line; {@code baseline} is measured down from the top of the box, {@code width} is where its last run ends.
     * {@code hyphenated} when it ends in a hyphen the breaker added.
     */
    public record Line(List<Run> runs, double width, double baseline, boolean hyphenated) {
        public Line {
            runs = List.copyOf(runs);
        }

        /** The text as drawn: runs joined, a space where runs are apart. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            double end = Double.NaN;
            for (Run r : runs) {
                if (!Double.isNaN(end) && r.x() > end + r.size() * 0.05 && !sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                sb.append(r.text());
                end = r.x() + r.width();
            }
            return sb.toString();
        }

        public Line withColor(Rgb c) {
            return new Line(runs.stream().map(r -> r.link() == null ? r.withColor(c) : r).toList(), width, baseline, hyphenated);
        }
    }

    public TextBox {
        lines = List.copyOf(lines);
    }

    /** Lines × line height; 0 for no text. */
    public double height() {
        return lines.size() * lineHeight;
    }

    /** The widest line. */
    public double width() {
        double w = 0;
        for (Line l : lines) {
            w = Math.max(w, l.width());
        }
        return w;
    }

    /** False only when something could not be broken to the measure (a glyph wider than the whole line). */
    public boolean fits() {
        return width() <= maxWidth + 1e-6;
    }

    /**
     * Display text's worst break: set on two lines or more, its last line is one word of fewer than
     * {@link #SHORT_WORD} letters ("Get the / fundamentals / right."), which reads as an afterthought. The breaker
     * avoids it within one size; a caller that may choose the size uses this to take a size that avoids it.
     */
    public boolean endsOnLoneShortWord() {
        if (lines.size() < 2) {
            return false;
        }
        return isLoneShortWord(lines.get(lines.size() - 1).text());
    }

    /**
     * Display text set as a column of words rather than a statement: on three lines or more, a line before the last
     * holds one word of fewer than {@link #SHORT_WORD} letters ("The real / world / is messy."). Long words stacked
     * one per line ("Machine / learning / involves / trade-offs.") are display type's way on a narrow card; a short
     * word alone in the middle is a hole. A caller that may choose the size takes a smaller one.
     */
    public boolean isColumnOfWords() {
        for (int i = 0; i + 1 < lines.size() && lines.size() >= 3; i++) {
            if (isLoneShortWord(lines.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * One word (no ASCII whitespace once the ends are stripped, as splitting at {@code \\s+} would find) of fewer
     * than {@link #SHORT_WORD} letters. Without a regular expression: the card and slide searches ask it of every
     * line they try.
     */
    private static boolean isLoneShortWord(String line) {
        String s = line.strip();
        int letters = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0b || cp == '\f' || cp == '\r') {
                return false;
            }
            if (Character.isLetter(cp)) {
                letters++;
            }
            i += Character.charCount(cp);
        }
        return letters < SHORT_WORD;
    }

    /** A word this long or longer may stand alone on a last line. */
    public static final int SHORT_WORD = 6;

    /** The same text in another colour, links kept in theirs. */
    public TextBox withColor(Rgb c) {
        return new TextBox(lines.stream().map(l -> l.withColor(c)).toList(), size, lineHeight, maxWidth);
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
