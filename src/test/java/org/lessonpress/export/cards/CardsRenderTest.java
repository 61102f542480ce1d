package org.lessonpress.export.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.ExportContext;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.Units;

/** Renders pages and checks colours where the design puts them; can also write PDFs to look at. */
@Tag("visual")
class CardsRenderTest {

    @Test
    void theBandColourReachesIntoTheBleedAndTheBackMarkerMatchesIt() throws Exception {
        CardSheetLayout layout = CardsExporter.layout(Corpus.context("cards", Corpus.SAMPLE, Map.of()));
        Rgb blue = Corpus.theme().palette().section(0).fill();
        try (PDDocument pdf = Loader.loadPDF(PdfReading.write("sample", Map.of()))) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            BufferedImage front = renderer.renderImage(0, 2f);
            CardSheetLayout.Slot first = layout.fronts().get(0);
            // In the left bleed, level with the band: section colour.
            assertThat(pixel(front, layout, first.bleed().x() + 2, first.trim().top() - Units.mm(5))).isEqualTo(blue);
            // Above the trim, in the top bleed: section colour.
            assertThat(pixel(front, layout, first.trim().x() + 20, first.trim().top() + Units.mm(1.5))).isEqualTo(blue);
            // Low in the safe zone, above the title: paper.
            assertThat(pixel(front, layout, first.trim().right() - Units.mm(5), first.trim().y() + Units.mm(12)))
                    .isEqualTo(Rgb.parse("#ffffff"));
            BufferedImage back = renderer.renderImage(1, 2f);
            CardSheetLayout.Slot firstBack = layout.backs().get(0);
            assertThat(pixel(back, layout, firstBack.trim().x() + 20, firstBack.trim().top() - Units.mm(1))).isEqualTo(blue);
            assertThat(pixel(back, layout, firstBack.trim().right() - Units.mm(1.5), firstBack.trim().top() - Units.mm(4)))
                    .isEqualTo(Rgb.parse("#ffffff"));
        }
    }

    private static Rgb pixel(BufferedImage img, CardSheetLayout layout, double x, double y) {
        double scale = img.getWidth() / layout.pageWidth();
        int argb = img.getRGB((int) Math.round(x * scale), (int) Math.round((layout.pageHeight() - y) * scale));
        return new Rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    /** {@code -Dcards.out=DIR -Dcards.spec=sample,--card-size=tarot} writes DIR/sample.pdf to look at. */
    @Test
    void writeForInspection() throws Exception {
        String dir = System.getProperty("cards.out");
        Assumptions.assumeTrue(dir != null, "set -Dcards.out=DIR to write PDFs to look at");
        String[] parts = System.getProperty("cards.spec", "sample").split(",");
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            opts.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        ExportContext ctx = Corpus.context("cards", Corpus.path(parts[0]), opts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CardsExporter().write(Corpus.load(Corpus.path(parts[0])), ctx, out);
        Files.createDirectories(Path.of(dir));
        Files.write(Path.of(dir, parts[0] + ".pdf"), out.toByteArray());
    }
}
