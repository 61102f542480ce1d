package org.lessonpress.export.pdfbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.Rgb;

/**
 * Styled text measured once in ems, then broken into lines for any size and width ({@link #layout}): greedy,
 * at spaces, and a word too long for a line is cut where it must rather than let run over: a URL after a separator,
 * a word between letters with a hyphen added.
 * Made by {@link LineBreaker#measure}. Layout is pure arithmetic, so fitting searches can call it many times.
 */
public final class MeasuredText {
    /** Characters after which a word too long for a line is best cut (URLs, paths, compounds). */
    private static final String CUT_AFTER = "/-.?&=#_\u2010\u2013\u2014";
    private static final double EPSILON = 1e-6;

    private enum Kind { WORD, GAP, BREAK }

    record Atom(FontFace face, String text, Rgb color, String link, double em) {
    }

    record Token(Kind kind, List<Atom> atoms, double em) {
    }

    private final List<Token> tokens;
    private final TextMeasure measure;

    MeasuredText(List<Token> tokens, TextMeasure measure) {
        this.tokens = List.copyOf(tokens);
        this.measure = Objects.requireNonNull(measure);
    }

    static MeasuredText of(List<Piece> pieces, TextMeasure measure) {
        List<Token> tokens = new ArrayList<>();
        List<Atom> word = new ArrayList<>();
        for (Piece p : pieces) {
            if (p instanceof Piece.Break) {
                flush(tokens, word);
                tokens.add(new Token(Kind.BREAK, List.of(), 0));
            } else if (p instanceof Piece.Span s) {
                String t = s.text();
                int i = 0;
                while (i < t.length()) {
                    int j = i;
                    if (t.charAt(i) == ' ') {
                        while (j < t.length() && t.charAt(j) == ' ') {
                            j++;
                        }
                        flush(tokens, word);
                        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
                        if (last == null || last.kind() != Kind.GAP) {
                            Atom gap = new Atom(s.face(), " ", s.color(), s.link(), measure.width(s.face(), " "));
                            tokens.add(new Token(Kind.GAP, List.of(gap), gap.em()));
                        }
                    } else {
                        while (j < t.length() && t.charAt(j) != ' ') {
                            j++;
                        }
                        String part = t.substring(i, j);
                        word.add(new Atom(s.face(), part, s.color(), s.link(), measure.width(s.face(), part)));
                    }
                    i = j;
                }
            }
        }
        flush(tokens, word);
        return new MeasuredText(tokens, measure);
    }

    private static void flush(List<Token> tokens, List<Atom> word) {
        if (!word.isEmpty()) {
            tokens.add(new Token(Kind.WORD, List.copyOf(word), word.stream().mapToDouble(Atom::em).sum()));
            word.clear();
        }
    }

    /** True when there is nothing to draw. */
    public boolean isEmpty() {
        return tokens.stream().noneMatch(t -> t.kind() == Kind.WORD);
    }

    /** The widest word in ems: below {@code size × this} a layout must cut words. */
    public double longestWordEm() {
        return tokens.stream().filter(t -> t.kind() == Kind.WORD).mapToDouble(Token::em).max().orElse(0);
    }

    /** The text set on one line (hard breaks still break), in ems. */
    public double naturalWidthEm() {
        double max = 0;
        double line = 0;
        for (Token t : tokens) {
            if (t.kind() == Kind.BREAK) {
                max = Math.max(max, line);
                line = 0;
            } else {
                line += t.em();
            }
        }
        return Math.max(max, line);
    }

    /** Breaks the text into lines no wider than {@code maxWidth} at {@code size} points, baselines {@code size × leading} apart. */
    public TextBox layout(double size, double leading, double maxWidth) {
        double lineHeight = size * leading;
        List<TextBox.Line> lines = new ArrayList<>();
        LineBuilder cur = new LineBuilder(size);
        Atom gap = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() == Kind.BREAK) {
                if (k < tokens.size() - 1) {
                    lines.add(cur.build(lines.size(), lineHeight));
                    cur = new LineBuilder(size);
                }
                gap = null;
            } else if (t.kind() == Kind.GAP) {
                gap = cur.isEmpty() ? null : t.atoms().get(0);
            } else {
                double w = t.em() * size;
                double gw = gap == null ? 0 : gap.em() * size;
                if (!cur.isEmpty() && cur.width + gw + w <= maxWidth + EPSILON) {
                    cur.add(gap);
                    t.atoms().forEach(cur::add);
                } else {
                    if (!cur.isEmpty()) {
                        lines.add(cur.build(lines.size(), lineHeight));
                        cur = new LineBuilder(size);
                    }
                    if (w <= maxWidth + EPSILON) {
                        t.atoms().forEach(cur::add);
                    } else {
                        cur = cut(t, size, maxWidth, lines, lineHeight);
                    }
                }
                gap = null;
            }
        }
        if (!cur.isEmpty()) {
            lines.add(cur.build(lines.size(), lineHeight));
        }
        return new TextBox(lines, size, lineHeight, maxWidth);
    }

    /** Cuts a word wider than the line into line-wide pieces; returns the line holding its last piece. */
    private LineBuilder cut(Token word, double size, double maxWidth, List<TextBox.Line> lines, double lineHeight) {
        List<Atom> chars = new ArrayList<>();
        for (Atom a : word.atoms()) {
            String s = a.text();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                String c = new String(Character.toChars(cp));
                chars.add(new Atom(a.face(), c, a.color(), a.link(), measure.width(a.face(), c)));
                i += Character.charCount(cp);
            }
        }
        int start = 0;
        while (true) {
            double sum = 0;
            int end = start;
            while (end < chars.size() && (end == start || sum + chars.get(end).em() * size <= maxWidth + EPSILON)) {
                sum += chars.get(end).em() * size;
                end++;
            }
            Atom hyphen = null;
            if (end < chars.size()) {
                end = betterCut(chars, start, end, size, maxWidth);
                hyphen = hyphen(chars, start, end, size, maxWidth);
                if (hyphen != null) {
                    while (end > start + 1 && width(chars, start, end, size) + hyphen.em() * size > maxWidth + EPSILON) {
                        end--;
                    }
                }
            }
            LineBuilder line = new LineBuilder(size);
            for (int i = start; i < end; i++) {
                line.add(chars.get(i));
            }
            if (end >= chars.size()) {
                return line;
            }
            if (hyphen != null) {
                line.add(hyphen);
            }
            lines.add(line.build(lines.size(), lineHeight));
            start = end;
        }
    }

    /** A hyphen for a cut between two letters (not in URLs, which are cut after their separators), else null. */
    private Atom hyphen(List<Atom> chars, int start, int end, double size, double maxWidth) {
        Atom before = chars.get(end - 1);
        int a = before.text().codePointAt(0);
        int b = chars.get(end).text().codePointAt(0);
        if (end - start < 3 || !Character.isLetter(a) || !Character.isLetter(b) || before.link() != null) {
            return null;
        }
        return new Atom(before.face(), "-", before.color(), before.link(), measure.width(before.face(), "-"));
    }

    private static double width(List<Atom> chars, int start, int end, double size) {
        double w = 0;
        for (int i = start; i < end; i++) {
            w += chars.get(i).em() * size;
        }
        return w;
    }

    /** Moves a forced cut back to just after a URL-ish separator when one is near, and never before a combining mark. */
    private static int betterCut(List<Atom> chars, int start, int end, double size, double maxWidth) {
        double sum = 0;
        int best = -1;
        for (int i = start; i < end; i++) {
            sum += chars.get(i).em() * size;
            if (i + 1 < end && CUT_AFTER.contains(chars.get(i).text()) && sum >= 0.6 * maxWidth) {
                best = i + 1;
            }
        }
        int cut = best > start ? best : end;
        while (cut > start + 1 && isMark(chars.get(cut).text().codePointAt(0))) {
            cut--;
        }
        return cut;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Collects atoms left to right, then merges neighbours in the same face, colour and link into runs. */
    private static final class LineBuilder {
        private final double size;
        private final List<Atom> atoms = new ArrayList<>();
        private double width;

        LineBuilder(double size) {
            this.size = size;
        }

        boolean isEmpty() {
            return atoms.isEmpty();
        }

        void add(Atom a) {
            atoms.add(a);
            width += a.em() * size;
        }

        TextBox.Line build(int index, double lineHeight) {
            List<TextBox.Run> runs = new ArrayList<>();
            double x = 0;
            StringBuilder text = new StringBuilder();
            Atom first = null;
            double runX = 0;
            double runW = 0;
            for (Atom a : atoms) {
                if (first != null && !same(first, a)) {
                    runs.add(new TextBox.Run(first.face(), text.toString(), first.color(), first.link(), runX, runW));
                    text.setLength(0);
                    first = null;
                }
                if (first == null) {
                    first = a;
                    runX = x;
                    runW = 0;
                }
                text.append(a.text());
                double w = a.em() * size;
                runW += w;
                x += w;
            }
            if (first != null) {
                runs.add(new TextBox.Run(first.face(), text.toString(), first.color(), first.link(), runX, runW));
            }
            return new TextBox.Line(runs, x, TextBox.baseline(index, size, lineHeight));
        }

        private static boolean same(Atom a, Atom b) {
            return a.face() == b.face() && a.color().equals(b.color()) && Objects.equals(a.link(), b.link());
        }
    }
}
