package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SaddleStitchImposerTest {

    private static SaddleStitchImposer.Sheet sheet(int i, int fl, int fr, int bl, int br) {
        return new SaddleStitchImposer.Sheet(i, new SaddleStitchImposer.Side(fl, fr), new SaddleStitchImposer.Side(bl, br));
    }

    @Test
    void eightPagesFoldIntoTwoSheets() {
        assertThat(SaddleStitchImposer.sheets(8)).containsExactly(sheet(0, 8, 1, 2, 7), sheet(1, 6, 3, 4, 5));
    }

    @Test
    void twelvePagesFoldIntoThreeSheets() {
        assertThat(SaddleStitchImposer.sheets(12)).containsExactly(
                sheet(0, 12, 1, 2, 11), sheet(1, 10, 3, 4, 9), sheet(2, 8, 5, 6, 7));
    }

    @Test
    void thirteenPagesArePaddedBeforeTheBackPage() {
        int[] padded = SaddleStitchImposer.padded(13);
        assertThat(padded).hasSize(16);
        assertThat(padded[15]).isEqualTo(13);
        assertThat(padded[12]).isZero();
        assertThat(padded[13]).isZero();
        assertThat(padded[14]).isZero();
        List<SaddleStitchImposer.Sheet> sheets = SaddleStitchImposer.sheets(13);
        assertThat(sheets.get(0)).isEqualTo(sheet(0, 13, 1, 2, 0));
        assertThat(sheets.get(1)).isEqualTo(sheet(1, 0, 3, 4, 0));
        assertThat(sheets.get(3)).isEqualTo(sheet(3, 10, 7, 8, 9));
    }

    @Test
    void everyPageAppearsOnceAndFacingPagesSumToTheSameTotal() {
        for (int n = 1; n <= 40; n++) {
            List<SaddleStitchImposer.Sheet> sheets = SaddleStitchImposer.sheets(n);
            int count = (n + 3) / 4 * 4;
            assertThat(sheets).hasSize(count / 4);
            long shown = sheets.stream().flatMap(s -> java.util.stream.Stream.of(s.front().left(), s.front().right(),
                    s.back().left(), s.back().right())).filter(p -> p != 0).count();
            assertThat(shown).as("pages of a %d-page booklet", n).isEqualTo(n);
        }
    }

    @Test
    void creepGrowsFromOutermostToInnermostSheet() {
        assertThat(SaddleStitchImposer.shift(0, 4, 3)).isZero();
        assertThat(SaddleStitchImposer.shift(3, 4, 3)).isEqualTo(3);
        assertThat(SaddleStitchImposer.shift(1, 4, 3)).isEqualTo(1);
        assertThat(SaddleStitchImposer.shift(0, 1, 3)).isZero();
    }
}
