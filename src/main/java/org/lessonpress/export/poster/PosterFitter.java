package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.pdfbox.MeasuredText;
import org.lessonpress.export.pdfbox.StyledBlock;
import org.lessonpress.export.pdfbox.TextBox;
import org.lessonpress.export.poster.PosterLayout.Band;
import org.lessonpress.export.poster.PosterLayout.Block;
import org.lessonpress.export.poster.PosterLayout.Cell;
import org.lessonpress.export.poster.PosterLayout.Label;
import org.lessonpress.export.poster.PosterLayout.Placed;
import org.lessonpress.export.poster.PosterLayout.Rect;

/**
 * The auto-fit: tries every grid (1 to {@link #MAX_COLUMNS} columns; sections flowing on or starting new rows) and,
 * for each, the largest body size (in {@code step}s from the minimum) at which every lesson's cell fits, then keeps
 * the grid with the largest size. Lessons fill rows left to right; cells in a row share their top and their body's
 * first baseline, and the row is as tall as its tallest cell. Pure: measured text and geometry in, boxes out.
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
    private final Block header;
    private final Block footer;
    private final double gridTop;
    private final double gridBottom;
    private final List<Band> rules = new ArrayList<>();
    private boolean narrowAllowed;

    public PosterFitter(PosterContent content, PosterGeometry geometry) {
        this.content = content;
        this.g = geometry;
        this.header = header();
        this.footer = footer();
        double hair = Math.max(0.5, g.gutter() * 0.04);
        rules.add(new Band(new Rect(g.margin(), header.bounds().bottom() + g.gutter() * 0.5 - hair / 2, g.gridWidth(), hair), null));
        this.gridTop = header.bounds().bottom() + g.gutter();
        if (footer.texts().isEmpty()) {
            this.gridBottom = g.height() - g.margin();
        } else {
            rules.add(new Band(new Rect(g.margin(), footer.bounds().y() - g.gutter() * 0.5 - hair / 2, g.gridWidth(), hair), null));
            this.gridBottom = footer.bounds().y() - g.gutter();
        }
    }

    public PosterGeometry geometry() {
        return g;
    }

    /** The height the grid may fill. */
    public double gridHeight() {
        return gridBottom - gridTop;
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

    private double columnWidth(int cols) {
        return (g.gridWidth() - (cols - 1) * g.gutter()) / cols;
    }

    /** True when every lesson fits at step {@code k} in this grid. */
    public boolean fits(Grid grid, int k) {
        Trial t = trial(grid, g.size(k), gridHeight());
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
            Trial t = trial(grid, g.minBody(), Double.POSITIVE_INFINITY);
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
        Trial t = trial(grid, body, gridHeight());
        if (t == null || t.height > gridHeight() + EPSILON) {
            return null;
        }
        return t.place(gridHeight() - t.height);
    }

    // ---- the trial layout: rows and heights at one size ----

    /** Lead lines are a whole number of body lines, so every baseline in a row sits on one grid. */
    private record Measures(double body, double lead, double bodyLine, double leadLine, double colW, double numW,
                            double textW, double rule, double pad) {
    }

    private record CellPlan(PosterContent.Item item, TextBox number, TextBox lead, List<Positioned> body, double bodyH) {
    }

    private record Positioned(TextBox box, double x, double y, Band decoration) {
    }

    private record Row(List<CellPlan> cells, List<TextBox> labels, double strip, double height, boolean newSection) {
    }

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
                for (CellPlan c : rows.get(i).cells) {
                    double ch = cellHeight(rows.get(i), c);
                    if (ch > tallestHeight) {
                        tallestHeight = ch;
                        tallest = c.item;
                    }
                }
            }
            this.height = h;
        }

        double rowGap(Row r) {
            return grid.sectionRows() && r.newSection ? g.gutter() * 1.5 : g.gutter();
        }

        double bodyTop(CellPlan c) {
            return PosterFitter.bodyTop(m, c);
        }

        double cellHeight(Row r, CellPlan c) {
            return PosterFitter.cellHeight(m, c);
        }

        PosterLayout place(double leftover) {
            int gaps = Math.max(rows.size() - 1, 0);
            double extra = gaps == 0 ? 0 : Math.min(leftover / (gaps + 2), m.bodyLine);
            double y = gridTop + (leftover - extra * gaps) / 2;
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
                    CellPlan c = row.cells.get(i);
                    if (c.item.label() != null) {
                        TextBox lb = row.labels.get(li++);
                        double x = cellX(i);
                        labels.add(new Label(new Rect(x, y, lb.maxWidth(), row.strip), new Placed(lb, x, y)));
                    }
                }
                y += row.strip;
                for (int i = 0; i < row.cells.size(); i++) {
                    cells.add(cell(row, row.cells.get(i), cellX(i), y));
                }
                bands.addAll(bands(row, y));
                y += row.height;
            }
            return new PosterLayout(g, grid.columns(), grid.sectionRows(), m.body, m.lead, header, footer, cells, labels, bands, rules);
        }

        double cellX(int i) {
            return g.margin() + i * (m.colW + g.gutter());
        }

        Cell cell(Row row, CellPlan c, double x, double y) {
            double leadY = y + m.rule + m.pad;
            Placed number = new Placed(c.number, x, leadY);
            Placed lead = new Placed(c.lead, x + m.numW, leadY);
            List<Placed> body = new ArrayList<>();
            List<Band> deco = new ArrayList<>();
            double top = y + bodyTop(c);
            for (Positioned p : c.body) {
                body.add(new Placed(p.box, x + p.x, top + p.y));
                if (p.decoration != null) {
                    Rect d = p.decoration.rect();
                    deco.add(new Band(new Rect(x + d.x(), top + d.y(), d.w(), d.h()), p.decoration.color()));
                }
            }
            return new Cell(c.item, new Rect(x, y, m.colW, cellHeight(row, c)), number, lead, body, deco);
        }

        /** One band per run of neighbouring cells of the same section, bridging the gutters between them. */
        List<Band> bands(Row row, double y) {
            List<Band> out = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= row.cells.size(); i++) {
                if (i == row.cells.size() || row.cells.get(i).item.label() != null
                        || !row.cells.get(i).item.color().equals(row.cells.get(start).item.color())) {
                    double x0 = cellX(start);
                    double x1 = cellX(i - 1) + m.colW;
                    out.add(new Band(new Rect(x0, y, x1 - x0, m.rule), row.cells.get(start).item.color()));
                    start = i;
                }
            }
            return out;
        }
    }

    /** Rows and heights at one size; null when some text cannot be set or the rows already pass {@code limit}. */
    private Trial trial(Grid grid, double body, double limit) {
        int cols = grid.columns();
        double colW = columnWidth(cols);
        double lead = g.leadSize(body);
        double numW = content.numberWidthEm() * lead + 0.45 * lead;
        double textW = colW - numW;
        if (textW < (narrowAllowed ? MIN_NARROW_EM : MIN_MEASURE_EM) * body) {
            return null;
        }
        double bodyLine = body * g.bodyLeading();
        double leadLine = bodyLine * Math.max(1, Math.ceil(lead * 1.05 / bodyLine - 1e-9));
        Measures m = new Measures(body, lead, bodyLine, leadLine, colW, numW, textW,
                Math.max(1.0, body * 0.2), bodyLine * 0.45);
        List<Row> rows = new ArrayList<>();
        List<CellPlan> cur = new ArrayList<>();
        double used = 0;
        for (PosterContent.Item item : content.items()) {
            if (cur.size() == cols || (!cur.isEmpty() && grid.sectionRows() && item.newTopSection())) {
                Row r = row(cur, m, cols);
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
            CellPlan plan = plan(item, m);
            if (plan == null) {
                return null;
            }
            cur.add(plan);
        }
        if (!cur.isEmpty()) {
            Row r = row(cur, m, cols);
            if (r == null) {
                return null;
            }
            rows.add(r);
        }
        return new Trial(grid, m, rows);
    }

    private Row row(List<CellPlan> cells, Measures m, int cols) {
        List<TextBox> labels = new ArrayList<>();
        double labelH = 0;
        double labelSize = m.lead * 1.1;
        for (int i = 0; i < cells.size(); i++) {
            MeasuredText label = cells.get(i).item.label();
            if (label == null) {
                continue;
            }
            int next = cols;
            for (int j = i + 1; j < cells.size(); j++) {
                if (cells.get(j).item.label() != null) {
                    next = j;
                    break;
                }
            }
            double w = (next - i) * m.colW + (next - i - 1) * g.gutter();
            TextBox box = label.layout(labelSize, LABEL_LEADING, w);
            if (!box.fits()) {
                return null;
            }
            labels.add(box);
            labelH = Math.max(labelH, box.height());
        }
        double strip = labelH == 0 ? 0 : labelH + m.bodyLine * 0.3;
        double height = cells.stream().mapToDouble(c -> cellHeight(m, c)).max().orElse(0);
        return new Row(cells, labels, strip, height, cells.get(0).item.newTopSection());
    }

    /** The body starts half a line below the lead: its baselines stay on the row's grid of body lines. */
    private static double bodyTop(Measures m, CellPlan c) {
        return m.rule + m.pad + c.lead.height() + m.bodyLine * 0.5;
    }

    private static double cellHeight(Measures m, CellPlan c) {
        return c.bodyH > 0 ? bodyTop(m, c) + c.bodyH : m.rule + m.pad + c.lead.height();
    }

    private CellPlan plan(PosterContent.Item item, Measures m) {
        TextBox number = item.number().layout(m.lead, m.leadLine / m.lead, m.numW - 0.45 * m.lead + EPSILON);
        TextBox lead = item.lead().layout(m.lead, m.leadLine / m.lead, m.textW);
        if (!lead.fits() || !number.fits()) {
            return null;
        }
        List<Positioned> body = new ArrayList<>();
        double y = 0;
        StyledBlock.Kind prev = null;
        Positioned lastQuote = null;
        for (PosterContent.Part part : item.body()) {
            if (prev != null) {
                y += gap(prev, part.kind(), m);
            }
            double size = m.body * part.scale();
            double x = m.numW;
            double w = m.textW;
            StyledBlock.Kind k = part.kind();
            if (k == StyledBlock.Kind.RULE) {
                body.add(new Positioned(new TextBox(List.of(), size, m.bodyLine, w), x, y,
                        new Band(new Rect(x, y + m.bodyLine * 0.5, Math.min(w, 6 * m.body), Math.max(0.5, m.body * 0.06)), item.color())));
                y += m.bodyLine;
                prev = k;
                continue;
            }
            if (k == StyledBlock.Kind.QUOTE || k == StyledBlock.Kind.ATTRIBUTION) {
                x += 0.9 * m.body;
                w -= 0.9 * m.body;
            } else if (k == StyledBlock.Kind.LIST_ITEM) {
                x += part.depth() * 1.1 * m.body;
                w -= part.depth() * 1.1 * m.body;
            } else if (k == StyledBlock.Kind.CODE) {
                x += 0.4 * m.body;
                w -= 0.8 * m.body;
                y += 0.3 * m.bodyLine;
            }
            if (w < 4 * m.body) {
                return null;
            }
            TextBox box = part.text().layout(size, g.bodyLeading(), w);
            if (!box.fits()) {
                return null;
            }
            Band deco = null;
            if (k == StyledBlock.Kind.QUOTE || k == StyledBlock.Kind.ATTRIBUTION) {
                double top = lastQuote != null && (prev == StyledBlock.Kind.QUOTE || prev == StyledBlock.Kind.ATTRIBUTION)
                        ? lastQuote.decoration.rect().bottom() : y;
                deco = new Band(new Rect(m.numW + 0.1 * m.body, top, Math.max(0.75, 0.12 * m.body), y + box.height() - top), item.color().tint(0.45));
            } else if (k == StyledBlock.Kind.CODE) {
                deco = new Band(new Rect(m.numW, y - 0.3 * m.bodyLine, m.textW, box.height() + 0.6 * m.bodyLine), null);
            }
            Positioned p = new Positioned(box, x, y, deco);
            if (k == StyledBlock.Kind.LIST_ITEM && part.marker() != null) {
                TextBox mk = part.marker().layout(size, g.bodyLeading(), 3 * m.body);
                body.add(new Positioned(mk, x - 0.35 * m.body - mk.width(), y, null));
            }
            body.add(p);
            if (deco != null && k != StyledBlock.Kind.CODE) {
                lastQuote = p;
            }
            y += box.height() + (k == StyledBlock.Kind.CODE ? 0.3 * m.bodyLine : 0);
            prev = k;
        }
        return new CellPlan(item, number, lead, body, y);
    }

    private static double gap(StyledBlock.Kind prev, StyledBlock.Kind next, Measures m) {
        if (prev == StyledBlock.Kind.LIST_ITEM && next == StyledBlock.Kind.LIST_ITEM) {
            return 0.15 * m.bodyLine;
        }
        if (next == StyledBlock.Kind.ATTRIBUTION) {
            return 0.1 * m.bodyLine;
        }
        return 0.5 * m.bodyLine;
    }

    // ---- header and footer: fixed by the paper, not by the search ----

    private Block header() {
        Rect area = new Rect(g.margin(), g.margin(), g.gridWidth(), g.headerHeight());
        double t = g.headerHeight() * 0.5;
        for (int i = 0; i < 80; i++, t *= 0.96) {
            List<Placed> texts = new ArrayList<>();
            double y = area.y();
            TextBox title = content.title().layout(t, 1.08, area.w());
            texts.add(new Placed(title, area.x(), y));
            y += title.height();
            if (content.subtitle() != null) {
                y += t * 0.12;
                TextBox sub = content.subtitle().layout(t * 0.5, 1.2, area.w());
                texts.add(new Placed(sub, area.x(), y));
                y += sub.height();
            }
            if (content.byline() != null) {
                y += t * 0.12;
                TextBox by = content.byline().layout(t * 0.4, 1.2, area.w());
                texts.add(new Placed(by, area.x(), y));
                y += by.height();
            }
            boolean fits = texts.stream().allMatch(p -> p.box().fits());
            if (fits && y <= area.bottom() + EPSILON) {
                return new Block(area, texts);
            }
        }
        throw new IllegalStateException("the title block cannot be set in " + g);
    }

    private Block footer() {
        double f = g.footerSize();
        List<Placed> texts = new ArrayList<>();
        double h = 0;
        double citeW = content.source() == null ? g.gridWidth() : g.gridWidth() * 0.6;
        TextBox cite = content.citation() == null ? null : content.citation().layout(f, 1.3, citeW);
        TextBox src = null;
        if (content.source() != null) {
            double srcW = content.citation() == null ? g.gridWidth() : g.gridWidth() - citeW - g.gutter();
            src = content.source().layout(f, 1.3, srcW);
        }
        h = Math.max(cite == null ? 0 : cite.height(), src == null ? 0 : src.height());
        double y = g.height() - g.margin() - h;
        if (cite != null) {
            texts.add(new Placed(cite, g.margin(), y));
        }
        if (src != null) {
            double x = g.margin() + g.gridWidth() - src.maxWidth();
            if (src.lines().size() == 1) {
                // right-aligned: the box narrows to the URL and sits against the right margin
                src = new TextBox(src.lines(), src.size(), src.lineHeight(), src.width());
                x = g.margin() + g.gridWidth() - src.width();
            }
            texts.add(new Placed(src, x, y));
        }
        return new Block(new Rect(g.margin(), y, g.gridWidth(), h), texts);
    }
}
