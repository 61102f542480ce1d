package org.lessonpress.export.booklet;

import org.lessonpress.typeset.Hyphenator;
import java.util.ArrayList;
import java.util.List;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.Rgb;

/**
 * Breaks styled text into lines: first fit, hyphenating a word that does not fit when the patterns allow, breaking
 * after a hyphen or slash inside a long word, and, for a word wider than the whole line (a long URL), between any
 * two characters rather than letting it run into the margin. Justified lines stretch only the spaces between words.
 */
final class LineBreaker {

    enum Align { JUSTIFY, LEFT, RIGHT, CENTER }

    /** Text in one face at an offset from the line start. */
    record Piece(String text, FontFace face, double size, Rgb color, String link, double width, double x) {
        Piece at(double newX) {
            return new Piece(text, face, size, color, link, width, newX);
        }
    }

    /** A set line: its pieces placed, its natural width, and whether it ends a paragraph. */
    record Line(List<Piece> pieces, double width, boolean last) {
    }

    private record Word(List<Piece> pieces, double width) {
        String text() {
            StringBuilder sb = new StringBuilder();
            pieces.forEach(p -> sb.append(p.text()));
            return sb.toString();
        }
    }

    private final Metrics metrics;
    private final Hyphenator hyphenator;
    private final FontChain.MissingGlyphHandler onMissing;
    private final boolean display;

    LineBreaker(Metrics metrics, Hyphenator hyphenator, FontChain.MissingGlyphHandler onMissing) {
        this(metrics, hyphenator, onMissing, false);
    }

    private LineBreaker(Metrics metrics, Hyphenator hyphenator, FontChain.MissingGlyphHandler onMissing, boolean display) {
        this.metrics = metrics;
        this.hyphenator = hyphenator;
        this.onMissing = onMissing;
        this.display = display;
    }

    LineBreaker withMissingGlyphs(FontChain.MissingGlyphHandler handler) {
        return new LineBreaker(metrics, hyphenator, handler, display);
    }

    LineBreaker withHyphenator(Hyphenator h) {
        return new LineBreaker(metrics, h, onMissing, display);
    }

    /**
     * The breaker for display text (titles, headings, leads, contents, running heads): lines break only at spaces
     * and no hyphen is ever added. A single word wider than the whole line, which callers avoid by setting the text
     * smaller (see {@link #widestWord}), is the one exception: it is cut without a hyphen, after a hyphen or slash
     * where it has one, rather than run into the margin.
     */
    LineBreaker display() {
        return new LineBreaker(metrics, Hyphenator.OFF, onMissing, true);
    }

    /** The width of the widest word (run of text between spaces) in {@code spans}. */
    double widestWord(List<Span> spans) {
        double max = 0;
        for (Object t : tokens(spans)) {
            if (t instanceof Word w) {
                max = Math.max(max, w.width());
            }
        }
        return max;
    }

    List<Line> lines(List<Span> spans, double width, Align align) {
        return lines(spans, width, align, 0);
    }

    /** Lines with the first one indented by {@code indent} (paragraphs after the first). */
    List<Line> lines(List<Span> spans, double width, Align align, double indent) {
        Filler f = new Filler(width, align);
        f.indent = indent;
        return f.fill(tokens(spans));
    }

    /** The natural width of a single-line text, for labels and page numbers. */
    double width(List<Span> spans) {
        List<Line> ls = new Filler(Double.MAX_VALUE / 4, Align.LEFT).fill(tokens(spans));
        double max = 0;
        for (Line l : ls) {
            max = Math.max(max, l.width());
        }
        return max;
    }

    // --- tokens: words (pieces glued together), spaces (their width) and forced breaks (null)

    private List<Object> tokens(List<Span> spans) {
        List<Object> out = new ArrayList<>();
        List<Piece> word = new ArrayList<>();
        for (Span span : spans) {
            if (span.isHardBreak()) {
                flush(word, out);
                out.add(null);
                continue;
            }
            String text = span.text();
            int i = 0;
            while (i < text.length()) {
                int sp = nextSpace(text, i);
                if (sp > i) {
                    addPieces(text.substring(i, sp), span.style(), word);
                }
                if (sp < text.length()) {
                    flush(word, out);
                    TextStyle st = span.style();
                    double w = metrics.width(st.chain().primary(st.face()), " ", st.size());
                    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Word) {
                        out.add(w);
                    }
                }
                i = sp + 1;
            }
        }
        flush(word, out);
        return out;
    }

    private static int nextSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private void addPieces(String text, TextStyle st, List<Piece> word) {
        for (FontChain.Run run : st.chain().runs(text, st.face(), onMissing)) {
            word.add(piece(run.text(), run.face(), st));
        }
    }

    private Piece piece(String text, FontFace face, TextStyle st) {
        return new Piece(text, face, st.size(), st.color(), st.link(), metrics.width(face, text, st.size()), 0);
    }

    private Piece remeasure(Piece p, String text) {
        return new Piece(text, p.face(), p.size(), p.color(), p.link(), metrics.width(p.face(), text, p.size()), 0);
    }

    private static void flush(List<Piece> word, List<Object> out) {
        if (!word.isEmpty()) {
            out.add(word(word));
            word.clear();
        }
    }

    /** Splits a word after {@code index} characters, optionally adding a hyphen to the first part. */
    private Word[] split(Word w, int index, boolean hyphen) {
        List<Piece> head = new ArrayList<>();
        List<Piece> tail = new ArrayList<>();
        int seen = 0;
        for (Piece p : w.pieces()) {
            int len = p.text().length();
            if (seen + len <= index) {
                head.add(p);
            } else if (seen >= index) {
                tail.add(p);
            } else {
                head.add(remeasure(p, p.text().substring(0, index - seen)));
                tail.add(remeasure(p, p.text().substring(index - seen)));
            }
            seen += len;
        }
        if (hyphen) {
            Piece last = head.remove(head.size() - 1);
            head.add(remeasure(last, last.text() + "-"));
        }
        return new Word[] {word(head), word(tail)};
    }

    private static Word word(List<Piece> pieces) {
        double w = 0;
        for (Piece p : pieces) {
            w += p.width();
        }
        return new Word(List.copyOf(pieces), w);
    }

    /**
     * The widest head of {@code w} that fits in {@code room}, or null: at a hyphenation point or after a hyphen or
     * slash; with {@code force}, between any two characters.
     */
    private Word[] fit(Word w, double room, boolean force, boolean lineEmpty) {
        String text = w.text();
        if (display) {
            return lineEmpty ? displayCut(w, room) : null;
        }
        List<int[]> options = new ArrayList<>();
        for (int p : hyphenator.points(text)) {
            options.add(new int[] {p, 1});
        }
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '/' || c == '\u2013' || c == '\u2014' || c == '_' || c == '.') && i + 1 < text.length()
                    && !Character.isLowSurrogate(text.charAt(i + 1))) {
                options.add(new int[] {i + 1, 0});
            }
        }
        options.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] o : options) {
            if (o[0] <= 0 || o[0] >= text.length()) {
                continue;
            }
            Word[] parts = split(w, o[0], o[1] == 1);
            if (parts[0].width() <= room) {
                return parts;
            }
        }
        if (!force) {
            return null;
        }
        // A word of letters gets a hyphen where it is cut; a URL or a code token is cut without one.
        boolean letters = text.codePoints().allMatch(Character::isLetter);
        int min = lineEmpty ? 1 : 3;
        for (int i = text.length() - 1; i >= min; i--) {
            if (Character.isLowSurrogate(text.charAt(i)) || (letters && (i < 2 || text.length() - i < 2))) {
                continue;
            }
            Word[] parts = split(w, i, letters);
            if (parts[0].width() <= room) {
                return parts;
            }
        }
        return lineEmpty ? split(w, Character.charCount(text.codePointAt(0)), false) : null;
    }

    /** A display word wider than the line: after its last hyphen or slash that fits, else after the last letter that fits. */
    private Word[] displayCut(Word w, double room) {
        String text = w.text();
        for (int i = text.length() - 2; i >= 1; i--) {
            char c = text.charAt(i);
            if (c == '-' || c == '/' || c == '\u2013' || c == '\u2014' || c == '_') {
                Word[] parts = split(w, i + 1, false);
                if (parts[0].width() <= room) {
                    return parts;
                }
            }
        }
        for (int i = text.length() - 1; i >= 1; i--) {
            if (Character.isLowSurrogate(text.charAt(i))) {
                continue;
            }
            Word[] parts = split(w, i, false);
            if (parts[0].width() <= room) {
                return parts;
            }
        }
        return split(w, Character.charCount(text.codePointAt(0)), false);
    }

    /** Fills lines one token at a time. */
    private final class Filler {
        private final double width;
        private final Align align;
        private final List<Line> out = new ArrayList<>();
        private final List<Word> words = new ArrayList<>();
        private final List<Double> gaps = new ArrayList<>();
        private double used;
        private double pending;
        private double indent;
        private int streak;

        Filler(double width, Align align) {
            this.width = width;
            this.align = align;
        }

        List<Line> fill(List<Object> tokens) {
            used = indent;
            for (Object t : tokens) {
                if (t == null) {
                    emit(true);
                } else if (t instanceof Double d) {
                    pending = d;
                } else if (t instanceof Word w) {
                    place(w);
                }
            }
            if (!words.isEmpty() || out.isEmpty()) {
                emit(true);
            }
            return out;
        }

        private void place(Word w) {
            Word word = w;
            while (true) {
                double gap = words.isEmpty() ? 0 : pending;
                if (used + gap + word.width() <= width + 0.001) {
                    add(word, gap);
                    return;
                }
                boolean empty = words.isEmpty();
                if (display && !empty) {
                    emit(false);
                    continue;
                }
                // Cut anywhere only a word that is alone on the line or too long to move whole without a gaping line.
                double room = width - used - gap;
                boolean force = empty || word.width() > width * 0.4;
                // Hyphenate only where the line would otherwise gape, and never on three lines running.
                boolean worth = force || (room > 3 * Math.max(gap, 1) && streak < 2);
                Word[] parts = worth ? fit(word, room, force, empty) : null;
                if (parts != null) {
                    add(parts[0], gap);
                    emit(false);
                    streak++;
                    word = parts[1];
                } else {
                    emit(false);
                    streak = 0;
                }
            }
        }

        private void add(Word w, double gap) {
            if (!words.isEmpty()) {
                gaps.add(gap);
            }
            words.add(w);
            used += gap + w.width();
        }

        private void emit(boolean last) {
            double extra = 0;
            double shift = 0;
            double free = width - used;
            if (out.isEmpty()) {
                free = width - used;
            }
            if (align == Align.JUSTIFY && !last && !gaps.isEmpty() && free > 0) {
                extra = free / gaps.size();
            } else if (align == Align.RIGHT) {
                shift = free;
            } else if (align == Align.CENTER) {
                shift = free / 2;
            }
            List<Piece> placed = new ArrayList<>();
            double x = shift + (out.isEmpty() ? indent : 0);
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    x += gaps.get(i - 1) + extra;
                }
                for (Piece p : words.get(i).pieces()) {
                    placed.add(p.at(x));
                    x += p.width();
                }
            }
            out.add(new Line(List.copyOf(placed), used, last));
            words.clear();
            gaps.clear();
            used = 0;
        }
    }
}
