package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.lessonpress.UsageException;
import org.lessonpress.theme.PageSize;
import org.lessonpress.theme.Units;

/** --creep is bounded by the inner margin; --paper refuses pages too small to set a booklet on. */
class CreepAndPaperTest {
    /** Half the A5 inner margin of the default theme (15 mm). */
    private static final double MAX_A5 = 7.5;

    private static List<TextPosition> glyphs(PDDocument doc, int page) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                out.add(text);
            }
        };
        s.setStartPage(page + 1);
        s.setEndPage(page + 1);
        s.getText(doc);
        return out;
    }

    @Test
    void theLargestAllowedCreepKeepsAllTextOnTheSheetAndClearOfTheFold() throws IOException {
        BookletFixture f = BookletFixture.export("three-ninety", Map.of("--impose", "saddle-stitch",
                "--creep", MAX_A5 + "mm"));
        double innerHalf = Units.mm(MAX_A5);
        try (PDDocument doc = Loader.loadPDF(f.companions.get("imposed.pdf"))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(8);
            int checked = 0;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDRectangle box = doc.getPage(i).getMediaBox();
                float fold = box.getWidth() / 2;
                for (TextPosition t : glyphs(doc, i)) {
                    float x0 = t.getXDirAdj();
                    float x1 = x0 + t.getWidthDirAdj();
                    assertThat(x0).as("sheet side %d '%s'", i + 1, t.getUnicode()).isGreaterThanOrEqualTo(0f);
                    assertThat(x1).as("sheet side %d '%s'", i + 1, t.getUnicode()).isLessThanOrEqualTo(box.getWidth());
                    assertThat(t.getYDirAdj()).isBetween(0f, box.getHeight());
                    // Nothing crosses the fold, and everything keeps at least half the inner margin from it.
                    boolean left = x1 <= fold;
                    double gap = left ? fold - x1 : x0 - fold;
                    assertThat(gap).as("sheet side %d '%s' at %.1f", i + 1, t.getUnicode(), x0)
                            .isGreaterThanOrEqualTo(innerHalf - 0.5);
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(10_000);
        }
    }

    @Test
    void moreCreepThanHalfTheInnerMarginIsRefused() {
        for (String creep : List.of("7.6mm", "500mm")) {
            assertThatThrownBy(() -> BookletFixture.export("one-lesson", Map.of("--impose", "saddle-stitch",
                    "--creep", creep)))
                    .isInstanceOf(UsageException.class)
                    .hasMessageContaining("--creep")
                    .hasMessageContaining("at most 7.5 mm");
        }
    }

    @Test
    void theCreepLimitFollowsThePaper() {
        // On A4 the margins grow with the page: the limit is half of sqrt(2) x 15 mm.
        BookletFixture.export("one-lesson", Map.of("--paper", "A4", "--impose", "saddle-stitch", "--creep", "10mm"));
        assertThatThrownBy(() -> BookletFixture.export("one-lesson", Map.of("--paper", "A4", "--impose",
                "saddle-stitch", "--creep", "11mm"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("at most 10.6 mm");
    }

    @Test
    void negativeCreepIsRefused() {
        assertThatThrownBy(() -> BookletFixture.export("one-lesson", Map.of("--impose", "saddle-stitch",
                "--creep", "-1mm"))).isInstanceOf(UsageException.class).hasMessageContaining("--creep");
    }

    @Test
    void pagesSmallerThanA7AreRefused() {
        for (String paper : List.of("10x10mm", "70x105mm", "74x100mm", "A7x")) {
            assertThatThrownBy(() -> BookletFixture.export("one-lesson", Map.of("--paper", paper)))
                    .as(paper).isInstanceOf(UsageException.class).hasMessageContaining("--paper");
        }
        assertThatThrownBy(() -> BookletFixture.export("one-lesson", Map.of("--paper", "10x10mm")))
                .hasMessageContaining("A7 (74 x 105 mm)");
    }

    @Test
    void a7AndLandscapeA7AreSetAsA7() throws IOException {
        for (String paper : List.of("A7", "105x74mm")) {
            BookletFixture f = BookletFixture.export("forty-three-nested", Map.of("--paper", paper));
            try (PDDocument doc = Loader.loadPDF(f.pdf)) {
                assertThat((double) doc.getPage(0).getMediaBox().getWidth()).isCloseTo(Units.mm(74),
                        org.assertj.core.data.Offset.offset(0.5));
            }
        }
    }

    @Test
    void aMeasureNarrowerThanTwentyCharactersIsRefused() {
        org.lessonpress.theme.FontFace serif = org.lessonpress.theme.FontCatalog.bundled().family("Noto Serif")
                .face(org.lessonpress.theme.FontStyle.REGULAR);
        PageSize a7 = PageSize.parse("A7");
        // 20 characters of 10 pt body text, measured on the alphabet: a measure 10 pt short of it is refused.
        double need = org.lessonpress.typeset.FontMetrics.of(serif).width("abcdefghijklmnopqrstuvwxyz ".repeat(2),
                org.lessonpress.typeset.AdvanceRounding.DOWN_TO_THOUSANDTH) * 10 * 20 / 54;
        Geometry narrow = new Geometry(a7.width(), a7.height(), (a7.width() - need + 10) / 2, 20, (a7.width() - need + 10) / 2, 20);
        Geometry wide = new Geometry(a7.width(), a7.height(), (a7.width() - need - 10) / 2, 20, (a7.width() - need - 10) / 2, 20);
        BookletExporter.checkMeasure(a7, wide, serif, 10);
        assertThatThrownBy(() -> BookletExporter.checkMeasure(a7, narrow, serif, 10))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--paper A7")
                .hasMessageContaining(String.format(Locale.ROOT, "%d characters", BookletExporter.MIN_MEASURE));
    }
}
