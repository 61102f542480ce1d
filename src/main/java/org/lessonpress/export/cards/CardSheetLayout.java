package org.lessonpress.export.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.theme.PageSize;

/**
 * Where every card goes: the pure geometry of a cards PDF, computed without drawing anything.
 *
 * <p>On a sheet, cards sit in a centred grid; each card has its own bleed and neighbouring bleeds are
 * {@code gutter} apart (0 lets them touch, never overlap). The sheet is turned to landscape only when that fits
 * more cards. Backs are placed where the duplex flip brings them behind their fronts.
 *
 * <p>Crop marks are the trim lines of every row and column extended into the sheet margin, so a guillotine can
 * cut the whole sheet. A mark starts {@code markOffset} beyond the outermost bleed when the margin has room for
 * it; on a side whose margin is too narrow it starts {@code markOffset} outside the outermost trim instead, over
 * the bleed of the cards that line cuts (which the cut removes), and runs to the sheet edge. Where neighbouring
 * trims are far enough apart, short marks also run between the cards along every trim line (so the cuts stay
 * marked where a desktop printer cannot reach the sheet edge). A mark never touches a trimmed card nor the bleed
 * of a card its line does not cut, so the gutter never needs to grow.
 *
 * <p>With no sheet, every page is one card plus its bleed (the file print shops want) and there are no marks.
 */
public final class CardSheetLayout {

    /** One card position on a page. */
    public record Slot(int index, int row, int column, Rect trim, Rect bleed, Rect safe) {
    }

    /** A crop mark: a hairline from (x1, y1) to (x2, y2). */
    public record Mark(double x1, double y1, double x2, double y2) {
        public boolean vertical() {
            return x1 == x2;
        }
    }

    /**
     * What the layout needs.
     *
     * @param card       the trimmed card size
     * @param sheet      the sheet, or null for one card per page
     * @param bleed      colour beyond the trim on each side
     * @param gutter     space between neighbouring bleeds
     * @param safe       distance inside the trim that text keeps
     * @param margin     least distance from the sheet edge to any bleed
     * @param markLength preferred crop mark length
     * @param markOffset gap between a mark and the bleed (or trim) it points at
     * @param duplex     how the sheet is turned
     */
    public record Spec(CardSize card, PageSize sheet, double bleed, double gutter, double safe, double margin,
                       double markLength, double markOffset, Duplex duplex) {
        public Spec {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(duplex, "duplex");
            if (bleed < 0 || gutter < 0 || safe < 0 || margin < 0 || markLength <= 0 || markOffset < 0) {
                throw new IllegalArgumentException("bleed, gutter, safe zone and margins cannot be negative");
            }
            if (2 * safe >= Math.min(card.width(), card.height())) {
                throw new IllegalArgumentException("the safe zone leaves no room on a " + card.name()
                        + " card; use a larger --card-size or a smaller cards.safe-zone");
            }
        }
    }

    private final Spec spec;
    private final double pageWidth;
    private final double pageHeight;
    private final int columns;
    private final int rows;
    private final List<Slot> fronts;
    private final List<Slot> backs;
    private final List<Mark> marks;

    private CardSheetLayout(Spec spec, double pageWidth, double pageHeight, int columns, int rows) {
        this.spec = spec;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.columns = columns;
        this.rows = rows;
        this.fronts = placeFronts();
        this.backs = fronts.stream().map(this::back).toList();
        this.marks = spec.sheet() == null ? List.of() : cropMarks();
    }

    /** Lays out the spec; an impossible combination (a card bigger than the sheet) is an IllegalArgumentException. */
    public static CardSheetLayout of(Spec spec) {
        double pw = spec.card().width() + 2 * spec.bleed();
        double ph = spec.card().height() + 2 * spec.bleed();
        if (spec.sheet() == null) {
            return new CardSheetLayout(spec, pw, ph, 1, 1);
        }
        PageSize portrait = spec.sheet().portrait();
        int[] up = fit(spec, portrait.width(), portrait.height());
        int[] across = fit(spec, portrait.height(), portrait.width());
        if (up[0] * up[1] == 0 && across[0] * across[1] == 0) {
            throw new IllegalArgumentException("a " + spec.card().name() + " card with its bleed does not fit on "
                    + spec.sheet().name() + "; use a larger --sheet or --sheet none");
        }
        if (across[0] * across[1] > up[0] * up[1]) {
            return new CardSheetLayout(spec, portrait.height(), portrait.width(), across[0], across[1]);
        }
        return new CardSheetLayout(spec, portrait.width(), portrait.height(), up[0], up[1]);
    }

    private static int[] fit(Spec s, double w, double h) {
        double pitchX = s.card().width() + 2 * s.bleed() + s.gutter();
        double pitchY = s.card().height() + 2 * s.bleed() + s.gutter();
        int cols = (int) Math.floor((w - 2 * s.margin() + s.gutter() + 1e-6) / pitchX);
        int rowsFit = (int) Math.floor((h - 2 * s.margin() + s.gutter() + 1e-6) / pitchY);
        return new int[] {Math.max(cols, 0), Math.max(rowsFit, 0)};
    }

    private List<Slot> placeFronts() {
        double bw = spec.card().width() + 2 * spec.bleed();
        double bh = spec.card().height() + 2 * spec.bleed();
        double gridW = columns * bw + (columns - 1) * spec.gutter();
        double gridH = rows * bh + (rows - 1) * spec.gutter();
        double x0 = (pageWidth - gridW) / 2;
        double top = pageHeight - (pageHeight - gridH) / 2;
        List<Slot> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Rect bleedRect = new Rect(x0 + c * (bw + spec.gutter()), top - (r + 1) * bh - r * spec.gutter(), bw, bh);
                Rect trim = bleedRect.inset(spec.bleed());
                out.add(new Slot(out.size(), r, c, trim, bleedRect, trim.inset(spec.safe())));
            }
        }
        return List.copyOf(out);
    }

    private Slot back(Slot front) {
        Rect trim = spec.duplex().behind(front.trim(), pageWidth, pageHeight);
        return new Slot(front.index(), front.row(), front.column(), trim, trim.outset(spec.bleed()), trim.inset(spec.safe()));
    }

    private List<Mark> cropMarks() {
        Rect grid = trimBox();
        Rect bleeds = bleedBox();
        double off = spec.markOffset();
        double minimum = spec.markLength() / 2;
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Slot s : fronts) {
            addOnce(xs, s.trim().x());
            addOnce(xs, s.trim().right());
            addOnce(ys, s.trim().y());
            addOnce(ys, s.trim().top());
        }
        List<Mark> out = new ArrayList<>();
        // Above and below the grid, the vertical trim lines.
        double[] top = span(bleeds.top() + off, grid.top() + off, pageHeight, minimum);
        double[] bottom = span(pageHeight - bleeds.y() + off, pageHeight - grid.y() + off, pageHeight, minimum);
        for (double x : xs) {
            if (top != null) {
                out.add(new Mark(x, top[0], x, top[1]));
            }
            if (bottom != null) {
                out.add(new Mark(x, pageHeight - bottom[0], x, pageHeight - bottom[1]));
            }
        }
        double[] right = span(bleeds.right() + off, grid.right() + off, pageWidth, minimum);
        double[] left = span(pageWidth - bleeds.x() + off, pageWidth - grid.x() + off, pageWidth, minimum);
        for (double y : ys) {
            if (left != null) {
                out.add(new Mark(pageWidth - left[0], y, pageWidth - left[1], y));
            }
            if (right != null) {
                out.add(new Mark(right[0], y, right[1], y));
            }
        }
        innerMarks(out);
        return List.copyOf(out);
    }

    /**
     * Marks between neighbouring cards, where desktop printers reach even when the sheet margin is too narrow:
     * along each row's trim lines across the space between two columns, and along each column's trim lines
     * across the space between two rows. Such a mark only crosses the bleed of the two cards that line cuts.
     */
    private void innerMarks(List<Mark> out) {
        double off = spec.markOffset();
        double between = 2 * spec.bleed() + spec.gutter();
        if (between - 2 * off < 1) {
            return;
        }
        for (Slot s : fronts) {
            if (s.column() + 1 < columns) {
                double x1 = s.trim().right() + off;
                double x2 = s.trim().right() + between - off;
                out.add(new Mark(x1, s.trim().y(), x2, s.trim().y()));
                out.add(new Mark(x1, s.trim().top(), x2, s.trim().top()));
            }
            if (s.row() + 1 < rows) {
                double y1 = s.trim().y() - off;
                double y2 = s.trim().y() - between + off;
                out.add(new Mark(s.trim().x(), y1, s.trim().x(), y2));
                out.add(new Mark(s.trim().right(), y1, s.trim().right(), y2));
            }
        }
    }

    /** Start and end (measured outward, as coordinates on that axis) of the marks on one side; null when none fit. */
    private double[] span(double outsideBleed, double outsideTrim, double edge, double minimum) {
        double start = edge - outsideBleed >= minimum ? outsideBleed : outsideTrim;
        double end = Math.min(start + spec.markLength(), edge);
        return end - start >= 1 ? new double[] {start, end} : null;
    }

    private static void addOnce(List<Double> values, double v) {
        for (double old : values) {
            if (Math.abs(old - v) < 1e-6) {
                return;
            }
        }
        values.add(v);
    }

    public Spec spec() {
        return spec;
    }

    public double pageWidth() {
        return pageWidth;
    }

    public double pageHeight() {
        return pageHeight;
    }

    public Rect mediaBox() {
        return new Rect(0, 0, pageWidth, pageHeight);
    }

    /** The trim of the whole grid (one card's trim on a card-per-page layout). */
    public Rect trimBox() {
        return fronts.stream().map(Slot::trim).reduce(Rect::union).orElseThrow();
    }

    /** The bleeds of the whole grid. */
    public Rect bleedBox() {
        return fronts.stream().map(Slot::bleed).reduce(Rect::union).orElseThrow();
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public int perSheet() {
        return columns * rows;
    }

    public boolean landscape() {
        return pageWidth > pageHeight;
    }

    /** Card positions on a front page, row by row from the top left. */
    public List<Slot> fronts() {
        return fronts;
    }

    /** Card positions on a back page: {@code backs().get(i)} is the back of {@code fronts().get(i)}. */
    public List<Slot> backs() {
        return backs;
    }

    /** Crop marks (the same set on fronts and backs, since the grid is centred); empty without a sheet. */
    public List<Mark> marks() {
        return marks;
    }

    /** The pages for {@code cardCount} cards, in file order. */
    public List<Page> pages(int cardCount) {
        int per = perSheet();
        int sheets = Math.max(1, (cardCount + per - 1) / per);
        List<Page> fronts = new ArrayList<>();
        List<Page> backs = new ArrayList<>();
        for (int s = 0; s < sheets; s++) {
            int first = s * per;
            int count = Math.min(per, cardCount - first);
            fronts.add(new Page(false, s, first, count));
            backs.add(new Page(true, s, first, count));
        }
        List<Page> out = new ArrayList<>();
        if (spec.duplex() == Duplex.NONE) {
            out.addAll(fronts);
            out.addAll(backs);
        } else {
            for (int s = 0; s < sheets; s++) {
                out.add(fronts.get(s));
                out.add(backs.get(s));
            }
        }
        return List.copyOf(out);
    }

    /**
     * One page of the file.
     *
     * @param back  true for a page of backs
     * @param sheet the sheet (or card, without a sheet) it belongs to, from 0
     * @param first the first card on it
     * @param count how many cards it holds
     */
    public record Page(boolean back, int sheet, int first, int count) {
    }
}
