package org.lessonpress.export.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.theme.PageSize;
import org.lessonpress.theme.Units;

class TilePlanTest {
    private static final double MARGIN = Units.mm(10);
    private static final double OVERLAP = Units.mm(10);

    private static TilePlan plan(PageSize poster, PageSize sheet) {
        return TilePlan.of(poster.width(), poster.height(), sheet.width(), sheet.height(), MARGIN, OVERLAP);
    }

    /** The part of sheet (r, c) that carries poster, as a share of the whole sheet. */
    private static double cover(TilePlan p, int r, int c, double posterW, double posterH) {
        Rect w = p.window(r, c);
        double x = Math.max(0, Math.min(w.right(), posterW) - Math.max(w.x(), 0));
        double y = Math.max(0, Math.min(w.bottom(), posterH) - Math.max(w.y(), 0));
        return x * y / (p.sheetW() * p.sheetH());
    }

    @Test
    void a0OnA4IsTwentyFiveSheetsCentredOnThePoster() {
        PageSize a0 = PageSize.parse("A0");
        TilePlan p = plan(a0, PageSize.parse("A4"));
        // printable window 190 x 277 mm; steps of 180 x 267 mm: 841 mm needs 5 across, 1189 mm needs 5 down
        assertThat(p.columns()).isEqualTo(5);
        assertThat(p.rows()).isEqualTo(5);
        Rect first = p.window(0, 0);
        Rect last = p.window(p.rows() - 1, p.columns() - 1);
        assertThat(Units.toMm(first.width())).isCloseTo(190, offset(1e-6));
        assertThat(-first.x()).as("centred across").isCloseTo(last.right() - a0.width(), offset(1e-6));
        assertThat(-first.y()).as("centred down").isCloseTo(last.bottom() - a0.height(), offset(1e-6));
        assertThat(first.x()).isLessThan(0);
        assertThat(p.overlapX()).isGreaterThanOrEqualTo(OVERLAP - 1e-9);
        assertThat(p.overlapY()).isGreaterThanOrEqualTo(OVERLAP - 1e-9);
        assertThat(Units.toMm(p.window(0, 0).right() - p.window(0, 1).x())).isCloseTo(Units.toMm(p.overlapX()), offset(1e-6));
    }

    @Test
    void noSheetIsMoreThanHalfBlankUnlessThePosterIsSmallerThanASheet() {
        List<String> posters = List.of("A0", "A1", "A2", "A3", "tabloid", "18x24in", "24x36in", "36x48in", "1189x1682mm",
                "300x2000mm", "500x180mm");
        for (String name : posters) {
            for (String sheetName : List.of("A4", "letter")) {
                for (boolean landscape : new boolean[] {false, true}) {
                    PageSize poster = landscape ? PageSize.parse(name).landscape() : PageSize.parse(name).portrait();
                    TilePlan p = plan(poster, PageSize.parse(sheetName));
                    double least = 1;
                    for (int r = 0; r < p.rows(); r++) {
                        for (int c = 0; c < p.columns(); c++) {
                            least = Math.min(least, cover(p, r, c, poster.width(), poster.height()));
                        }
                    }
                    boolean narrow = poster.width() < p.printW() || poster.height() < p.printH();
                    String what = name + (landscape ? " landscape" : "") + " on " + sheetName + ": " + p;
                    if (!narrow) {
                        assertThat(least).as(what).isGreaterThanOrEqualTo(0.5);
                    }
                    // the windows still cover the whole poster
                    assertThat(p.window(0, 0).x()).as(what).isLessThanOrEqualTo(1e-6);
                    assertThat(p.window(p.rows() - 1, p.columns() - 1).right()).as(what).isGreaterThanOrEqualTo(poster.width() - 1e-6);
                    assertThat(p.window(p.rows() - 1, p.columns() - 1).bottom()).as(what).isGreaterThanOrEqualTo(poster.height() - 1e-6);
                }
            }
        }
    }

    @Test
    void a1OnA4TurnsTheSheetsAndOverlapsMoreAcrossSoTheCornersHoldHalfASheet() {
        PageSize a1 = PageSize.parse("A1");
        TilePlan p = plan(a1, PageSize.parse("A4"));
        assertThat(p.sheetW()).isGreaterThan(p.sheetH());
        assertThat(p.columns()).isEqualTo(3);
        assertThat(p.rows()).isEqualTo(5);
        assertThat(Units.toMm(p.overlapY())).isCloseTo(10, offset(1e-6));
        assertThat(Units.toMm(p.overlapX())).isGreaterThan(10);
        assertThat(cover(p, 0, 0, a1.width(), a1.height())).isCloseTo(TilePlan.LEAST_COVER, offset(0.001));
    }

    @Test
    void letterSheetsFor24x36in() {
        PageSize letter = PageSize.parse("letter");
        TilePlan p = TilePlan.of(Units.inches(24), Units.inches(36), letter.width(), letter.height(), MARGIN, OVERLAP);
        // portrait would need 4 x 4 = 16 sheets; landscape windows (about 10.2 x 7.7 in) need 3 across and 5 down
        assertThat(p.sheetW()).isCloseTo(letter.height(), offset(1e-9));
        assertThat(p.columns()).isEqualTo(3);
        assertThat(p.rows()).isEqualTo(5);
        assertThat(TilePlan.fixed(Units.inches(24), Units.inches(36), letter.width(), letter.height(), MARGIN, OVERLAP).count()).isEqualTo(16);
    }

    @Test
    void turnsSheetsWhenThatSavesPaper() {
        PageSize a4 = PageSize.parse("A4");
        TilePlan p = TilePlan.of(Units.mm(500), Units.mm(180), a4.width(), a4.height(), MARGIN, OVERLAP);
        assertThat(p.sheetW()).isGreaterThan(p.sheetH());
        assertThat(p.count()).isEqualTo(2);
    }

    @Test
    void aPosterSmallerThanASheetIsOneSheetWithThePosterInTheMiddle() {
        PageSize a4 = PageSize.parse("A4");
        TilePlan p = TilePlan.of(Units.mm(100), Units.mm(100), a4.width(), a4.height(), MARGIN, OVERLAP);
        assertThat(p.count()).isEqualTo(1);
        Rect w = p.window(0, 0);
        assertThat(-w.x()).isCloseTo(w.right() - Units.mm(100), offset(1e-6));
        assertThat(-w.y()).isCloseTo(w.bottom() - Units.mm(100), offset(1e-6));
    }
}
