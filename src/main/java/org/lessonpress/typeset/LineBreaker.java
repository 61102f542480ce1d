package org.lessonpress.typeset;

import java.util.Arrays;

/**
 * The one line breaker of lessonpress, on {@link MeasuredParagraph}'s items: Knuth–Plass total fit for justified,
 * ragged and balanced text, and first fit for what word processors do. Its shape follows Typst's and TeX's: a cheap
 * first-fit pass bounds the search (for ragged and balanced text it fixes the number of lines, and windows within
 * which each line may end), then an exact pass over the active breaks finds the least demerits.
 *
 * <p>Linear in the length of the text on any input: active breaks fall off once their line is overfull, so their
 * number is bounded by the breaks a line can hold, and capped at {@link #MAX_ACTIVE} besides; where no break leaves
 * a feasible line (a long word, a URL) the text is set ragged, and where even that fails, first fit, which never
 * looks back more than a line.
 */
final class LineBreaker {
    /** TeX's {@code \tolerance}: the loosest a justified line may be (spaces stretched to at most 1.63 times). */
    static final double TOLERANCE = 200;
    /**
     * A second pass for a paragraph no line of which could otherwise be justified (TeX's emergency pass): spaces up to
     * 2.1 times their width, still under the 2.5 times a reader sees as a hole; beyond that the paragraph goes ragged.
     */
    static final double EMERGENCY_TOLERANCE = 1000;
    /** TeX's {@code \linepenalty}: when all else is equal, fewer lines. */
    static final double LINE_PENALTY = 10;
    /** TeX's {@code \hyphenpenalty}: a justified line would rather stretch a little than end in a hyphen. */
    static final double HYPHEN_PENALTY = 50;
    /** Ragged text needs no hyphen to fill a line, so one is worth only a much better rag. */
    static final double RAGGED_HYPHEN_PENALTY = 200;
    /** TeX's {@code \exhyphenpenalty}: breaking after a hyphen or dash the text has. */
    static final double EXPLICIT_PENALTY = 50;
    /** Cutting a URL or code at a separator: acceptable, not pretty. */
    static final double URL_PENALTY = 100;
    /** A cut inside a word too wide for its line, or at a tie: only when nothing else is left. */
    static final double LAST_RESORT_PENALTY = 3000;
    /** TeX's {@code \doublehyphendemerits}: two hyphenated lines in a row. */
    static final double DOUBLE_HYPHEN_DEMERITS = 10_000;
    /** TeX's {@code \finalhyphendemerits}: a hyphen on the line before the last. */
    static final double FINAL_HYPHEN_DEMERITS = 5_000;
    /** TeX's {@code \adjdemerits}: a tight line next to a loose one (fitness classes two apart). */
    static final double ADJACENT_DEMERITS = 10_000;
    /** A justified line whose spaces stretch past 1.6 times their width reads as loose: worth a lot to avoid. */
    static final double LOOSE_LINE_DEMERITS = 20_000;
    /** The stretch ratio beyond which a line is loose (1 + STRETCH × 1.2 = 1.6 times the natural space). */
    static final double LOOSE_RATIO = 1.2;
    /** A last line of one word (a runt): worth a somewhat looser paragraph to avoid. */
    static final double RUNT_DEMERITS = 20_000;
    /** In display text a lone last word is what balancing is for: avoid it unless nothing else fits. */
    static final double DISPLAY_RUNT_DEMERITS = 200_000;
    /**
     * Balanced display text reads best when no line is longer than the one above it ("effort it / takes to go from
     * demo to production." looks top-light): a last line longer than the line before costs this much.
     */
    static final double LONGER_LAST_LINE_DEMERITS = 50_000;
    /** Justified spaces stretch by half their width and shrink by a third (TeX's ratios for Computer Modern). */
    static final double STRETCH = 0.5;
    static final double SHRINK = 1.0 / 3;
    /** The rag a ragged line is measured against, as a part of the measure (TeX's {@code \rightskip} stretch). */
    static final double RAGGED_STRETCH = 0.15;
    /** Balanced lines are measured against half the measure, so every line, the last too, wants the same length. */
    static final double BALANCED_STRETCH = 0.5;
    /** A justified paragraph whose unbreakable runs take more than this part of the measure is set ragged. */
    static final double LONG_RUN = 0.4;
    /**
     * Justified lines may also widen or narrow their glyphs by up to 2 % (pdfTeX's font expansion, InDesign's glyph
     * scaling 98–102 %): invisible at that amount, and it lets far more lines keep even word spaces.
     */
    static final double EXPANSION = 0.02;
    /**
     * And letter spacing by up to an eightieth of an em between the glyphs of a word (an eighth of a point at 10 pt,
     * InDesign's letter spacing): with the glyph scaling it gives Noto's narrow word spaces (a quarter em, against
     * Computer Modern's third) the room to stay even.
     */
    static final double TRACKING = 0.0125;
    /** The most active breaks kept: more than a line holds in any real text, and a bound on every input. */
    static final int MAX_ACTIVE = 160;
    private static final double EPSILON = 1e-9;

    private LineBreaker() {
    }

    /**
     * The breaks of a paragraph: per line the item it ends at ({@code p.size} for the end), and the adjustment ratio
     * of justified lines (0 for lines set at their natural width).
     */
    record Result(int[] ends, double[] ratios) {
    }

    static Result breaks(MeasuredParagraph p, Setting s, double first, double rest) {
        Lines out = new Lines();
        forEachChunk(p, s, first, rest, (c) -> {
            int[] ends = c.breakAt(s);
            for (int k = 0; k < ends.length; k++) {
                out.add(c.item(ends[k]), c.ratios == null ? 0 : c.ratios[k]);
            }
        });
        return new Result(Arrays.copyOf(out.ends, out.count), Arrays.copyOf(out.ratios, out.count));
    }

    /** Lines a setting takes and whether they fit; for ragged and balanced text first fit's count, which is theirs. */
    static MeasuredParagraph.Fit count(MeasuredParagraph p, Setting s, double first, double rest) {
        int[] lines = {0};
        boolean[] fits = {true};
        forEachChunk(p, s, first, rest, (c) -> {
            int[] ends = s.fewestLines() ? c.firstFit() : c.breakAt(s);
            lines[0] += ends.length;
            fits[0] &= c.fits(ends);
        });
        return new MeasuredParagraph.Fit(lines[0], fits[0]);
    }

    private interface ChunkAction {
        void accept(Chunk c);
    }

    /** Splits at forced breaks: lines never run across them, so each stretch between them is broken on its own. */
    private static void forEachChunk(MeasuredParagraph p, Setting s, double first, double rest, ChunkAction action) {
        MeasuredParagraph.Plan plan = p.plan(s);
        for (int c = 0; c < plan.from().length; c++) {
            action.accept(new Chunk(p, s, plan, c, c == 0 ? first : rest, rest));
        }
    }

    /** Growable line ends and ratios. */
    private static final class Lines {
        int[] ends = new int[8];
        double[] ratios = new double[8];
        int count;

        void add(int end, double ratio) {
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
                ratios = Arrays.copyOf(ratios, count * 2);
            }
            ends[count] = end;
            ratios[count++] = ratio;
        }
    }

    /** The text between two forced breaks, with its breakpoints: ordinals 0..m-1 are breaks, m is the end. */
    private static final class Chunk {
        final MeasuredParagraph p;
        final Setting s;
        final int start;
        final int end;
        final double first;
        final double rest;
        final int[] bp;
        final int m;
        /** True when some run is wider than the line, so last resorts are among the breaks. */
        final boolean lastResorts;
        /** The widest run only a last resort could break, in ems. */
        final double widest;
        /** The end less the spaces before it. */
        private final int trimmedEnd;
        double[] ratios;

        Chunk(MeasuredParagraph p, Setting s, MeasuredParagraph.Plan plan, int index, double first, double rest) {
            this.p = p;
            this.s = s;
            this.start = plan.from()[index];
            this.end = plan.to()[index];
            this.first = first;
            this.rest = rest;
            this.widest = plan.widest()[index];
            double narrowest = Math.min(first, rest);
            this.lastResorts = widest > narrowest + EPSILON;
            int e = end;
            while (e > start && p.kind[e - 1] != MeasuredParagraph.BOX) {
                e--;
            }
            this.trimmedEnd = e;
            if (!lastResorts) {
                int[] breaks = plan.breaks()[index];
                this.m = breaks.length;
                this.bp = Arrays.copyOf(breaks, m + 1);
                bp[m] = end;
                return;
            }
            // Some run is wider than the line: its last-resort cuts (and ties) join the breaks.
            double[] gate = p.gate(s);
            int[] list = new int[16];
            int n = 0;
            for (int i = start; i < end; i++) {
                if (p.legal(i, s) && (!p.lastResort(i) || gate[i] > narrowest + EPSILON)) {
                    if (n == list.length) {
                        list = Arrays.copyOf(list, n * 2);
                    }
                    list[n++] = i;
                }
            }
            this.m = n;
            this.bp = Arrays.copyOf(list, n + 1);
            bp[n] = end;
        }

        /** The same stretch of text under another setting (a justified paragraph falling back to ragged). */
        Chunk as(Setting other) {
            return new Chunk(p, other, p.plan(other), indexIn(p.plan(other)), first, rest);
        }

        private int indexIn(MeasuredParagraph.Plan plan) {
            for (int c = 0; c < plan.from().length; c++) {
                if (plan.to()[c] == end) {
                    return c;
                }
            }
            throw new IllegalStateException("no stretch ends at item " + end);
        }

        /** The item a break ordinal stands for. */
        int item(int ordinal) {
            return bp[ordinal];
        }

        /** The first item of a line that follows the break at ordinal k (-1: the chunk's start). */
        int lineStart(int k) {
            return k < 0 ? start : skip(p, bp[k] + 1, end);
        }

        double width(int fromOrdinal) {
            return fromOrdinal < 0 ? first : rest;
        }

        /** The natural width of the line from the first item {@code a} to the break at ordinal k. */
        double natural(int a, int k) {
            int e = lineEnd(a, k);
            return p.sumWidth[e] - p.sumWidth[a] + (k < m ? p.breakWidth(bp[k], s) : 0);
        }

        /** Where the line's items end: before the break, less trailing spaces at the end of the text. */
        int lineEnd(int a, int k) {
            return Math.max(k == m ? trimmedEnd : bp[k], a);
        }

        int[] breakAt(Setting setting) {
            if (start >= end) {
                return new int[] {m};
            }
            return switch (setting.breaking()) {
                case FIRST_FIT -> firstFit();
                case JUSTIFIED -> justified();
                case RAGGED, BALANCED -> optimalInWindows();
            };
        }

        private int[] justified() {
            if (widest <= LONG_RUN * rest) {
                for (double tolerance : new double[] {TOLERANCE, EMERGENCY_TOLERANCE}) {
                    int[] ends = new Search(this, false, null, null, 0, tolerance).run();
                    if (ends != null) {
                        return ends;
                    }
                }
            }
            // Long unbreakable runs or no feasible breaks: ragged-right, never a gaping justified line.
            ratios = null;
            return as(s.withBreaking(Setting.Breaking.RAGGED)).optimalInWindows();
        }

        /**
         * Knuth–Plass with as many lines as first fit takes: line k ends no later than first fit ends it, and no
         * earlier than the rest of the text could still be set in the remaining lines (first fit from the end).
         */
        private int[] optimalInWindows() {
            int[] forward = firstFit();
            if (lastResorts) {
                // A run too wide for the line is cut where it reaches the margin: first fit, which looks back no
                // further than one line, so a pasted 100 KB data URI costs what its length does.
                return forward;
            }
            int[] backward = lastFit(forward.length);
            if (backward != null) {
                int[] ends = new Search(this, true, backward, forward, forward.length, Double.POSITIVE_INFINITY).run();
                if (ends != null) {
                    return ends;
                }
            }
            return forward;
        }

        /** First fit: each line takes every break that still fits; a piece wider than the line goes alone. */
        int[] firstFit() {
            if (start >= end) {
                return new int[] {m};
            }
            int[] out = new int[8];
            int n = 0;
            int from = -1;
            int a = start;
            int lastFit = -2;
            for (int k = 0; k <= m; k++) {
                if (natural(a, k) <= width(from) + EPSILON) {
                    lastFit = k;
                    if (k == m) {
                        break;
                    }
                    continue;
                }
                int cut = lastFit > from ? lastFit : k;
                if (n + 1 >= out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = cut;
                from = cut;
                a = lineStart(cut);
                lastFit = -2;
                if (cut == m) {
                    return Arrays.copyOf(out, n);
                }
                if (cut != k) {
                    k--;
                }
            }
            if (n == 0 || out[n - 1] != m) {
                out = Arrays.copyOf(out, n + 1);
                out[n++] = m;
            }
            return Arrays.copyOf(out, n);
        }

        /**
         * First fit from the end: the earliest break each line may end at, if the lines after it are to hold the rest
         * of the text in {@code lines} lines in all. Any layout of that many lines ends line j no earlier than this,
         * as first fit ends it no later. Null when a piece is wider than a line (first fit sets those).
         */
        private int[] lastFit(int lines) {
            int[] earliest = new int[lines];
            int e = m;
            for (int ln = lines; ln >= 2; ln--) {
                int b = e - 1;
                if (b < 0 || natural(lineStart(b), e) > rest + EPSILON) {
                    return null;
                }
                while (b > 0 && natural(lineStart(b - 1), e) <= rest + EPSILON) {
                    b--;
                }
                earliest[ln - 2] = b;
                e = b;
            }
            return natural(start, e) <= first + EPSILON ? earliest : null;
        }

        /**
         * True when no line is wider than its measure. A justified line may shrink to fit as far as the breaker lets
         * it and the layout draws it: its spaces, its glyphs' width and its letter spacing together ({@link
         * #justifiedRatio} no tighter than -1). Lines of a justified paragraph that fell back to ragged
         * ({@link #ratios} null) are set at their natural width, as ragged ones are.
         */
        boolean fits(int[] ends) {
            boolean justified = s.breaking() == Setting.Breaking.JUSTIFIED && ratios != null;
            int from = -1;
            for (int k : ends) {
                int a = lineStart(from);
                double nat = natural(a, k);
                double w = width(from);
                if (nat > w + 1e-6 && (!justified || justifiedRatio(a, k, nat, w) < -1 - 1e-6)) {
                    return false;
                }
                from = k;
            }
            return true;
        }

        /**
         * How far the spaces of the justified line from item {@code a} to the break at ordinal k stretch (positive)
         * or shrink (negative) to fill width {@code w}, its glyphs and letter spacing taking their part; below -1 it
         * is overfull.
         */
        double justifiedRatio(int a, int k, double nat, double w) {
            int e = lineEnd(a, k);
            double glue = p.sumStretchable[e] - p.sumStretchable[a];
            // Letter spacing goes between the glyphs of each word: glyphs less one per word (words: glue + 1).
            int gaps = Math.max(0, p.sumGlyphs[e] - p.sumGlyphs[a] - (p.sumGlue[e] - p.sumGlue[a]) - 1
                    + (k < m && p.addsHyphen(item(k), s) ? 1 : 0));
            return glueRatio(w - nat, glue, nat - glue, gaps);
        }
    }

    /** The exact pass: active breaks, each line's badness, demerits, and the best path back from the end. */
    private static final class Search {
        private final Chunk c;
        private final MeasuredParagraph p;
        private final Setting s;
        private final boolean windowed;
        private final int[] earliest;
        private final int[] latest;
        private final int lines;
        private final boolean justify;
        private final boolean balanced;
        private final double[] gate;
        private final double tolerance;
        // nodes, by index: the break ordinal, its line number, fitness class, total demerits, predecessor,
        // whether its line ends in a hyphen or dash, and the adjustment ratio of the line it ends
        private int[] pos = new int[64];
        private int[] line = new int[64];
        private byte[] fitness = new byte[64];
        private double[] total = new double[64];
        private int[] prev = new int[64];
        private boolean[] hyphen = new boolean[64];
        private double[] ratio = new double[64];
        private int[] lineStart = new int[64];
        private int nodes;
        private int[] active = new int[64];
        private int activeCount;

        Search(Chunk c, boolean windowed, int[] earliest, int[] latest, int lines, double tolerance) {
            this.tolerance = tolerance;
            this.c = c;
            this.p = c.p;
            this.s = c.s;
            this.windowed = windowed;
            this.earliest = earliest;
            this.latest = latest;
            this.lines = lines;
            this.justify = s.breaking() == Setting.Breaking.JUSTIFIED;
            this.balanced = s.breaking() == Setting.Breaking.BALANCED;
            this.gate = p.gate(s);
        }

        int[] run() {
            activate(node(-1, 0, (byte) 2, 0, -1, false, 0));
            // candidates for one break: per (line, fitness class), the best predecessor
            int[] candNode = new int[32];
            int[] candLine = new int[32];
            byte[] candFit = new byte[32];
            double[] candTotal = new double[32];
            double[] candRatio = new double[32];
            for (int k = 0; k <= c.m; k++) {
                boolean last = k == c.m;
                int cands = 0;
                int kept = 0;
                for (int q = 0; q < activeCount; q++) {
                    int a = active[q];
                    int from = pos[a];
                    int startItem = lineStart[a];
                    double w = c.width(from);
                    double nat = c.natural(startItem, k);
                    double r = ratio(startItem, k, nat, w, last);
                    boolean stale = windowed && !last && line[a] + 1 < lines && k > latest[line[a]];
                    if (r < -1 - EPSILON || stale) {
                        continue; // overfull from here on (or past its window): drop it
                    }
                    active[kept++] = a;
                    double badness = badness(r);
                    if (badness > tolerance) {
                        continue;
                    }
                    int ln = line[a] + 1;
                    if (windowed && !inWindow(ln, k, last)) {
                        continue;
                    }
                    double d = demerits(a, k, last, badness, r, startItem);
                    double t = total[a] + d;
                    byte fit = fitnessClass(r);
                    int slot = -1;
                    for (int x = 0; x < cands; x++) {
                        if (candFit[x] == fit && (!windowed || candLine[x] == ln)) {
                            slot = x;
                            break;
                        }
                    }
                    if (slot < 0 && cands < candNode.length) {
                        slot = cands++;
                        candTotal[slot] = Double.POSITIVE_INFINITY;
                    }
                    if (slot >= 0 && t < candTotal[slot]) {
                        candNode[slot] = a;
                        candLine[slot] = ln;
                        candFit[slot] = fit;
                        candTotal[slot] = t;
                        candRatio[slot] = r;
                    }
                }
                activeCount = kept;
                if (last) {
                    int best = -1;
                    for (int x = 0; x < cands; x++) {
                        if ((!windowed || candLine[x] == lines) && (best < 0 || candTotal[x] < candTotal[best])) {
                            best = x;
                        }
                    }
                    return best < 0 ? null : trace(candNode[best], candRatio[best]);
                }
                for (int x = 0; x < cands; x++) {
                    activate(node(k, candLine[x], candFit[x], candTotal[x], candNode[x], hyphenated(k), candRatio[x]));
                }
                if (activeCount == 0) {
                    return null;
                }
                while (activeCount > MAX_ACTIVE) {
                    dropWorst();
                }
            }
            return null;
        }

        private boolean inWindow(int ln, int k, boolean last) {
            if (last) {
                return ln == lines;
            }
            return ln < lines && k >= earliest[ln - 1] && k <= latest[ln - 1];
        }

        /** How far the line's spaces stretch (positive) or shrink (negative) to fill it; below -1 it is overfull. */
        private double ratio(int startItem, int k, double nat, double w, boolean last) {
            if (nat > w + EPSILON && !justify) {
                return Double.NEGATIVE_INFINITY;
            }
            if (!justify) {
                if (last && !balanced) {
                    return 0;
                }
                double rag = (balanced ? BALANCED_STRETCH : RAGGED_STRETCH) * w;
                return (w - nat) / rag;
            }
            if (last && nat <= w + EPSILON) {
                return 0; // the last line's spaces stay natural: TeX's \parfillskip
            }
            return c.justifiedRatio(startItem, k, nat, w);
        }

        private static double badness(double r) {
            double a = Math.abs(r);
            return Double.isInfinite(a) ? Double.POSITIVE_INFINITY : 100 * a * a * a;
        }

        private static byte fitnessClass(double r) {
            if (r < -0.5) {
                return 3;
            }
            if (r <= 0.5) {
                return 2;
            }
            return (byte) (r <= 1 ? 1 : 0);
        }

        private double demerits(int a, int k, boolean last, double badness, double r, int startItem) {
            double d = (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
            if (!last) {
                double pen = penalty(c.item(k));
                d += pen * pen;
            }
            if (!last && hyphenated(k) && hyphen[a]) {
                d += DOUBLE_HYPHEN_DEMERITS;
            }
            if (last && hyphen[a]) {
                d += FINAL_HYPHEN_DEMERITS;
            }
            if (justify && r > LOOSE_RATIO) {
                d += LOOSE_LINE_DEMERITS;
            }
            if (pos[a] >= 0 && Math.abs(fitnessClass(r) - fitness[a]) > 1) {
                d += ADJACENT_DEMERITS;
            }
            if (last && pos[a] >= 0) {
                int e = c.lineEnd(startItem, k);
                if (p.sumGlue[e] - p.sumGlue[startItem] == 0) {
                    d += balanced ? DISPLAY_RUNT_DEMERITS : RUNT_DEMERITS;
                }
                // The line before ended short of the measure by its ratio times the balanced stretch.
                if (balanced && r < ratio[a] - EPSILON) {
                    d += LONGER_LAST_LINE_DEMERITS;
                }
            }
            return d;
        }

        private double penalty(int item) {
            if (p.kind[item] == MeasuredParagraph.GLUE) {
                return p.lastResort(item) ? LAST_RESORT_PENALTY : 0;
            }
            return switch (BreakOpportunities.Cut.ALL[p.sub[item]]) {
                case HYPHENATION, SOFT_HYPHEN -> justify ? HYPHEN_PENALTY : RAGGED_HYPHEN_PENALTY;
                case EXPLICIT -> EXPLICIT_PENALTY;
                case URL -> URL_PENALTY;
                case LAST_RESORT -> LAST_RESORT_PENALTY;
            };
        }

        /** True when a break at ordinal k leaves a hyphen or a dash at the end of its line. */
        private boolean hyphenated(int k) {
            if (k >= c.m) {
                return false;
            }
            int item = c.item(k);
            return p.addsHyphen(item, s) || (p.kind[item] == MeasuredParagraph.PENALTY
                    && p.sub[item] == BreakOpportunities.Cut.EXPLICIT.ordinal());
        }

        private int node(int at, int ln, byte fit, double t, int pred, boolean hyph, double r) {
            if (nodes == pos.length) {
                int n = nodes * 2;
                pos = Arrays.copyOf(pos, n);
                line = Arrays.copyOf(line, n);
                fitness = Arrays.copyOf(fitness, n);
                total = Arrays.copyOf(total, n);
                prev = Arrays.copyOf(prev, n);
                hyphen = Arrays.copyOf(hyphen, n);
                ratio = Arrays.copyOf(ratio, n);
                lineStart = Arrays.copyOf(lineStart, n);
            }
            pos[nodes] = at;
            line[nodes] = ln;
            fitness[nodes] = fit;
            total[nodes] = t;
            prev[nodes] = pred;
            hyphen[nodes] = hyph;
            ratio[nodes] = r;
            lineStart[nodes] = c.lineStart(at);
            return nodes++;
        }

        private void activate(int node) {
            if (activeCount == active.length) {
                active = Arrays.copyOf(active, activeCount * 2);
            }
            active[activeCount++] = node;
        }

        private void dropWorst() {
            int worst = 0;
            for (int q = 1; q < activeCount; q++) {
                if (total[active[q]] > total[active[worst]]) {
                    worst = q;
                }
            }
            System.arraycopy(active, worst + 1, active, worst, activeCount - worst - 1);
            activeCount--;
        }

        private int[] trace(int lastPrev, double lastRatio) {
            int count = 1;
            for (int n = lastPrev; pos[n] >= 0; n = prev[n]) {
                count++;
            }
            int[] ends = new int[count];
            double[] ratios = new double[count];
            ends[count - 1] = c.m;
            ratios[count - 1] = justify ? lastRatio : 0;
            int i = count - 2;
            for (int n = lastPrev; pos[n] >= 0; n = prev[n]) {
                ends[i] = pos[n];
                ratios[i] = justify ? ratio[n] : 0;
                i--;
            }
            c.ratios = ratios;
            return ends;
        }
    }

    /**
     * How far a justified line's spaces stretch (positive) or shrink (negative) to take up {@code delta} ems, with
     * {@code glue} ems of stretchable space, {@code boxes} ems of glyphs and {@code gaps} places between the glyphs
     * of a word. Glyphs widen or narrow, and the gaps between them open or close, along with the spaces up to
     * {@link #EXPANSION} and {@link #TRACKING}; past that the spaces alone take the rest. Below -1 the line is
     * overfull.
     */
    static double glueRatio(double delta, double glue, double boxes, int gaps) {
        if (Math.abs(delta) < EPSILON) {
            return 0;
        }
        double glyphs = EXPANSION * boxes + TRACKING * gaps;
        if (delta < 0) {
            double cap = SHRINK * glue + glyphs;
            return cap > 0 ? delta / cap : Double.NEGATIVE_INFINITY;
        }
        double cap = STRETCH * glue + glyphs;
        if (delta <= cap) {
            return delta / cap;
        }
        return glue > 0 ? (delta - glyphs) / (STRETCH * glue) : Double.POSITIVE_INFINITY;
    }

    /** The glyph widening of a justified line whose spaces have ratio {@code r}: as much as the spaces', at most 2 %. */
    static double expansion(double r) {
        return EXPANSION * Math.max(-1, Math.min(1, r));
    }

    /** The letter spacing of a justified line whose spaces have ratio {@code r}, in ems of its type size. */
    static double tracking(double r) {
        return TRACKING * Math.max(-1, Math.min(1, r));
    }

    /** The first item at or after {@code i} that a line may start with: spaces and breaks at a line start vanish. */
    static int skip(MeasuredParagraph p, int i, int to) {
        while (i < to && p.kind[i] != MeasuredParagraph.BOX) {
            i++;
        }
        return i;
    }
}
