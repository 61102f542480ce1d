package org.lessonpress.export.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.theme.PageSize;
import org.lessonpress.theme.Units;

class CardSheetLayoutTest {
    private static final double TOL = 0.01;
    private static final List<String> SHEETS = List.of("A4", "letter");

    static CardSheetLayout layout(String card, String sheet, Duplex duplex) {
        return layout(CardSize.parse(card), sheet == null ? null : PageSize.parse(sheet), Units.mm(3), 0, duplex);
    }

    /** The default theme's geometry: text 4 mm inside the trim, nothing within 5 mm of the sheet edge. */
    static CardSheetLayout layout(CardSize card, PageSize sheet, double bleed, double gutter, Duplex duplex) {
        return CardSheetLayout.of(new CardSheetLayout.Spec(card, sheet, bleed, gutter, Units.mm(4), MARGIN,
                Units.mm(5), MIN_MARK, Units.mm(1), duplex));
    }

    private static final double MARGIN = Units.mm(5);
    private static final double MIN_MARK = Units.mm(3);

    /** Every named size on every sheet in every duplex mode, plus a few custom sizes and bleeds. */
    static List<CardSheetLayout> all() {
        List<CardSheetLayout> out = new ArrayList<>();
        List<CardSize> sizes = new ArrayList<>(CardSize.named().values());
        sizes.add(CardSize.parse("50x50mm"));
        sizes.add(CardSize.parse("2.5x3.5in"));
        for (CardSize size : sizes) {
            for (String sheet : SHEETS) {
                for (Duplex d : Duplex.values()) {
                    for (double bleed : new double[] {0, Units.mm(3), Units.mm(5)}) {
                        for (double gutter : new double[] {0, Units.mm(4)}) {
                            out.add(layout(size, PageSize.parse(sheet), bleed, gutter, d));
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void pokerOnA4IsThreeByThreePortraitAndCentredWithTheBleedTheMarginsLeave() {
        CardSheetLayout l = layout("poker", "A4", Duplex.LONG_EDGE);
        assertThat(l.columns()).isEqualTo(3);
        assertThat(l.rows()).isEqualTo(3);
        assertThat(l.landscape()).isFalse();
        Rect b = l.bleedBox();
        assertThat(b.x()).isCloseTo(l.pageWidth() - b.right(), org.assertj.core.data.Offset.offset(TOL));
        assertThat(b.y()).isCloseTo(l.pageHeight() - b.top(), org.assertj.core.data.Offset.offset(TOL));
        // 210 mm less two 5 mm printer margins, 189 mm of cards and two 3 mm marks at 1 mm: 3 mm for six bleeds
        assertThat(Units.toMm(l.bleedAcross())).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
        // 297 mm less 10 mm, 264 mm of cards, 8 mm of marks: 15 mm for six bleeds
        assertThat(Units.toMm(l.bleedDown())).isCloseTo(2.5, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(l.trimBox().width()).isCloseTo(Units.mm(3 * 63 + 4 * 0.5), org.assertj.core.data.Offset.offset(TOL));
    }

    @Test
    void theBleedIsNeverMoreThanAskedForAndTheMarksGrowToTheirPreferredLength() {
        CardSheetLayout l = layout("poker", "letter", Duplex.LONG_EDGE);
        assertThat(l.perSheet()).isEqualTo(8);
        assertThat(l.landscape()).isTrue();
        assertThat(Units.toMm(l.bleedDown())).isCloseTo(3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(l.marks().stream().filter(CardSheetLayout.Mark::vertical)
                .mapToDouble(m -> Units.toMm(m.bounds().height())).min().orElseThrow())
                .isCloseTo(5, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void everyNamedSizeFitsSomeCardsOnA4AndLetter() {
        for (String name : CardSize.named().keySet()) {
            for (String sheet : SHEETS) {
                CardSheetLayout l = layout(name, sheet, Duplex.LONG_EDGE);
                System.out.println(name + " on " + sheet + ": " + l.columns() + "x" + l.rows() + (l.landscape() ? " landscape" : ""));
                assertThat(l.perSheet()).as(name + " on " + sheet).isGreaterThanOrEqualTo(1);
            }
        }
        // A6 is 105 x 148 mm: four would fill A4 to its edges; with the printer margins two fit.
        assertThat(layout("a6", "A4", Duplex.LONG_EDGE).perSheet()).isEqualTo(2);
        assertThat(layout("business", "A4", Duplex.LONG_EDGE).perSheet()).isEqualTo(10);
    }

    @Test
    void cardsAndBleedsStayOnTheSheetAndDoNotOverlap() {
        for (CardSheetLayout l : all()) {
            String what = l.spec().toString();
            for (List<CardSheetLayout.Slot> slots : List.of(l.fronts(), l.backs())) {
                for (CardSheetLayout.Slot s : slots) {
                    assertThat(l.mediaBox().contains(s.bleed(), 1e-6)).as(what).isTrue();
                    assertThat(s.bleed().contains(s.trim(), 1e-6)).as(what).isTrue();
                    assertThat(s.trim().contains(s.safe(), 1e-6)).as(what).isTrue();
                    assertThat(s.trim().width()).isCloseTo(l.spec().card().width(), org.assertj.core.data.Offset.offset(1e-6));
                    for (CardSheetLayout.Slot o : slots) {
                        if (o != s) {
                            assertThat(s.bleed().overlaps(o.bleed(), 1e-6)).as(what + " slots " + s.index() + "/" + o.index()).isFalse();
                        }
                    }
                }
            }
            assertThat(l.bleedBox().contains(l.trimBox(), 1e-6)).isTrue();
            assertThat(l.mediaBox().inset(MARGIN).contains(l.bleedBox(), 1e-6)).as(what + ": bleed inside the printer margin").isTrue();
            assertThat(l.bleedAcross()).isLessThanOrEqualTo(l.spec().bleed() + 1e-9);
            assertThat(l.bleedDown()).isLessThanOrEqualTo(l.spec().bleed() + 1e-9);
        }
    }

    @Test
    void eachBackLandsBehindItsFrontAfterTheFlip() {
        for (CardSheetLayout l : all()) {
            for (int k = 0; k < l.perSheet(); k++) {
                Rect back = l.backs().get(k).trim();
                Rect flipped = flip(back, l.spec().duplex(), l.pageWidth(), l.pageHeight());
                assertThat(flipped.distance(l.fronts().get(k).trim())).as(l.spec() + " card " + k).isLessThan(TOL);
                assertThat(flip(l.backs().get(k).bleed(), l.spec().duplex(), l.pageWidth(), l.pageHeight())
                        .distance(l.fronts().get(k).bleed())).isLessThan(TOL);
            }
        }
    }

    @Test
    void longEdgeMirrorsColumnsAndShortEdgeMirrorsRowsOnAPortraitSheet() {
        CardSheetLayout longEdge = layout("poker", "A4", Duplex.LONG_EDGE);
        CardSheetLayout shortEdge = layout("poker", "A4", Duplex.SHORT_EDGE);
        // Card 0 (top left) has its back in the top right for long-edge, bottom left for short-edge.
        assertThat(longEdge.backs().get(0).trim().distance(longEdge.fronts().get(2).trim())).isLessThan(TOL);
        assertThat(shortEdge.backs().get(0).trim().distance(shortEdge.fronts().get(6).trim())).isLessThan(TOL);
        CardSheetLayout none = layout("poker", "A4", Duplex.NONE);
        assertThat(none.backs().get(0).trim()).isEqualTo(none.fronts().get(0).trim());
    }

    /** The flip as the printer does it, written independently of {@link Duplex#behind}. */
    private static Rect flip(Rect r, Duplex d, double w, double h) {
        boolean portrait = w <= h;
        if (d == Duplex.NONE) {
            return r;
        }
        boolean aboutVertical = (d == Duplex.LONG_EDGE) == portrait;
        return aboutVertical ? new Rect(w - r.x() - r.width(), r.y(), r.width(), r.height())
                : new Rect(r.x(), h - r.y() - r.height(), r.width(), r.height());
    }

    @Test
    void cropMarksStayInsideThePrinterMarginAndNeverTouchABleed() {
        for (CardSheetLayout l : all()) {
            String what = l.spec().toString();
            assertThat(l.marks()).as(what).isNotEmpty();
            for (CardSheetLayout.Mark m : l.marks()) {
                assertThat(m.x1() == m.x2() || m.y1() == m.y2()).isTrue();
                assertThat(l.mediaBox().inset(MARGIN).contains(m.bounds(), 1e-6)).as(what + " mark " + m).isTrue();
                for (List<CardSheetLayout.Slot> slots : List.of(l.fronts(), l.backs())) {
                    for (CardSheetLayout.Slot s : slots) {
                        assertThat(touches(m, s.bleed())).as(what + " mark " + m + " on the bleed of " + s.index()).isFalse();
                    }
                }
            }
            double shortest = l.marks().stream().mapToDouble(m -> Math.max(m.bounds().width(), m.bounds().height())).min().orElseThrow();
            assertThat(shortest).as(what).isGreaterThanOrEqualTo(Math.min(MIN_MARK, Units.mm(1)) - 1e-6);
        }
    }

    @Test
    void aGutterGetsMarksBetweenTheCards() {
        CardSheetLayout l = layout(CardSize.parse("poker"), PageSize.parse("A3"), Units.mm(3), Units.mm(4), Duplex.LONG_EDGE);
        Rect bleeds = l.bleedBox();
        List<CardSheetLayout.Mark> inner = l.marks().stream().filter(m -> bleeds.contains(m.bounds(), 1e-6)).toList();
        assertThat(inner).isNotEmpty();
        assertThat(inner).allMatch(m -> Math.max(m.bounds().width(), m.bounds().height()) >= Units.mm(2) - 1e-6);
    }

    /** True when the mark meets the rectangle, edges and corners included. */
    private static boolean touches(CardSheetLayout.Mark m, Rect r) {
        Rect b = m.bounds();
        double e = 1e-6;
        return b.x() <= r.right() + e && b.right() >= r.x() - e && b.y() <= r.top() + e && b.top() >= r.y() - e;
    }

    @Test
    void withDefaultsBothCutDirectionsHaveMarksOnEveryNamedSize() {
        for (String name : CardSize.named().keySet()) {
            for (String sheet : SHEETS) {
                CardSheetLayout l = layout(name, sheet, Duplex.LONG_EDGE);
                for (CardSheetLayout.Slot s : l.fronts()) {
                    for (double x : new double[] {s.trim().x(), s.trim().right()}) {
                        assertThat(l.marks().stream().anyMatch(m -> m.vertical() && Math.abs(m.x1() - x) < 1e-6))
                                .as(name + " on " + sheet + " vertical cut at " + x).isTrue();
                    }
                    for (double y : new double[] {s.trim().y(), s.trim().top()}) {
                        assertThat(l.marks().stream().anyMatch(m -> !m.vertical() && Math.abs(m.y1() - y) < 1e-6))
                                .as(name + " on " + sheet + " horizontal cut at " + y).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void pokerOnA4HasEveryCutMarkedWhereADesktopPrinterPrints() {
        CardSheetLayout l = layout("poker", "A4", Duplex.LONG_EDGE);
        Rect printable = l.mediaBox().inset(Units.mm(5));
        for (CardSheetLayout.Slot s : l.fronts()) {
            for (double y : new double[] {s.trim().y(), s.trim().top()}) {
                assertThat(l.marks()).anyMatch(m -> !m.vertical() && Math.abs(m.y1() - y) < 1e-6
                        && printable.contains(new Rect(Math.min(m.x1(), m.x2()), y, Math.abs(m.x2() - m.x1()), 0), 1e-6));
            }
            for (double x : new double[] {s.trim().x(), s.trim().right()}) {
                assertThat(l.marks()).anyMatch(m -> m.vertical() && Math.abs(m.x1() - x) < 1e-6
                        && printable.contains(new Rect(x, Math.min(m.y1(), m.y2()), 0, Math.abs(m.y2() - m.y1())), 1e-6));
            }
        }
    }

    @Test
    void pageBoxesWithoutASheetAreOneCardPlusBleed() {
        CardSheetLayout l = layout("poker", null, Duplex.LONG_EDGE);
        assertThat(l.pageWidth()).isCloseTo(Units.mm(69), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(l.pageHeight()).isCloseTo(Units.mm(94), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(l.trimBox().distance(new Rect(Units.mm(3), Units.mm(3), Units.mm(63), Units.mm(88)))).isLessThan(1e-6);
        assertThat(l.bleedBox().distance(l.mediaBox())).isLessThan(1e-6);
        assertThat(l.marks()).isEmpty();
        assertThat(l.pages(3)).hasSize(6);
    }

    @Test
    void pagesAlternateFrontsAndBacksOrGroupThemWithoutDuplex() {
        List<CardSheetLayout.Page> pages = layout("poker", "A4", Duplex.LONG_EDGE).pages(39);
        assertThat(pages).hasSize(10);
        assertThat(pages.get(0).back()).isFalse();
        assertThat(pages.get(1).back()).isTrue();
        assertThat(pages.get(9).count()).isEqualTo(3);
        List<CardSheetLayout.Page> none = layout("poker", "A4", Duplex.NONE).pages(39);
        assertThat(none.subList(0, 5)).allMatch(p -> !p.back());
        assertThat(none.subList(5, 10)).allMatch(CardSheetLayout.Page::back);
    }

    @Test
    void cardSizesParse() {
        Map<String, CardSize> named = CardSize.named();
        assertThat(named).containsKeys("poker", "bridge", "tarot", "index-3x5", "a6", "a7", "business");
        assertThat(CardSize.parse("Poker").width()).isCloseTo(Units.mm(63), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(CardSize.parse("3x5in").height()).isCloseTo(360, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(CardSize.parse("70x120mm").height()).isCloseTo(Units.mm(120), org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> CardSize.parse("huge")).hasMessageContaining("poker|bridge");
        assertThatThrownBy(() -> layout(CardSize.parse("300x400mm"), PageSize.parse("A4"), 0, 0, Duplex.NONE))
                .hasMessageContaining("--sheet none");
    }
}
