package org.lessonpress.export.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.theme.PageSize;
import org.lessonpress.theme.Units;

class TilePlanTest {
    @Test
    void a0OnA4WithTenMillimetreOverlap() {
        PageSize a0 = PageSize.parse("A0");
        PageSize a4 = PageSize.parse("A4");
        TilePlan p = TilePlan.of(a0.width(), a0.height(), a4.width(), a4.height(), Units.mm(10), Units.mm(10));
        // printable window 190 x 277 mm; steps of 180 x 267 mm: 841 mm needs 5 across, 1189 mm needs 5 down
        assertThat(p.sheetW()).isCloseTo(a4.width(), offset(1e-9));
        assertThat(p.columns()).isEqualTo(5);
        assertThat(p.rows()).isEqualTo(5);
        assertThat(p.count()).isEqualTo(25);
        Rect first = p.window(0, 0);
        Rect right = p.window(0, 1);
        Rect below = p.window(1, 0);
        assertThat(Units.toMm(first.width())).isCloseTo(190, offset(1e-6));
        assertThat(Units.toMm(first.right() - right.x())).isCloseTo(10, offset(1e-6));
        assertThat(Units.toMm(first.bottom() - below.y())).isCloseTo(10, offset(1e-6));
        Rect last = p.window(p.rows() - 1, p.columns() - 1);
        assertThat(last.right()).isGreaterThanOrEqualTo(a0.width());
        assertThat(last.bottom()).isGreaterThanOrEqualTo(a0.height());
        // one fewer sheet would not cover the poster
        assertThat(p.window(0, p.columns() - 2).right()).isLessThan(a0.width());
        assertThat(p.window(p.rows() - 2, 0).bottom()).isLessThan(a0.height());
    }

    @Test
    void letterSheetsFor24x36in() {
        PageSize letter = PageSize.parse("letter");
        TilePlan p = TilePlan.of(Units.inches(24), Units.inches(36), letter.width(), letter.height(), Units.mm(10), Units.mm(10));
        // portrait would need 4 x 4 = 16 sheets; landscape windows (about 10.2 x 7.7 in) need 3 across and 5 down
        assertThat(p.sheetW()).isCloseTo(letter.height(), offset(1e-9));
        assertThat(p.columns()).isEqualTo(3);
        assertThat(p.rows()).isEqualTo(5);
        assertThat(TilePlan.fixed(Units.inches(24), Units.inches(36), letter.width(), letter.height(), Units.mm(10), Units.mm(10)).count()).isEqualTo(16);
    }

    @Test
    void turnsSheetsWhenThatSavesPaper() {
        PageSize a4 = PageSize.parse("A4");
        TilePlan p = TilePlan.of(Units.mm(500), Units.mm(180), a4.width(), a4.height(), Units.mm(10), Units.mm(10));
        assertThat(p.sheetW()).isGreaterThan(p.sheetH());
        assertThat(p.count()).isEqualTo(2);
    }

    @Test
    void aPosterSmallerThanASheetIsOneSheet() {
        PageSize a4 = PageSize.parse("A4");
        assertThat(TilePlan.of(Units.mm(100), Units.mm(100), a4.width(), a4.height(), Units.mm(10), Units.mm(10)).count()).isEqualTo(1);
    }
}
