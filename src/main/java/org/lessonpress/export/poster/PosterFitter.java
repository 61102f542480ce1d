package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.export.poster.LessonCell.Measures;
import org.lessonpress.export.poster.LessonCell.Plan;
import org.lessonpress.export.poster.PosterLayout.Band;
import org.lessonpress.export.poster.PosterLayout.Cell;
import org.lessonpress.export.poster.PosterLayout.Label;
import org.lessonpress.export.poster.PosterLayout.Placed;
import org.lessonpress.typeset.BlockStack;
import org.lessonpress.typeset.MeasuredParagraph;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.TextBox;

/**
 * The auto-fit. Each section is a block (band, name, then its lessons flowing down columns of even height, see
 * {@link ColumnFlow}); blocks are packed into rows by {@link BlockRows}. For every column count whose measure keeps
 * body lines within the theme's range of characters, the search finds the largest body size (in steps) at which the rows fit the sheet, and keeps the
 * largest of all: the type grows until the sheet is full. Text is measured once, in ems; a trial only counts lines
 * at one size, so it is cheap, and a column count that cannot beat the best so far costs one trial. Pure: measured
 * text and geometry in, boxes out.
 */
public final class PosterFitter {
    public static final int MAX_COLUMNS = 16;
    /** The narrowest measure at all, in body ems, for a poster that fits no comfortable measure. */
    static final double MIN_NARROW_EM = 8;
    /** Section names are a step above the leads. */
    static final double LABEL_SCALE = 1.2;
    static final double LABEL_LEADING = 1.12;
    /** Space under the band and under the name, in body lines. */
    static final double BAND_GAP = 0.4;
    static final double LABEL_GAP = 0.5;
    /** Space between lessons in a column, in body lines. */
    static final double CELL_GAP = 0.4;
    /** Search this far below a paper's legible minimum, to say how small the type would be. */
    static final double FLOOR = 2;
    /**
     * A body at least this share of the largest that fits counts as large as the sheet allows: a difference of a few
     * per cent is not seen on a poster, a sheet a tenth emptier is, so the fuller layout wins.
     */
    static final double NEAR_LARGEST = 0.97;
    /** The share of the sheet's height left under the rows above which it is spread between them. */
    static final double SPREAD_FROM = 0.2;
    private static final double EPSILON = 1e-6;

    /** A column count and a body size. */
    public record Choice(int columns, double body) {
    }

    private final PosterContent content;
    private final PosterGeometry g;
    private final PosterFrame frame;
    private final List<SectionBlock> blocks;
    /** Ems per character of narrow and of wide body paragraphs: {narrow, wide}. */
    private final double[] characterEms;
    /** The widest lesson number, in ems. */
    private final double numberWidthEm;
    /** Trials by column count and body size; a fitter serves one poster on one thread. */
    private final java.util.Map<Long, Trial> trials = new java.util.HashMap<>();

    /** @throws IllegalStateException when the title cannot be set in the header at all */
    public PosterFitter(PosterContent content, PosterGeometry geometry) {
        this.content = content;
        this.g = geometry;
        this.frame = PosterFrame.of(content, geometry);
        this.blocks = SectionBlock.of(content.items());
        this.characterEms = content.characterEms();
        this.numberWidthEm = content.numberWidthEm();
    }

    public PosterGeometry geometry() {
        return g;
    }

    /** The height the rows may fill. */
    public double gridHeight() {
        return frame.gridBottom - frame.gridTop;
    }

    /** The laid-out poster with the largest type that fits at or above the legible minimum, or null. */
    public PosterLayout fit() {
        Choice c = choose();
        return c == null ? null : layout(c.columns(), c.body());
    }

    /**
     * The largest body size from the minimum to the maximum that fits: within the measure if any column count allows
     * it, else at any measure down to {@link #MIN_NARROW_EM} ems. Null when nothing fits at the minimum.
     */
    public Choice choose() {
        Choice measured = search(g.minBody(), g.maxBody(), true);
        return measured != null ? measured : search(g.minBody(), g.maxBody(), false);
    }

    /**
     * True when the lessons fit at some size from the minimum up, as {@link #choose()} would find: fitting is monotone
     * in the size, so trying each column count at the smallest size it allows is enough (a question of yes or no,
     * asked of every larger paper when a poster does not fit its own). The measure only raises the smallest size a
     * column count may try, so a column count that fits within it fits without it: asking without it is enough.
     */
    public boolean holds() {
        double low = g.minBody();
        for (int cols = 1; cols <= maxColumns(); cols++) {
            int[] k = steps(cols, low, g.maxBody(), false, 0);
            if (k[0] <= k[1] && fits(cols, low + k[0] * g.step())) {
                return true;
            }
        }
        return false;
    }

    private int maxColumns() {
        return Math.min(MAX_COLUMNS, Math.max(1, content.items().size()));
    }

    /**
     * The size steps (sizes {@code low + k * step}) that {@code cols} columns may try between {@code low} and
     * {@code high}, none under {@code floor}: within the measure when {@code measured}, never narrower than
     * {@link #MIN_NARROW_EM} ems. {first, last}; empty when first > last.
     */
    private int[] steps(int cols, double low, double high, boolean measured, double floor) {
        double w = columnWidth(cols);
        double lo = low;
        double hi = Math.min(high, w / MIN_NARROW_EM);
        if (measured) {
            double[] range = measureRange(w);
            lo = Math.max(lo, range[0]);
            hi = Math.min(hi, range[1]);
        }
        lo = Math.max(lo, floor);
        int top = (int) Math.floor((high - low) / g.step() + 1e-9);
        return new int[] {(int) Math.ceil((lo - low) / g.step() - 1e-9),
            Math.min(top, (int) Math.floor((hi - low) / g.step() + 1e-9))};
    }

    /** The largest body size below the legible minimum that would fit (the size to name in an error), or null. */
    public Choice belowMinimum() {
        Choice measured = search(FLOOR, g.minBody() - g.step(), true);
        return measured != null ? measured : search(FLOOR, g.minBody() - g.step(), false);
    }

    /** The width of one of {@code columns} columns. */
    public double columnWidth(int columns) {
        return (g.gridWidth() - (columns - 1) * g.gutter()) / columns;
    }

    /**
     * The body sizes at which a column of this width keeps lines within the measure: [low, high]. Narrow paragraphs
     * bound the low end (they hold the most characters), wide ones the high end; where they leave no range (a poster
     * of very unlike scripts), the average paragraph decides both.
     */
    double[] measureRange(double width) {
        double low = width / (g.maxCharacters() * characterEms[0]);
        double high = width / (g.minCharacters() * characterEms[1]);
        if (low > high) {
            double mean = (characterEms[0] + characterEms[1]) / 2;
            return new double[] {width / (g.maxCharacters() * mean), width / (g.minCharacters() * mean)};
        }
        return new double[] {low, high};
    }

    private Choice search(double low, double high, boolean measured) {
        List<Choice> found = new ArrayList<>();
        double largest = 0;
        for (int cols = 1; cols <= maxColumns(); cols++) {
            // Sizes under what counts as the largest so far need not be tried.
            int[] range = steps(cols, low, high, measured, NEAR_LARGEST * largest);
            int kLo = range[0];
            int kHi = range[1];
            if (kLo > kHi || !fits(cols, low + kLo * g.step())) {
                continue;
            }
            int k = kLo;
            int bad = kHi + 1;
            if (fits(cols, low + kHi * g.step())) {
                k = kHi;
            } else {
                while (bad - k > 1) {
                    int mid = (k + bad) >>> 1;
                    if (fits(cols, low + mid * g.step())) {
                        k = mid;
                    } else {
                        bad = mid;
                    }
                }
            }
            found.add(new Choice(cols, low + k * g.step()));
            largest = Math.max(largest, low + k * g.step());
        }
        // Of the column counts that set the body about as large as the largest, the one whose text covers the most.
        Choice best = null;
        double bestFill = -1;
        for (Choice c : found) {
            if (c.body() >= NEAR_LARGEST * largest - 1e-9) {
                double fill = fill(c.columns(), c.body());
                if (fill > bestFill + 1e-9) {
                    best = c;
                    bestFill = fill;
                }
            }
        }
        return best;
    }

    /**
     * How densely the text fills its rows on {@code columns} columns at {@code body}, up to a factor of the
     * document's (0 when it does not fit): the text's area grows with the square of the size, whatever the column
     * width, while the rows take their height, so the one whose rows are lowest for its size covers the most.
     * Counting suffices; nothing is laid out.
     */
    double fill(int columns, double body) {
        Trial t = trial(columns, body);
        if (t == null || t.height > gridHeight() + EPSILON || t.height <= 0) {
            return 0;
        }
        return body * body / t.height;
    }

    /** True when every lesson fits on {@code columns} columns at body size {@code body}. */
    public boolean fits(int columns, double body) {
        Trial t = trial(columns, body);
        return t != null && t.height <= gridHeight() + EPSILON;
    }

    /** The poster on {@code columns} columns at body size {@code body}, or null when it does not fit. */
    public PosterLayout layout(int columns, double body) {
        Trial t = trial(columns, body);
        if (t == null || t.height > gridHeight() + EPSILON) {
            return null;
        }
        return t.place();
    }

    /** The rows at one size, by counting lines; null when some text cannot be set. */
    private Trial trial(int columns, double body) {
        // The search asks for a trial to see whether it fits, again to compare how full it is, and again to lay it out.
        Long key = columns * 10_000_000L + Math.round(body * 10_000);
        if (trials.containsKey(key)) {
            return trials.get(key);
        }
        Trial t = count(columns, body);
        trials.put(key, t);
        return t;
    }

    /**
     * The rows at one size, by counting lines; null when some text cannot be set, or when the lessons alone, spread
     * evenly over every column with no space between them, would already be taller than the sheet: no packing is lower
     * than that, so the rest need not be counted (most trials of a poster too full for its paper end there).
     */
    private Trial count(int columns, double body) {
        double w = columnWidth(columns);
        Measures m = Measures.of(g, body, w, numberWidthEm, content.baseline());
        if (w < MIN_NARROW_EM * body) {
            return null;
        }
        double room = columns * (gridHeight() + EPSILON);
        double lessons = 0;
        List<ColumnFlow> flows = new ArrayList<>();
        for (SectionBlock b : blocks) {
            double[] heads = new double[b.items().size()];
            int[] lines = new int[heads.length];
            for (int i = 0; i < heads.length; i++) {
                double h = LessonCell.height(b.items().get(i), m, content.look());
                lessons += h;
                if (Double.isNaN(h) || lessons > room) {
                    return null;
                }
                lines[i] = LessonCell.flowingLines(b.items().get(i), m, content.look());
                heads[i] = h - lines[i] * m.bodyLine();
            }
            flows.add(new ColumnFlow(heads, lines, m.bodyLine(), CELL_GAP * m.bodyLine(), columns));
        }
        Strips strips = new Strips(m, columns);
        BlockRows.Heights heights = new BlockRows.Heights() {
            @Override
            public double strip(int block, int cols) {
                return strips.height(block, cols);
            }

            @Override
            public double lessons(int block, int cols) {
                return flows.get(block).height(cols);
            }

            @Override
            public int maxColumns(int block) {
                return flows.get(block).maxColumns();
            }
        };
        List<BlockRows.Row> rows = BlockRows.pack(blocks.size(), columns, heights, g.gutter());
        if (rows == null) {
            return null;
        }
        return new Trial(columns, m, rows, flows, strips);
    }

    /** The band and name above each block, by width, computed once per trial. */
    private final class Strips {
        final Measures m;
        final double[][] cache;

        Strips(Measures m, int columns) {
            this.m = m;
            this.cache = new double[blocks.size()][columns + 1];
        }

        double labelSize() {
            return m.lead() * LABEL_SCALE;
        }

        double band() {
            return Math.max(1.0, m.body() * 0.3);
        }

        double width(int cols) {
            return cols * m.width() + (cols - 1) * g.gutter();
        }

        /**
         * The strip's height (the band alone for lessons outside sections); infinite when a word of the name is wider
         * than the block.
         */
        double height(int block, int cols) {
            MeasuredParagraph label = blocks.get(block).label();
            if (label == null) {
                return band() + LABEL_GAP * m.bodyLine();
            }
            if (cache[block][cols] == 0) {
                MeasuredParagraph.Fit fit = label.fit(Setting.DISPLAY, labelSize(), width(cols));
                boolean cut = label.widestUnbreakableEm(Setting.DISPLAY) * labelSize() > width(cols) + 1e-6;
                cache[block][cols] = !fit.fits() || cut ? Double.POSITIVE_INFINITY : band() + BAND_GAP * m.bodyLine()
                        + fit.lines() * labelSize() * LABEL_LEADING + LABEL_GAP * m.bodyLine();
            }
            return cache[block][cols];
        }

        TextBox label(int block, int cols) {
            double size = labelSize();
            return blocks.get(block).label().layout(Setting.DISPLAY, size, size * LABEL_LEADING, width(cols))
                    .withColor(blocks.get(block).colours().text());
        }
    }

    /** One column count at one size: its rows, placed on the page by {@link #place}. */
    private final class Trial {
        final int columns;
        final Measures m;
        final List<BlockRows.Row> rows;
        final List<ColumnFlow> flows;
        final Strips strips;
        final double height;

        Trial(int columns, Measures m, List<BlockRows.Row> rows, List<ColumnFlow> flows, Strips strips) {
            this.columns = columns;
            this.m = m;
            this.rows = rows;
            this.flows = flows;
            this.strips = strips;
            double h = 0;
            for (int i = 0; i < rows.size(); i++) {
                h += rows.get(i).height() + (i > 0 ? g.gutter() : 0);
            }
            this.height = h;
        }

        /**
         * Places the rows a gutter apart, as the columns are (one grid both ways). When they leave more than
         * {@link #SPREAD_FROM} of the sheet's height under them, that height goes evenly between the rows instead, so that
         * the blocks span the sheet from the header to the footer rather than a third of it standing empty at its foot.
         * Only a size capped by the measure or the largest size leaves that much: where the sheet decides the size, one
         * step larger would not fit, so what is left is less than a step's worth.
         */
        PosterLayout place() {
            double y = frame.gridTop;
            double spare = gridHeight() - height;
            double between = rows.size() > 1 && spare > SPREAD_FROM * gridHeight() ? spare / (rows.size() - 1) : 0;
            List<Cell> cells = new ArrayList<>();
            List<Label> labels = new ArrayList<>();
            List<Band> bands = new ArrayList<>();
            for (BlockRows.Row row : rows) {
                for (BlockRows.Placement p : row.blocks()) {
                    SectionBlock block = blocks.get(p.block());
                    double x = columnX(p.column());
                    double w = strips.width(p.columns());
                    bands.add(new Band(new Rect(x, y, w, strips.band()), block.colours().rule()));
                    if (block.label() != null) {
                        TextBox name = strips.label(p.block(), p.columns());
                        labels.add(new Label(new Rect(x, y, w, row.strip()),
                                new Placed(name, x, y + strips.band() + BAND_GAP * m.bodyLine())));
                    }
                    cells.addAll(columns(block, flows.get(p.block()).pieces(p.columns()), p.column(), y + row.strip()));
                }
                y += row.height() + g.gutter() + between;
            }
            return new PosterLayout(g, columns, m.body(), m.lead(), m.number(), frame.header, frame.footer, cells, labels,
                    bands, frame.rules);
        }

        /** The block's lessons placed piece by piece; a lesson that runs on takes its later lines to the next column. */
        private List<Cell> columns(SectionBlock block, List<ColumnFlow.Piece> pieces, int firstColumn, double top) {
            List<Cell> out = new ArrayList<>();
            java.util.Set<Integer> runOn = new java.util.HashSet<>();
            pieces.stream().filter(p -> !p.head()).forEach(p -> runOn.add(p.cell()));
            Plan plan = null;
            Cell cell = null;
            for (ColumnFlow.Piece piece : pieces) {
                double x = columnX(firstColumn + piece.column());
                double y = top + piece.y();
                if (piece.head()) {
                    if (cell != null) {
                        out.add(cell);
                    }
                    plan = LessonCell.layout(block.items().get(piece.cell()), m, content.look());
                    // Right under the section's name the band already opens the block: a sub-section there needs no rule.
                    boolean underName = block.label() != null && piece.column() == 0 && piece.y() == 0;
                    cell = cell(plan, x, y, runOn.contains(piece.cell()) ? piece.to() : Integer.MAX_VALUE, !underName);
                } else {
                    cell = continued(cell, plan, x, y, piece.from(), piece.to());
                }
            }
            if (cell != null) {
                out.add(cell);
            }
            return out;
        }

        /** The lines {@code [from, to)} of a paragraph box, moved up so that line {@code from} is the first. */
        private TextBox lines(TextBox box, int from, int to) {
            double shift = from * box.lineHeight();
            List<TextBox.Line> kept = new ArrayList<>();
            for (TextBox.Line l : box.lines().subList(from, Math.min(to, box.lines().size()))) {
                kept.add(new TextBox.Line(l.runs(), l.width(), l.baseline() - shift, l.hyphenated()));
            }
            return new TextBox(kept, box.size(), box.lineHeight(), box.maxWidth());
        }

        /** A cell run on into another column: the lines {@code [from, to)} of its one paragraph at ({@code x}, {@code y}). */
        private Cell continued(Cell cell, Plan plan, double x, double y, int from, int to) {
            BlockStack.Placed p = plan.body().get(0);
            List<Placed> body = new ArrayList<>(cell.body());
            body.add(new Placed(lines(p.box(), from, to), x + p.x(), y));
            List<Rect> more = new ArrayList<>(cell.continued());
            more.add(new Rect(x, y, m.width(), (to - from) * m.bodyLine()));
            return new Cell(cell.item(), cell.bounds(), cell.kicker(), cell.number(), cell.lead(), body, cell.decorations(), more);
        }

        double columnX(int column) {
            return g.margin() + column * (m.width() + g.gutter());
        }

        /**
         * A cell's head and its first {@code lines} body lines (MAX_VALUE: all) at ({@code x}, {@code y}), with the rule
         * over its sub-section's name when {@code ruled}.
         */
        Cell cell(Plan c, double x, double y, int lines, boolean ruled) {
            List<Placed> body = new ArrayList<>();
            List<Band> deco = new ArrayList<>();
            if (ruled && c.rule() != null) {
                Rect r = c.rule().rect();
                deco.add(new Band(new Rect(x + r.x(), y + r.y(), r.width(), r.height()), c.rule().color()));
            }
            double top = y + c.bodyTop();
            double height = c.height();
            for (BlockStack.Placed p : c.body()) {
                TextBox box = p.box();
                if (lines < box.lines().size() && c.body().size() == 1) {
                    box = lines(box, 0, lines);
                    height = c.bodyTop() + lines * m.bodyLine();
                }
                body.add(new Placed(box, x + p.x(), top + p.y()));
            }
            for (Band d : c.decorations()) {
                Rect r = d.rect();
                deco.add(new Band(new Rect(x + r.x(), y + r.y(), r.width(), r.height()), d.color()));
            }
            Placed kicker = c.kicker() == null ? null : new Placed(c.kicker(), x, y + c.kickerTop());
            return new Cell(c.item(), new Rect(x, y, m.width(), height), kicker, new Placed(c.number(), x, y + c.numberTop()),
                    new Placed(c.lead(), x, y + c.leadTop()), body, deco, List.of());
        }
    }
}
