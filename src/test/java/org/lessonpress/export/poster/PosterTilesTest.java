package org.lessonpress.export.poster;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.Exporters;
import org.lessonpress.export.pdfbox.InkExtents;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.ThemeLoader;
import org.lessonpress.theme.Units;

/** The tile sheets as printed: what is on each sheet, where the marks are, how much of each sheet is poster. */
class PosterTilesTest {
    private static final double PRINTER_MARGIN = Units.mm(5);
    private static final double TOL = 0.01;

    @TempDir
    static Path dir;

    private static byte[] tiles(String stem, Map<String, String> options, Theme theme) throws IOException {
        Map<String, ByteArrayOutputStream> companions = new HashMap<>();
        ExportContext ctx = ExportContext.builder(theme).exporter("poster")
                .source(stem + ".md", Files.readAllBytes(Corpus.path(stem))).options(options).timestamp(Corpus.EPOCH)
                .companions((q, e) -> companions.computeIfAbsent(q + "." + e, k -> new ByteArrayOutputStream())).build();
        new PosterExporter().write(PosterExporterTest.load(stem), ctx, new ByteArrayOutputStream());
        byte[] bytes = companions.get("tiles.pdf").toByteArray();
        Files.createDirectories(Path.of("target/poster"));
        Files.write(Path.of("target/poster", stem + "-" + String.join("-", options.values()) + "-tiles.pdf"), bytes);
        return bytes;
    }

    /** The default theme on a tinted paper, so that the poster's own white shows on a rendered sheet. */
    private static Theme tinted() throws IOException {
        Path file = dir.resolve("tinted.yml");
        Files.writeString(file, "extends: default\ncolors:\n  paper: \"#f2eee4\"\n");
        return new ThemeLoader(Exporters.discover().themeKeys(), FontCatalog.bundled()).load(file.toString());
    }

    @ParameterizedTest(name = "{0} {1} on {2}")
    @CsvSource({"sample, A1, A4", "forty-three-nested, A1, letter", "multilingual, A2, A4", "sample, A2, A4"})
    void everyMarkAndLabelPrintsFiveMillimetresInsideTheSheetEdge(String stem, String size, String sheet) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(tiles(stem, Map.of("--poster-size", size, "--tile", sheet), Corpus.theme()))) {
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                PDPage page = pdf.getPage(p);
                Rect printable = new Rect(0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight()).inset(PRINTER_MARGIN);
                List<InkExtents.Extent> ink = InkExtents.of(page).all();
                assertThat(ink).isNotEmpty();
                for (InkExtents.Extent e : ink) {
                    assertThat(printable.contains(e.bounds(), TOL)).as("%s tile %d: %s '%s' at %s", stem, p + 1, e.kind(), e.text(),
                            e.bounds()).isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} on {2}")
    @CsvSource({"sample, A1, A4", "sample, A0, A4", "nineteen-plain, A2, letter", "multilingual, A3, A4"})
    void noSheetIsMoreThanHalfBlank(String stem, String size, String sheet) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(tiles(stem, Map.of("--poster-size", size, "--tile", sheet), tinted()))) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            double least = 1;
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 15);
                long inked = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                            inked++;
                        }
                    }
                }
                double share = (double) inked / (image.getWidth() * image.getHeight());
                least = Math.min(least, share);
                assertThat(share).as("%s %s on %s: poster on sheet %d", stem, size, sheet, p + 1).isGreaterThanOrEqualTo(0.5);
            }
            System.out.printf("%s %s on %s: %d sheets, the emptiest %.0f %% poster%n", stem, size, sheet, pdf.getNumberOfPages(),
                    least * 100);
        }
    }

    @Test
    void thePostersTrimIsMarkedOnTheCornerSheet() throws IOException {
        TilePlan plan = TilePlan.of(Units.mm(594), Units.mm(841), Units.mm(210), Units.mm(297), Units.mm(10), Units.mm(10));
        try (PDDocument pdf = Loader.loadPDF(tiles("sample", Map.of("--tile", "A4"), Corpus.theme()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(plan.count());
            Rect w = plan.window(0, 0);
            double m = plan.margin();
            double edgeX = m - w.x();
            double edgeY = plan.sheetH() - m + w.y();
            List<InkExtents.Extent> strokes = InkExtents.of(pdf.getPage(0)).of(InkExtents.Kind.STROKE);
            // the poster's left edge, extended above its top-left corner, and its top edge extended to the left
            assertThat(strokes).anyMatch(s -> Math.abs(s.bounds().x() + s.bounds().width() / 2 - edgeX) < 0.1
                    && s.bounds().y() > edgeY && s.bounds().top() < plan.sheetH() - m);
            assertThat(strokes).anyMatch(s -> Math.abs(s.bounds().y() + s.bounds().height() / 2 - edgeY) < 0.1
                    && s.bounds().right() < edgeX && s.bounds().x() > m);
            // and where the left edge leaves the window at the bottom, a tick in the margin
            assertThat(strokes).anyMatch(s -> Math.abs(s.bounds().x() + s.bounds().width() / 2 - edgeX) < 0.1
                    && s.bounds().top() < m);
        }
    }

    @Test
    void theLabelSpeaksTheDocumentsLanguage() throws IOException {
        try (PDDocument en = Loader.loadPDF(tiles("sample", Map.of("--tile", "A4"), Corpus.theme()));
             PDDocument fr = Loader.loadPDF(tiles("multilingual", Map.of("--poster-size", "A2", "--tile", "A4"), Corpus.theme()))) {
            PDFTextStripper strip = new PDFTextStripper();
            strip.setStartPage(1);
            strip.setEndPage(1);
            assertThat(strip.getText(en)).contains("Row 1 / column 1 · 5 × 3 sheets · overlap");
            assertThat(strip.getText(fr).replace('\u00a0', ' ')).contains("Rangée 1 / colonne 1 · 4 × 2 feuilles · chevauchement ");
        }
    }
}
