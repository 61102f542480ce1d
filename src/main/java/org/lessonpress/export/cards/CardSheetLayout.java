package org.lessonpress.export.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.theme.PageSize;
import org.lessonpress.theme.Units;

/**
 * Where every card goes: the pure geometry of a cards PDF, computed without drawing anything.
 *
 * <p>On a sheet, cards sit in a centred grid and everything printed (bleeds and crop marks) stays {@code margin}
 * inside the sheet edge, where a home printer still prints. Across and down, the layout takes as many cards as fit
 * with crop marks of at least {@code markMinLength}, then gives each card as much of its bleed as the room left
 * allows (at most {@code bleed}, the same on both sides of every card, so the cards are alike), then lengthens
 * the marks up to {@code markLength}. Neighbouring bleeds are {@code gutter} apart (0 lets them touch). The sheet
 * is turned to landscape only when that fits more cards. Backs are placed where the duplex flip brings them
 * behind their fronts.
 *
 * <p>Crop marks are the trim lines of every row and column extended into the margin outside the grid, starting
 * {@code markOffset} beyond the outermost bleed, so a guillotine or a trimmer can cut the whole sheet; where the
 * gutter leaves room, short marks also run along the trim lines between neighbouring bleeds. No mark ever touches
 * a card's bleed.
 *
 * <p>With no sheet, every page is one card plus its full bleed (the file print shops want) and there are no marks.
 */
public final class CardSheetLayout {
    private static final double EPSILON = 1e-6;
    /** A mark between neighbours shorter than this is not worth drawing. */
    private static final double SHORTEST_INNER_MARK = Units.mm(1);

    /** One card position on a page. */
    public record Slot(int index, int row, int column, Rect trim, Rect bleed, Rect safe) {
    }

    /** A crop mark: a hairline from (x1, y1) to (x2, y2). */
    public record Mark(double x1, double y1, double x2, double y2) {
        public boolean vertical() {
            return x1 == x2;
        }

        /** The mark as a zero-width rectangle. */
        public Rect bounds() {
            return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
        }
    }

    /**
     * What the layout needs.
     *
     * @param card          the trimmed card size
     * @param sheet         the sheet, or null for one card per page
     * @param bleed         colour beyond the trim on each side: all of it without a sheet, at most this on a sheet
     * @param gutter        space between neighbouring bleeds
     * @param safe          distance inside the trim that text keeps
     * @param margin        least distance from the sheet edge to anything printed (bleed or mark)
     * @param markLength    preferred crop mark length
     * @param markMinLength shortest crop mark worth printing; a sheet holds no more cards than leave room for it
     * @param markOffset    gap between a mark and the bleed it points at
     * @param duplex        how the sheet is turned
     */
    public record Spec(CardSize card, PageSize sheet, double bleed, double gutter, double safe, double margin,
                       double markLength, double markMinLength, double markOffset, Duplex duplex) {
        public Spec {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(duplex, "duplex");
            if (bleed < 0 || gutter < 0 || safe < 0 || margin < 0 || markMinLength <= 0 || markOffset < 0) {
                throw new IllegalArgumentException("bleed, gutter, safe zone and margins cannot be negative");
            }
            if (markLength < markMinLength) {
                throw new IllegalArgumentException("the crop mark length cannot be less than its minimum");
            }
            if (2 * safe >= Math.min(card.width(), card.height())) {
                throw new IllegalArgumentException("the safe zone leaves no room on a " + card.name()
                        + " card; use a larger --card-size or a smaller cards.safe-zone");
            }
        }
    }

    /**
     * How one direction of the page is used: how many cards, the bleed each keeps on both sides, and the length of
     * the marks beyond the grid in this direction (0 without a sheet).
     */
    record Axis(int count, double bleed, double markLength) {
        /** The most cards of length {@code card} that fit {@code sheet} with marks at least {@code markMinLength}. */
        static Axis fit(double sheet, double card, Spec s) {
            double room = sheet - 2 * s.margin();
            for (int n = (int) Math.floor((room + s.gutter()) / (card + s.gutter()) + EPSILON); n >= 1; n--) {
                double fixed = n * card + (n - 1) * s.gutter() + 2 * s.markOffset();
                double spare = room - fixed - 2 * s.markMinLength();
                if (spare < -EPSILON) {
                    continue;
                }
                double bleed = Math.min(s.bleed(), Math.max(0, spare) / (2 * n));
                double mark = Math.min(s.markLength(), (room - fixed - 2 * n * bleed) / 2);
                return new Axis(n, bleed, mark);
            }
            return new Axis(0, 0, 0);
        }

        /** The extent of the grid's bleeds in this direction. */
        double span(double card, double gutter) {
            return count * (card + 2 * bleed) + (count - 1) * gutter;
        }
    }

    private final Spec spec;
    private final double pageWidth;
    private final double pageHeight;
    private final Axis across;
    private final Axis down;
    private final List<Slot> fronts;
    private final List<Slot> backs;
    private final List<Mark> marks;

    private CardSheetLayout(Spec spec, double pageWidth, double pageHeight, Axis across, Axis down) {
        this.spec = spec;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.across = across;
        this.down = down;
        this.fronts = placeFronts();
        this.backs = fronts.stream().map(this::back).toList();
        this.marks = spec.sheet() == null ? List.of() : cropMarks();
    }

    /** Lays out the spec; an impossible combination (a card bigger than the sheet) is an IllegalArgumentException. */
    public static CardSheetLayout of(Spec spec) {
        double w = spec.card().width();
        double h = spec.card().height();
        if (spec.sheet() == null) {
            return new CardSheetLayout(spec, w + 2 * spec.bleed(), h + 2 * spec.bleed(), new Axis(1, spec.bleed(), 0),
                    new Axis(1, spec.bleed(), 0));
        }
        PageSize portrait = spec.sheet().portrait();
        Axis[] up = {Axis.fit(portrait.width(), w, spec), Axis.fit(portrait.height(), h, spec)};
        Axis[] turned = {Axis.fit(portrait.height(), w, spec), Axis.fit(portrait.width(), h, spec)};
        int upCount = up[0].count() * up[1].count();
        int turnedCount = turned[0].count() * turned[1].count();
        if (upCount == 0 && turnedCount == 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a %s card with its crop marks does not fit %.1f mm inside the edges of %s; use a larger --sheet"
                            + " or --sheet none", spec.card().name(), Units.toMm(spec.margin()), spec.sheet().name()));
        }
        if (turnedCount > upCount) {
            return new CardSheetLayout(spec, portrait.height(), portrait.width(), turned[0], turned[1]);
        }
        return new CardSheetLayout(spec, portrait.width(), portrait.height(), up[0], up[1]);
    }

    private List<Slot> placeFronts() {
        double w = spec.card().width();
        double h = spec.card().height();
        double x0 = (pageWidth - across.span(w, spec.gutter())) / 2 + across.bleed();
        double top = pageHeight - (pageHeight - down.span(h, spec.gutter())) / 2 - down.bleed();
        double pitchX = w + 2 * across.bleed() + spec.gutter();
        double pitchY = h + 2 * down.bleed() + spec.gutter();
        List<Slot> out = new ArrayList<>();
        for (int r = 0; r < down.count(); r++) {
            for (int c = 0; c < across.count(); c++) {
                Rect trim = new Rect(x0 + c * pitchX, top - h - r * pitchY, w, h);
                out.add(new Slot(out.size(), r, c, trim, bleedOf(trim), trim.inset(spec.safe())));
            }
        }
        return List.copyOf(out);
    }

    private Rect bleedOf(Rect trim) {
        return new Rect(trim.x() - across.bleed(), trim.y() - down.bleed(), trim.width() + 2 * across.bleed(),
                trim.height() + 2 * down.bleed());
    }

    private Slot back(Slot front) {
        Rect trim = spec.duplex().behind(front.trim(), pageWidth, pageHeight);
        return new Slot(front.index(), front.row(), front.column(), trim, bleedOf(trim), trim.inset(spec.safe()));
    }

    private List<Mark> cropMarks() {
        Rect bleeds = bleedBox();
        double off = spec.markOffset();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Slot s : fronts) {
            addOnce(xs, s.trim().x());
            addOnce(xs, s.trim().right());
            addOnce(ys, s.trim().y());
            addOnce(ys, s.trim().top());
        }
        List<Mark> out = new ArrayList<>();
        // Above and below the grid, the vertical trim lines; left and right of it, the horizontal ones.
        for (double x : xs) {
            out.add(new Mark(x, bleeds.top() + off, x, bleeds.top() + off + down.markLength()));
            out.add(new Mark(x, bleeds.y() - off, x, bleeds.y() - off - down.markLength()));
        }
        for (double y : ys) {
            out.add(new Mark(bleeds.x() - off, y, bleeds.x() - off - across.markLength(), y));
            out.add(new Mark(bleeds.right() + off, y, bleeds.right() + off + across.markLength(), y));
        }
        innerMarks(out);
        return List.copyOf(out);
    }

    /**
     * Marks in the gutters, where there is room between neighbouring bleeds: along each row's trim lines across the
     * gutter between two columns, and along each column's trim lines across the gutter between two rows.
     */
    private void innerMarks(List<Mark> out) {
        double off = spec.markOffset();
        if (spec.gutter() - 2 * off < SHORTEST_INNER_MARK) {
            return;
        }
        for (Slot s : fronts) {
            if (s.column() + 1 < across.count()) {
                double x1 = s.bleed().right() + off;
                double x2 = s.bleed().right() + spec.gutter() - off;
                out.add(new Mark(x1, s.trim().y(), x2, s.trim().y()));
                out.add(new Mark(x1, s.trim().top(), x2, s.trim().top()));
            }
            if (s.row() + 1 < down.count()) {
                double y1 = s.bleed().y() - off;
                double y2 = s.bleed().y() - spec.gutter() + off;
                out.add(new Mark(s.trim().x(), y1, s.trim().x(), y2));
                out.add(new Mark(s.trim().right(), y1, s.trim().right(), y2));
            }
        }
    }

    private static void addOnce(List<Double> values, double v) {
        for (double old : values) {
            if (Math.abs(old - v) < EPSILON) {
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
        return across.count();
    }

    public int rows() {
        return down.count();
    }

    public int perSheet() {
        return columns() * rows();
    }

    /** The bleed each card keeps at its left and right edges (all of {@code bleed} without a sheet). */
    public double bleedAcross() {
        return across.bleed();
    }

    /** The bleed each card keeps at its top and bottom edges. */
    public double bleedDown() {
        return down.bleed();
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
