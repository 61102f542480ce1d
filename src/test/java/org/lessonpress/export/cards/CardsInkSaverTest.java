package org.lessonpress.export.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.ExportContext;
import org.lessonpress.testing.Corpus;
import org.lessonpress.testing.PageInk;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.Units;

/** cards.band-style: the ink-saver theme draws section colour as rules, with no solid areas and readable text. */
class CardsInkSaverTest {

    private static PDDocument write(String stem, String theme) throws IOException {
        ExportContext ctx = PageInk.context("cards", Corpus.path(stem), Map.of(), theme);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CardsExporter().write(Corpus.load(Corpus.path(stem)), ctx, out);
        return Loader.loadPDF(out.toByteArray());
    }

    /** CIE lightness L* (0 black to 100 white) of a colour's WCAG luminance. */
    private static double lightness(Rgb c) {
        double y = c.luminance();
        return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
    }

    @Test
    void inkSaverSectionGreysDifferInLightnessAndReadOnThePaper() {
        Rgb paper = Corpus.theme("ink-saver").get(CoreKeys.COLOR_PAPER);
        List<Rgb> greys = Corpus.theme("ink-saver").get(CoreKeys.COLOR_SECTIONS);
        for (int i = 0; i < greys.size(); i++) {
            assertThat(greys.get(i).contrast(paper)).as(greys.get(i).hex()).isGreaterThanOrEqualTo(4.5);
            for (int j = i + 1; j < greys.size(); j++) {
                double apart = Math.abs(lightness(greys.get(i)) - lightness(greys.get(j)));
                assertThat(apart).as(greys.get(i).hex() + " vs " + greys.get(j).hex()).isGreaterThanOrEqualTo(j == i + 1 ? 10 : 5);
            }
        }
    }

    @Test
    void inkSaverPagesHaveNoLargeFilledArea() throws IOException {
        for (String stem : List.of("sample", "forty-three-nested")) {
            try (PDDocument pdf = write(stem, "ink-saver")) {
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    for (PageInk.Fill f : PageInk.of(pdf.getPage(i)).inkedFills()) {
                        assertThat(f.thickness()).as(stem + " page " + (i + 1) + ": " + f).isLessThan(Units.mm(0.5));
                    }
                }
            }
        }
    }

    @Test
    void theDefaultThemeStillHasTheSolidBandSoTheCheckAboveCanSeeOne() throws IOException {
        try (PDDocument pdf = write("sample", "default")) {
            double thickest = PageInk.of(pdf.getPage(0)).inkedFills().stream().mapToDouble(PageInk.Fill::thickness).max().orElse(0);
            assertThat(thickest).isGreaterThan(Units.mm(10));
        }
    }

    @Test
    void inkSaverFrontsHaveASectionRuleAndEveryGlyphReadsOnThePaper() throws IOException {
        Rgb paper = Corpus.theme("ink-saver").get(CoreKeys.COLOR_PAPER);
        try (PDDocument pdf = write("sample", "ink-saver")) {
            CardSheetLayout layout = CardsExporter.layout(PageInk.context("cards", Corpus.SAMPLE, Map.of(), "ink-saver"));
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDPage page = pdf.getPage(i);
                PageInk ink = PageInk.of(page);
                assertThat(ink.glyphColors()).as("page " + (i + 1)).isNotEmpty();
                for (Rgb c : ink.glyphColors()) {
                    assertThat(c.contrast(paper)).as("page " + (i + 1) + ": text in " + c.hex()).isGreaterThanOrEqualTo(4.5);
                }
            }
            // The first front: a hairline across the safe width under the section name, no thicker than the theme says.
            CardSheetLayout.Slot first = layout.fronts().get(0);
            List<PdfReading.Segment> rules = PdfReading.strokes(pdf.getPage(0)).stream()
                    .filter(s -> s.y1() == s.y2() && s.x1() >= first.trim().x() && s.x2() <= first.trim().right()
                            && s.y1() > first.trim().top() - Units.mm(15) && s.y1() < first.trim().top())
                    .toList();
            assertThat(rules).hasSize(1);
            assertThat(rules.get(0).width()).isLessThan(1.0);
            assertThat(PdfReading.textIn(pdf.getPage(0), new org.lessonpress.export.pdfbox.Rect(first.trim().x(),
                    rules.get(0).y1(), first.trim().width(), first.trim().top() - rules.get(0).y1())))
                    .isEqualTo("Building effective machine learning systems");
        }
    }
}
