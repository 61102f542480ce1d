package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.testing.Corpus;

/**
 * Pages are filled, read back from the PDF: no page but the last is less than 40 % full (the text's extent down the
 * text block, running head and folio aside; the cover, a designed page, aside), the sample keeps to its 15 pages,
 * and the body stays on the leading's grid, so facing pages back up.
 */
class PageBalanceTest {

    /** How far down its text block each page's text reaches, as a part of the block's height. */
    static List<Double> fills(byte[] pdf, Geometry g) throws IOException {
        List<Double> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                double[] lowest = {0};
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        double baseline = t.getYDirAdj();
                        if (baseline > g.top() && baseline < g.height() - g.bottom() + t.getFontSizeInPt()) {
                            lowest[0] = Math.max(lowest[0], baseline);
                        }
                    }
                };
                s.setStartPage(page);
                s.setEndPage(page);
                s.getText(doc);
                out.add((lowest[0] - g.top()) / g.bodyHeight());
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "forty-three-nested", "multilingual", "nineteen-plain", "three-ninety"})
    void noPageButTheLastIsLessThanTwoFifthsFull(String stem) throws IOException {
        BookletFixture f = BookletFixture.export(stem, Map.of());
        Geometry g = BookletExporter.geometry(BookletExporter.paper(f.context), f.context);
        List<Double> fills = fills(f.pdf, g);
        for (int p = 1; p < fills.size() - 1; p++) {
            assertThat(fills.get(p)).as("%s page %d of %d: %s", stem, p + 1, fills.size(), fills).isGreaterThanOrEqualTo(0.4);
        }
        System.out.printf(java.util.Locale.ROOT, "%s: %d pages, the emptiest but the last %.0f %% full%n", stem, fills.size(),
                100 * fills.subList(1, Math.max(1, fills.size() - 1)).stream().mapToDouble(d -> d).min().orElse(1));
        if (stem.equals("sample")) {
            assertThat(fills).as("the sample's pages").hasSizeLessThanOrEqualTo(15);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "forty-three-nested"})
    void bodyBaselinesSitOnTheLeadingsGrid(String stem) throws IOException {
        BookletFixture f = BookletFixture.export(stem, Map.of());
        Geometry g = BookletExporter.geometry(BookletExporter.paper(f.context), f.context);
        double leading = f.context.theme(BookletKeys.BODY_LEADING);
        double body = f.context.theme(BookletKeys.BODY_SIZE);
        int checked = 0;
        try (PDDocument doc = Loader.loadPDF(f.pdf)) {
            List<double[]> baselines = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    // body text: 10 pt serif, upright or italic, on the text block
                    if (Math.abs(t.getXScale() - body) < 0.3 && t.getFont().getName().contains("Serif")
                            && t.getYDirAdj() > g.top() && t.getYDirAdj() < g.height() - g.bottom()) {
                        baselines.add(new double[] {t.getYDirAdj()});
                    }
                }
            };
            s.setStartPage(5);
            s.getText(doc);
            double first = g.top() + leading / 2 + body * Corpus.theme().get(org.lessonpress.theme.CoreKeys.BASELINE);
            for (double[] b : baselines) {
                double k = (b[0] - first) / leading;
                assertThat(Math.abs(k - Math.round(k))).as("%s baseline at %.2f pt", stem, b[0]).isLessThan(0.02);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }
}
