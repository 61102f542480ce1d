package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.export.poster.CellPlanner.Measures;
import org.lessonpress.export.poster.CellPlanner.Plan;
import org.lessonpress.export.poster.PosterLayout.Band;
import org.lessonpress.export.poster.PosterLayout.Cell;
import org.lessonpress.export.poster.PosterLayout.Label;
import org.lessonpress.export.poster.PosterLayout.Placed;
import org.lessonpress.typeset.BlockStack;
import org.lessonpress.typeset.MeasuredParagraph;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.TextBox;

/**
 * The auto-fit: tries every grid (1 to {@link #MAX_COLUMNS} columns; sections flowing on or starting new rows) and,
 * for each, the largest body size (in {@code step}s from the minimum) at which every lesson's cell fits, then keeps
 * the grid with the largest size. Lessons fill rows left to right; cells in a row share their top and their baseline
 * grid, and a row is as tall as its tallest cell. Pure: measured text and geometry in, boxes out.
 */
public final class PosterFitter {
    public static final int MAX_COLUMNS = 16;
    /** The narrowest comfortable measure in body ems (about 45 characters); narrower only if nothing else fits. */
    static final double MIN_MEASURE_EM = 22;
    /** The narrowest measure at all. */
    static final double MIN_NARROW_EM = 8;
    /** Starting each section on its own row reads better; it is chosen when it costs at most this many steps. */
    static final int SECTION_ROW_ALLOWANCE = 2;
    private static final double LABEL_LEADING = 1.15;
    private static final double EPSILON = 1e-6;

    /** A grid shape to try. */
    public record Grid(int columns, boolean sectionRows) {
    }

    /** The poster cannot be set at the minimum size: the lesson that needs most room and the shortfall. */
    public record Shortfall(PosterContent.Item tightest, double tightestHeight, double needed, double available) {
    }

    private final PosterContent content;
    private final PosterGeometry g;
    private final PosterFrame frame;
    private boolean narrowAllowed;

    /** @throws IllegalStateException when the title cannot be set in the header at all */
    public PosterFitter(PosterContent content, PosterGeometry geometry) {
        this.content = content;
        this.g = geometry;
        this.frame = PosterFrame.of(content, geometry);
    }

    public PosterGeometry geometry() {
        return g;
    }

    /** The height the grid may fill. */
    public double gridHeight() {
        return frame.gridBottom - frame.gridTop;
    }

    /** Every grid the search tries. */
    public List<Grid> grids() {
        List<Grid> out = new ArrayList<>();
        int n = content.items().size();
        boolean sections = content.items().stream().filter(PosterContent.Item::newTopSection).count() > 1;
        for (int c = 1; c <= Math.min(Math.max(n, 1), MAX_COLUMNS); c++) {
            out.add(new Grid(c, false));
            if (sections) {
                out.add(new Grid(c, true));
            }
        }
        return out;
    }

    /** The laid-out poster with the largest type that fits, or null when nothing fits at the minimum size. */
    public PosterLayout fit() {
        PosterLayout comfortable = search();
        if (comfortable != null) {
            return comfortable;
        }
        narrowAllowed = true;
        try {
            return search();
        } finally {
            narrowAllowed = false;
        }
    }

    private PosterLayout search() {
        Grid best = null;
        int bestStep = -1;
        for (Grid grid : grids()) {
            if (best != null) {
                // only a larger size can win, so a grid that does not fit it is skipped after one trial
                int needed = grid.sectionRows() == best.sectionRows() ? bestStep + 1
                        : grid.sectionRows() ? bestStep - SECTION_ROW_ALLOWANCE : bestStep + SECTION_ROW_ALLOWANCE + 1;
                if (needed > g.maxStep() || (needed > 0 && !fits(grid, needed))) {
                    continue;
                }
            }
            int k = largestStep(grid);
            if (k >= 0 && (best == null || better(grid, k, best, bestStep))) {
                best = grid;
                bestStep = k;
            }
        }
        return best == null ? null : layout(best, g.size(bestStep));
    }

    private static boolean better(Grid grid, int k, Grid best, int bestStep) {
        if (grid.sectionRows() != best.sectionRows()) {
            return grid.sectionRows() ? k >= bestStep - SECTION_ROW_ALLOWANCE : k > bestStep + SECTION_ROW_ALLOWANCE;
        }
        return k > bestStep;
    }

    /** True when every lesson fits at step {@code k} in this grid. */
    public boolean fits(Grid grid, int k) {
        Trial t = trial(grid, g.size(k), gridHeight(), false);
        return t != null && t.height <= gridHeight() + EPSILON;
    }

    /** The largest step at which the grid fits (binary search, so step k fits and k + 1 does not), or -1. */
    public int largestStep(Grid grid) {
        if (!fits(grid, 0)) {
            return -1;
        }
        if (fits(grid, g.maxStep())) {
            return g.maxStep();
        }
        int lo = 0;
        int hi = g.maxStep();
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (fits(grid, mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Why nothing fits: the grid that comes closest at the minimum size, and its tallest cell. */
    public Shortfall shortfall() {
        Trial closest = null;
        for (Grid grid : grids()) {
            Trial t = trial(grid, g.minBody(), Double.POSITIVE_INFINITY, false);
            if (t != null && (closest == null || t.height < closest.height)) {
                closest = t;
            }
        }
        if (closest == null) {
            PosterContent.Item first = content.items().get(0);
            return new Shortfall(first, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, gridHeight());
        }
        return new Shortfall(closest.tallest, closest.tallestHeight, closest.height, gridHeight());
    }

    /** The poster for a grid and body size, or null when some text does not fit. */
    public PosterLayout layout(Grid grid, double body) {
        Trial t = trial(grid, body, gridHeight(), true);
        if (t == null || t.height > gridHeight() + EPSILON) {
            return null;
        }
        return t.place(gridHeight() - t.height);
    }

    private double columnWidth(int cols) {
        return (g.gridWidth() - (cols - 1) * g.gutter()) / cols;
    }

    private record Row(List<Plan> cells, List<TextBox> labels, double strip, double height, boolean newSection) {
    }

    /**
     * Rows and heights at one size; null when some text cannot be set or the rows already pass {@code limit}. A
     * search counts lines only ({@code build} false): every setting it uses takes first fit's number of lines, so
     * the heights are those of the final layout.
     */
    private Trial trial(Grid grid, double body, double limit, boolean build) {
        int cols = grid.columns();
        Measures m = Measures.of(g, body, columnWidth(cols), content.numberWidthEm());
        if (m.textW() < (narrowAllowed ? MIN_NARROW_EM : MIN_MEASURE_EM) * body) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        List<Plan> cur = new ArrayList<>();
        double used = 0;
        for (PosterContent.Item item : content.items()) {
            if (cur.size() == cols || (!cur.isEmpty() && grid.sectionRows() && item.newTopSection())) {
                Row r = row(cur, m, cols, build);
                if (r == null) {
                    return null;
                }
                used += r.strip + r.height + (rows.isEmpty() ? 0 : g.gutter());
                if (used > limit + EPSILON) {
                    return null;
                }
                rows.add(r);
                cur = new ArrayList<>();
            }
            Plan plan = CellPlanner.plan(item, m, content.look(), build);
            if (plan == null) {
                return null;
            }
            cur.add(plan);
        }
        if (!cur.isEmpty()) {
            Row r = row(cur, m, cols, build);
            if (r == null) {
                return null;
            }
            rows.add(r);
        }
        return new Trial(grid, m, rows);
    }

    /** A row: its section names (each as wide as the cells up to the next name) and its height. */
    private Row row(List<Plan> cells, Measures m, int cols, boolean build) {
        List<TextBox> labels = new ArrayList<>();
        double labelH = 0;
        for (int i = 0; i < cells.size(); i++) {
            MeasuredParagraph label = cells.get(i).item().label();
            if (label == null) {
                continue;
            }
            int next = cols;
            for (int j = i + 1; j < cells.size(); j++) {
                if (cells.get(j).item().label() != null) {
                    next = j;
                    break;
                }
            }
            double w = (next - i) * m.colW() + (next - i - 1) * g.gutter();
            double size = m.lead() * 1.1;
            MeasuredParagraph.Fit fit = label.fit(Setting.DISPLAY, size, w);
            if (!fit.fits()) {
                return null;
            }
            if (build) {
                labels.add(label.layout(Setting.DISPLAY, size, size * LABEL_LEADING, w));
            }
            labelH = Math.max(labelH, fit.lines() * size * LABEL_LEADING);
        }
        double strip = labelH == 0 ? 0 : labelH + m.bodyLine() * 0.3;
        double height = cells.stream().mapToDouble(m::cellHeight).max().orElse(0);
        return new Row(cells, labels, strip, height, cells.get(0).item().newTopSection());
    }

    /** One grid at one size: rows with their heights, placed on the page by {@link #place}. */
    private final class Trial {
        final Grid grid;
        final Measures m;
        final List<Row> rows;
        final double height;
        PosterContent.Item tallest;
        double tallestHeight;

        Trial(Grid grid, Measures m, List<Row> rows) {
            this.grid = grid;
            this.m = m;
            this.rows = rows;
            double h = 0;
            for (int i = 0; i < rows.size(); i++) {
                h += rows.get(i).strip + rows.get(i).height + (i > 0 ? rowGap(rows.get(i)) : 0);
                for (Plan c : rows.get(i).cells) {
                    double ch = m.cellHeight(c);
                    if (ch > tallestHeight) {
                        tallestHeight = ch;
                        tallest = c.item();
                    }
                }
            }
            this.height = h;
        }

        double rowGap(Row r) {
            return grid.sectionRows() && r.newSection ? g.gutter() * 1.5 : g.gutter();
        }

        /** Spreads up to a line of the spare height between rows and centres the rest, so sparse posters balance. */
        PosterLayout place(double leftover) {
            int gaps = Math.max(rows.size() - 1, 0);
            double extra = gaps == 0 ? 0 : Math.min(leftover / (gaps + 2), m.bodyLine());
            double y = frame.gridTop + (leftover - extra * gaps) / 2;
            List<Cell> cells = new ArrayList<>();
            List<Label> labels = new ArrayList<>();
            List<Band> bands = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                if (r > 0) {
                    y += rowGap(row) + extra;
                }
                int li = 0;
                for (int i = 0; i < row.cells.size(); i++) {
                    if (row.cells.get(i).item().label() != null) {
                        TextBox lb = row.labels.get(li++);
                        labels.add(new Label(new Rect(cellX(i), y, lb.maxWidth(), row.strip), new Placed(lb, cellX(i), y)));
                    }
                }
                y += row.strip;
                for (int i = 0; i < row.cells.size(); i++) {
                    cells.add(cell(row.cells.get(i), cellX(i), y));
                }
                bands.addAll(bands(row, y));
                y += row.height;
            }
            return new PosterLayout(g, grid.columns(), grid.sectionRows(), m.body(), m.lead(), frame.header, frame.footer,
                    cells, labels, bands, frame.rules);
        }

        double cellX(int i) {
            return g.margin() + i * (m.colW() + g.gutter());
        }

        Cell cell(Plan c, double x, double y) {
            double leadY = y + m.rule() + m.pad();
            List<Placed> body = new ArrayList<>();
            List<Band> deco = new ArrayList<>();
            double top = y + m.bodyTop(c);
            double textX = x + m.numW();
            for (BlockStack.Placed p : c.body()) {
                body.add(new Placed(p.box(), textX + p.x(), top + p.y()));
            }
            for (Band d : c.decorations()) {
                Rect r = d.rect();
                deco.add(new Band(new Rect(textX + r.x(), top + r.y(), r.width(), r.height()), d.color()));
            }
            return new Cell(c.item(), new Rect(x, y, m.colW(), m.cellHeight(c)), new Placed(c.number(), x, leadY),
                    new Placed(c.lead(), x + m.numW(), leadY), body, deco);
        }

        /** One band per run of neighbouring cells of the same section, bridging the gutters between them. */
        List<Band> bands(Row row, double y) {
            List<Band> out = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= row.cells.size(); i++) {
                if (i == row.cells.size() || row.cells.get(i).item().label() != null
                        || !row.cells.get(i).item().colours().equals(row.cells.get(start).item().colours())) {
                    double x0 = cellX(start);
                    double x1 = cellX(i - 1) + m.colW();
                    out.add(new Band(new Rect(x0, y, x1 - x0, m.rule()), row.cells.get(start).item().colours().rule()));
                    start = i;
                }
            }
            return out;
        }
    }
}
