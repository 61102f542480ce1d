package org.lessonpress.typeset;

import java.util.Arrays;
import java.util.List;
import org.lessonpress.theme.FontFace;

/**
 * A paragraph measured once, in ems of its type size, as TeX's boxes, glue and penalties; then set at any size and
 * width ({@link #layout}) or only counted ({@link #fit}), which is arithmetic on the measured items, so the size
 * searches of the poster and cards can try hundreds of sizes. Made by {@link Typesetter#measure}. Immutable; the
 * per-setting tables it computes on demand are cached.
 */
public final class MeasuredParagraph {
    static final byte BOX = 0;
    static final byte GLUE = 1;
    static final byte PENALTY = 2;
    /** Penalty kinds beyond {@link BreakOpportunities.Cut}: a forced break. */
    static final byte FORCED = (byte) BreakOpportunities.Cut.values().length;

    final String text;
    final List<Span> spans;
    final int size;
    final byte[] kind;
    /** Box and glue widths; for a penalty, the width of the hyphen it adds (0 when it adds none). */
    final double[] width;
    /** The span of a box or glue; of a penalty, the span whose face draws its hyphen. */
    final int[] span;
    final int[] from;
    final int[] to;
    /** Glue: a {@link Ties.Space} ordinal. Penalty: a {@link BreakOpportunities.Cut} ordinal or {@link #FORCED}. */
    final byte[] sub;
    /** Last-resort cuts: true when the cut falls between two letters of a word (it may take a hyphen). */
    final boolean[] letters;
    /** Sum of box and glue widths before item i. */
    final double[] sumWidth;
    /** Sum of the natural widths of stretchable glue before item i. */
    final double[] sumStretchable;
    /** Number of glue items before item i. */
    final int[] sumGlue;
    /** Number of glyphs (code points) in the boxes before item i: where letter spacing may go. */
    final int[] sumGlyphs;
    private final double baselineRatio;
    /** The last {@link #fit} asked and its answer (immutable, so a thread sees a whole entry or an older one). */
    private LastFit lastFit;
    private final double[][] gates = new double[4][];
    private final Plan[] plans = new Plan[4];

    private MeasuredParagraph(String text, List<Span> spans, Items items, double baselineRatio) {
        this.text = text;
        this.spans = spans;
        this.size = items.count;
        this.kind = Arrays.copyOf(items.kind, size);
        this.width = Arrays.copyOf(items.width, size);
        this.span = Arrays.copyOf(items.span, size);
        this.from = Arrays.copyOf(items.from, size);
        this.to = Arrays.copyOf(items.to, size);
        this.sub = Arrays.copyOf(items.sub, size);
        this.letters = Arrays.copyOf(items.letters, size);
        this.baselineRatio = baselineRatio;
        sumWidth = new double[size + 1];
        sumStretchable = new double[size + 1];
        sumGlue = new int[size + 1];
        sumGlyphs = new int[size + 1];
        for (int i = 0; i < size; i++) {
            boolean glue = kind[i] == GLUE;
            sumWidth[i + 1] = sumWidth[i] + (kind[i] == PENALTY ? 0 : width[i]);
            sumStretchable[i + 1] = sumStretchable[i] + (glue && sub[i] != Ties.Space.THIN_TIE.ordinal() ? width[i] : 0);
            sumGlue[i + 1] = sumGlue[i] + (glue ? 1 : 0);
            sumGlyphs[i + 1] = sumGlyphs[i] + (kind[i] == BOX ? text.codePointCount(from[i], to[i]) : 0);
        }
    }

    /** Measures spans with the given break iterator and advance rounding. */
    static MeasuredParagraph of(List<Span> spans, BreakOpportunities breaks, AdvanceRounding rounding, double baselineRatio) {
        List<Span> copy = List.copyOf(spans);
        StringBuilder sb = new StringBuilder();
        for (Span s : copy) {
            sb.append(s.text());
        }
        String text = sb.toString();
        int[] spanOf = new int[text.length()];
        boolean[] literal = new boolean[text.length()];
        int at = 0;
        for (int k = 0; k < copy.size(); k++) {
            int len = copy.get(k).text().length();
            Arrays.fill(spanOf, at, at + len, k);
            Arrays.fill(literal, at, at + len, copy.get(k).literal());
            at += len;
        }
        Items items = new Items(text, copy, spanOf, rounding);
        breaks.scan(text, literal, items);
        items.boxes(items.pos, text.length());
        return new MeasuredParagraph(text, copy, items, baselineRatio);
    }

    /** True when there is nothing to draw. */
    public boolean isEmpty() {
        for (int i = 0; i < size; i++) {
            if (kind[i] == BOX && width[i] > 0) {
                return false;
            }
        }
        return true;
    }

    /** The text set on one line per forced break, in ems: the widest such line. */
    public double naturalWidthEm() {
        double max = 0;
        int start = 0;
        for (int i = 0; i <= size; i++) {
            if (i == size || (kind[i] == PENALTY && sub[i] == FORCED)) {
                int end = i;
                while (end > start && kind[end - 1] == GLUE) {
                    end--;
                }
                max = Math.max(max, sumWidth[end] - sumWidth[Math.min(start, end)]);
                start = i + 1;
            }
        }
        return max;
    }

    /** The width of all the text set on one line, spaces included, in ems. */
    public double widthEm() {
        return sumWidth[size];
    }

    /** Characters as a reader counts them on a line: glyphs and the spaces between words. */
    public int characters() {
        return sumGlyphs[size] + sumGlue[size];
    }

    /** The widest run of text that {@code setting} cannot break without a last-resort cut, in ems. */
    public double widestUnbreakableEm(Setting setting) {
        double max = 0;
        for (double g : gate(setting)) {
            max = Math.max(max, g);
        }
        return max;
    }

    /** Lines and whether each fits, at {@code size} points in a measure {@code maxWidth} points wide. */
    public Fit fit(Setting setting, double size, double maxWidth) {
        return fit(setting, size, maxWidth, 0);
    }

    /** As {@link #fit(Setting, double, double)}, the first line indented by {@code indent} points. */
    public Fit fit(Setting setting, double size, double maxWidth, double indent) {
        double first = (maxWidth - indent) / size;
        double rest = maxWidth / size;
        // A layout asks the same question twice in a row (a cell's height, then which of its lines may run on).
        LastFit last = lastFit;
        if (last != null && last.setting.equals(setting) && last.first == first && last.rest == rest) {
            return last.fit;
        }
        Fit fit = LineBreaker.count(this, setting, first, rest);
        lastFit = new LastFit(setting, first, rest, fit);
        return fit;
    }

    private record LastFit(Setting setting, double first, double rest, Fit fit) {
    }

    /** How many lines a setting takes, and whether every line fits the measure. */
    public record Fit(int lines, boolean fits) {
    }

    /** The text set at {@code size} in lines {@code lineHeight} apart and at most {@code maxWidth} wide. */
    public TextBox layout(Setting setting, double size, double lineHeight, double maxWidth) {
        return layout(setting, size, lineHeight, maxWidth, 0);
    }

    /** As {@link #layout(Setting, double, double, double)}, the first line indented by {@code indent} points. */
    public TextBox layout(Setting setting, double size, double lineHeight, double maxWidth, double indent) {
        double first = (maxWidth - indent) / size;
        double rest = maxWidth / size;
        LineBreaker.Result r = LineBreaker.breaks(this, setting, first, rest);
        return new LineBuilder(this, r, setting, size, lineHeight, maxWidth, indent, baselineRatio).box();
    }

    /**
     * Per item: the width in ems of the stretch of text around it that {@code s} cannot break but by a last resort
     * (a cut inside a long word, or a tie). A last resort is taken only where that stretch is wider than the line.
     */
    double[] gate(Setting s) {
        int key = (s.hyphenate() ? 1 : 0) | (s.breakAfterHyphens() ? 2 : 0);
        double[] g = gates[key];
        if (g == null) {
            g = new double[size];
            int start = 0;
            for (int i = 0; i <= size; i++) {
                if (i == size || (legal(i, s) && !lastResort(i))) {
                    Arrays.fill(g, start, i, sumWidth[i] - sumWidth[start]);
                    start = i + 1;
                }
            }
            gates[key] = g;
        }
        return g;
    }

    /**
     * What the breaker needs of a setting, worked out once: the stretches between forced breaks (each from the first
     * item a line may start with to the forced break or the end), their breaks but last resorts, and the widest run
     * each holds that only a last resort could break.
     */
    record Plan(int[] from, int[] to, int[][] breaks, double[] widest) {
    }

    Plan plan(Setting s) {
        int key = (s.hyphenate() ? 1 : 0) | (s.breakAfterHyphens() ? 2 : 0);
        Plan plan = plans[key];
        if (plan == null) {
            double[] gate = gate(s);
            List<int[]> ranges = new java.util.ArrayList<>();
            List<int[]> breaks = new java.util.ArrayList<>();
            List<Double> widest = new java.util.ArrayList<>();
            int start = 0;
            int[] list = new int[16];
            for (int i = 0; i <= size; i++) {
                boolean forced = i < size && kind[i] == PENALTY && sub[i] == FORCED;
                if (i == size || forced) {
                    boolean trailing = i == size && start == size && start > 0;
                    if (!trailing && !(i == size && size == 0)) {
                        int from = LineBreaker.skip(this, start, i);
                        int n = 0;
                        double wide = 0;
                        for (int k = from; k < i; k++) {
                            wide = Math.max(wide, gate[k]);
                            if (legal(k, s) && !lastResort(k)) {
                                if (n == list.length) {
                                    list = Arrays.copyOf(list, n * 2);
                                }
                                list[n++] = k;
                            }
                        }
                        ranges.add(new int[] {from, i});
                        breaks.add(Arrays.copyOf(list, n));
                        widest.add(wide);
                    }
                    start = i + 1;
                }
            }
            int[] from = new int[ranges.size()];
            int[] to = new int[ranges.size()];
            double[] wide = new double[ranges.size()];
            for (int c = 0; c < from.length; c++) {
                from[c] = ranges.get(c)[0];
                to[c] = ranges.get(c)[1];
                wide[c] = widest.get(c);
            }
            plan = new Plan(from, to, breaks.toArray(new int[0][]), wide);
            plans[key] = plan;
        }
        return plan;
    }

    /** A cut between any two characters, or a tie: breaks for a line that has no other. */
    boolean lastResort(int i) {
        return (kind[i] == PENALTY && sub[i] == BreakOpportunities.Cut.LAST_RESORT.ordinal())
                || (kind[i] == GLUE && sub[i] != Ties.Space.BREAK.ordinal());
    }

    /** True when item i is a break {@code s} allows, last resorts included whatever their stretch. */
    boolean legal(int i, Setting s) {
        if (kind[i] == GLUE) {
            return true;
        }
        if (kind[i] != PENALTY) {
            return false;
        }
        int k = sub[i];
        if (k == FORCED) {
            return true;
        }
        return switch (BreakOpportunities.Cut.ALL[k]) {
            case HYPHENATION, SOFT_HYPHEN -> s.hyphenate();
            case EXPLICIT -> s.breakAfterHyphens();
            case URL, LAST_RESORT -> true;
        };
    }

    /** The width a break at penalty i adds at the end of its line: its hyphen, if the setting draws one. */
    double breakWidth(int i, Setting s) {
        return addsHyphen(i, s) ? width[i] : 0;
    }

    boolean addsHyphen(int i, Setting s) {
        if (i >= size || kind[i] != PENALTY) {
            return false;
        }
        int k = sub[i];
        return k == BreakOpportunities.Cut.HYPHENATION.ordinal() || k == BreakOpportunities.Cut.SOFT_HYPHEN.ordinal()
                || (k == BreakOpportunities.Cut.LAST_RESORT.ordinal() && letters[i] && s.hyphenOnCut());
    }

    FontFace face(int item) {
        return spans.get(span[item]).face();
    }

    /** Turns the break iterator's reports into items; whitespace runs become one glue each. */
    private static final class Items implements BreakOpportunities.Sink {
        private final String text;
        private final List<Span> spans;
        private final int[] spanOf;
        private final AdvanceRounding rounding;
        byte[] kind = new byte[16];
        double[] width = new double[16];
        int[] span = new int[16];
        int[] from = new int[16];
        int[] to = new int[16];
        byte[] sub = new byte[16];
        boolean[] letters = new boolean[16];
        int count;
        int pos;
        private boolean url;

        Items(String text, List<Span> spans, int[] spanOf, AdvanceRounding rounding) {
            this.text = text;
            this.spans = spans;
            this.spanOf = spanOf;
            this.rounding = rounding;
        }

        private int add(byte k, double w, int s, int a, int b, byte subKind) {
            if (count == kind.length) {
                int n = count * 2;
                kind = Arrays.copyOf(kind, n);
                width = Arrays.copyOf(width, n);
                span = Arrays.copyOf(span, n);
                from = Arrays.copyOf(from, n);
                to = Arrays.copyOf(to, n);
                sub = Arrays.copyOf(sub, n);
                letters = Arrays.copyOf(letters, n);
            }
            kind[count] = k;
            width[count] = w;
            span[count] = s;
            from[count] = a;
            to[count] = b;
            sub[count] = subKind;
            return count++;
        }

        private FontMetrics metrics(int s) {
            return FontMetrics.of(spans.get(s).face());
        }

        /** Boxes for {@code text[a, b)}, one per span it crosses. */
        void boxes(int a, int b) {
            int i = a;
            while (i < b) {
                int s = spanOf[i];
                int j = i;
                while (j < b && spanOf[j] == s) {
                    j++;
                }
                double w = metrics(s).width(text, i, j, rounding) * spans.get(s).scale();
                add(BOX, w, s, i, j, (byte) 0);
                i = j;
            }
            pos = Math.max(pos, b);
        }

        @Override
        public void space(int start, int end, Ties.Space kindOfSpace) {
            boxes(pos, start);
            int s = spanOf[start];
            FontMetrics m = metrics(s);
            int cp = text.codePointAt(start);
            double w;
            if (kindOfSpace == Ties.Space.THIN_TIE) {
                w = m.has(0x202f) ? m.advance(0x202f, rounding) : m.advance(' ', rounding) / 2;
            } else {
                // A no-break space is as wide as a space; other spaces (en, thin, ideographic) keep their widths.
                w = cp == 0xa0 ? m.advance(' ', rounding) : m.advance(cp, rounding);
            }
            add(GLUE, w * spans.get(s).scale(), s, start, end, (byte) kindOfSpace.ordinal());
            pos = end;
        }

        @Override
        public void lineBreak(int at) {
            boxes(pos, at);
            add(PENALTY, 0, spanOf[at], at, at + 1, FORCED);
            pos = at + 1;
        }

        @Override
        public void word(int a, int b, boolean isUrl) {
            this.url = isUrl;
        }

        @Override
        public void cut(int at, BreakOpportunities.Cut cut) {
            boxes(pos, at);
            int s = spanOf[at - 1];
            double hyphen = metrics(s).advance('-', rounding) * spans.get(s).scale();
            boolean soft = cut == BreakOpportunities.Cut.SOFT_HYPHEN;
            int item = add(PENALTY, cut == BreakOpportunities.Cut.EXPLICIT || cut == BreakOpportunities.Cut.URL ? 0 : hyphen,
                    s, at, soft ? at + 1 : at, (byte) cut.ordinal());
            letters[item] = !url && !spans.get(s).literal() && Character.isLetter(text.codePointBefore(at))
                    && at < text.length() && Character.isLetter(text.codePointAt(at));
            pos = soft ? at + 1 : at;
        }
    }

    @Override
    public String toString() {
        return "measured " + size + " items: " + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }

}
