package org.lessonpress.export.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.BadInputException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.PageSize;
import org.lessonpress.theme.Units;

/** Reads the written PDF back with PDFBox and checks what a reader would see. */
class PosterExporterTest {
    private static byte[] samplePoster;

    record Written(byte[] main, Map<String, ByteArrayOutputStream> companions, ExportContext ctx) {
    }

    static Written export(String stem, Map<String, String> options) throws IOException {
        Map<String, ByteArrayOutputStream> companions = new HashMap<>();
        ExportContext ctx = ExportContext.builder(Corpus.theme()).exporter("poster")
                .source(stem + ".md", java.nio.file.Files.readAllBytes(Corpus.path(stem))).options(options).timestamp(Corpus.EPOCH)
                .companions((q, e) -> companions.computeIfAbsent(q + "." + e, k -> new ByteArrayOutputStream())).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PosterExporter().write(load(stem), ctx, out);
        return new Written(out.toByteArray(), companions, ctx);
    }

    static LessonDocument load(String stem) {
        return stem.equals("sample") ? Corpus.sample() : Corpus.load(stem);
    }

    static synchronized byte[] sample() throws IOException {
        if (samplePoster == null) {
            samplePoster = export("sample", Map.of()).main();
        }
        return samplePoster;
    }

    @ParameterizedTest
    @CsvSource({"A0,841,1189", "A1,594,841", "A2,420,594", "A3,297,420", "A4,210,297", "letter,215.9,279.4",
            "tabloid,279.4,431.8", "18x24in,457.2,609.6", "24x36in,609.6,914.4", "36x48in,914.4,1219.2", "500x700mm,500,700"})
    void pageSizeForEachNamedSize(String size, double wMm, double hMm) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export("one-lesson", Map.of("--poster-size", size)).main())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(Units.toMm(box.getWidth())).isCloseTo(wMm, offset(0.1));
            assertThat(Units.toMm(box.getHeight())).isCloseTo(hMm, offset(0.1));
        }
    }

    @Test
    void landscapeTurnsThePage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export("nineteen-plain", Map.of("--poster-size", "A2", "--orientation", "landscape")).main())) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(Units.toMm(box.getWidth())).isCloseTo(594, offset(0.1));
            assertThat(Units.toMm(box.getHeight())).isCloseTo(420, offset(0.1));
        }
    }

    @Test
    void onePageWithEveryLeadInOrder() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = squash(new PDFTextStripper().getText(pdf));
            assertThat(text).startsWith("39 Lessons from Industry ML Conferences in 2024");
            int at = 0;
            for (Lesson l : Corpus.sample().allLessons()) {
                int found = text.indexOf(squash(l.leadText()), at);
                assertThat(found).as("lead of lesson %d after position %d", l.number(), at).isGreaterThanOrEqualTo(0);
                at = found;
            }
            assertThat(text).contains("Yan, Ziyou. (Nov 2024).");
            // Cells are hyphenated and break after dashes: compare the letters, in order.
            String joined = unhyphenated(new PDFTextStripper().getText(pdf));
            int from = 0;
            for (Lesson l : Corpus.sample().allLessons()) {
                String whole = unhyphenated(l.number() + " " + l.leadText() + " " + org.lessonpress.model.InlineText.plainBlocks(l.body()));
                int found = joined.indexOf(whole, from);
                assertThat(found).as("lesson %d whole and in order: %s", l.number(), whole).isGreaterThanOrEqualTo(0);
                from = found + whole.length();
            }
        }
    }

    @Test
    void noTextOutsideItsBoxAndNoGlyphOutsideThePage() throws IOException {
        PosterLayout layout = layoutOf("sample", Map.of());
        List<Rect> areas = layout.areas();
        try (PDDocument pdf = Loader.loadPDF(sample())) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            List<TextPosition> glyphs = positions(pdf);
            assertThat(glyphs.size()).isGreaterThan(5000);
            for (TextPosition t : glyphs) {
                if (t.getUnicode().isBlank()) {
                    continue;
                }
                double x = t.getXDirAdj();
                double baseline = t.getYDirAdj();
                assertThat(x).isBetween(0.0, (double) page.getWidth());
                assertThat(x + t.getWidthDirAdj()).isLessThanOrEqualTo(page.getWidth());
                assertThat(baseline - t.getFontSizeInPt()).isGreaterThanOrEqualTo(0);
                assertThat(baseline).isLessThanOrEqualTo(page.getHeight());
                boolean inside = areas.stream().anyMatch(r -> x >= r.x() - 0.01 && x + t.getWidthDirAdj() <= r.right() + 0.05
                        && baseline >= r.y() && baseline <= r.bottom() + 0.01);
                assertThat(inside).as("'%s' at %.1f, %.1f lies in a cell, label, header or footer", t.getUnicode(), x, baseline).isTrue();
            }
        }
    }

    @Test
    void marginsStayWhiteWhenRendered() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample())) {
            float dpi = 20;
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, dpi);
            int margin = (int) Math.floor(Units.toMm(layoutOf("sample", Map.of()).geometry().margin()) / 25.4 * dpi) - 1;
            int inked = 0;
            int dark = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    boolean white = (image.getRGB(x, y) & 0xffffff) == 0xffffff;
                    boolean inMargin = x < margin || y < margin || x >= image.getWidth() - margin || y >= image.getHeight() - margin;
                    if (inMargin && !white) {
                        inked++;
                    }
                    if (!white) {
                        dark++;
                    }
                }
            }
            assertThat(inked).as("pixels drawn in the %d px margin", margin).isZero();
            assertThat(dark).as("something is drawn").isGreaterThan(image.getWidth() * image.getHeight() / 20);
        }
    }

    @Test
    void fontsAreEmbeddedSubsets() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample())) {
            PDPage page = pdf.getPage(0);
            List<String> names = new ArrayList<>();
            for (COSName n : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(n);
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+.+");
                names.add(f.getName().substring(7));
            }
            assertThat(names).contains("NotoSans-Bold", "NotoSerif-Regular", "NotoSerif-Italic");
        }
    }

    @Test
    void sourceIsALink() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample())) {
            List<String> uris = new ArrayList<>();
            for (PDAnnotation a : pdf.getPage(0).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
            assertThat(uris).contains("https://eugeneyan.com/writing/conf-lessons/");
        }
    }

    @Test
    void sameInputSameBytes() throws IOException {
        Written first = export("multilingual", Map.of("--poster-size", "A2", "--tile", "A4"));
        Written second = export("multilingual", Map.of("--poster-size", "A2", "--tile", "A4"));
        byte[] a = first.main();
        assertThat(a).isEqualTo(second.main());
        assertThat(first.companions().get("tiles.pdf").toByteArray()).isEqualTo(second.companions().get("tiles.pdf").toByteArray());
        try (PDDocument pdf = Loader.loadPDF(a)) {
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(Corpus.EPOCH);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"one-lesson", "nineteen-plain", "forty-three-nested", "multilingual"})
    void corpusFilesExport(String stem) throws IOException {
        Written w = export(stem, Map.of());
        try (PDDocument pdf = Loader.loadPDF(w.main())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = squash(new PDFTextStripper().getText(pdf));
            for (Lesson l : load(stem).allLessons()) {
                assertThat(text).contains(squash(l.leadText()));
            }
        }
        assertThat(w.ctx().pages()).containsEntry("", 1);
        if (stem.equals("forty-three-nested")) {
            try (PDDocument pdf = Loader.loadPDF(w.main())) {
                assertThat(pdf.getPage(0).getAnnotations()).as("links in lesson bodies stay links").hasSizeGreaterThan(10);
            }
        }
    }

    @Test
    void threeHundredNinetyLessonsOnA3FailCleanly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportContext ctx = Corpus.context("poster", Corpus.path("three-ninety"), Map.of("--poster-size", "A3"));
        assertThatThrownBy(() -> new PosterExporter().write(Corpus.load("three-ninety"), ctx, out))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("three-ninety.md:")
                .hasMessageMatching("three-ninety.md:1: error: A3 sets the body at \\d+(\\.\\d)? pt, under the 9 pt minimum"
                        + " for A3; use --poster-size \\S+ or larger");
        assertThat(out.size()).isZero();
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThatThrownBy(() -> export("one-lesson", Map.of("--orientation", "diagonal")))
                .isInstanceOf(org.lessonpress.UsageException.class).hasMessageContaining("--orientation");
        assertThatThrownBy(() -> export("one-lesson", Map.of("--poster-size", "huge")))
                .isInstanceOf(org.lessonpress.UsageException.class).hasMessageContaining("--poster-size");
        assertThatThrownBy(() -> export("one-lesson", Map.of("--poster-size", "10x10mm")))
                .isInstanceOf(org.lessonpress.UsageException.class)
                .hasMessage("--poster-size: '10x10mm' is smaller than a poster can be; use A5 (148x210mm) or larger");
    }

    @Test
    void tilesA0OntoA4() throws IOException {
        Written w = export("sample", Map.of("--poster-size", "A0", "--tile", "A4"));
        byte[] tiles = w.companions().get("tiles.pdf").toByteArray();
        try (PDDocument pdf = Loader.loadPDF(tiles)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(25);
            for (PDPage p : pdf.getPages()) {
                assertThat(Units.toMm(p.getMediaBox().getWidth())).isCloseTo(210, offset(0.1));
                assertThat(Units.toMm(p.getMediaBox().getHeight())).isCloseTo(297, offset(0.1));
                assertThat(p.getResources().getXObjectNames()).isNotEmpty();
            }
            PDFTextStripper s = new PDFTextStripper();
            // The poster's text runs on under the tile's border (clipped there); a glyph of it that lands exactly on
            // one of the label's must not be taken for a duplicate of it.
            s.setSuppressDuplicateOverlappingText(false);
            s.setStartPage(8);
            s.setEndPage(8);
            String page8 = s.getText(pdf);
            assertThat(page8).contains("Row 2 / column 3 · 5 × 5 sheets");
            s.setStartPage(1);
            s.setEndPage(1);
            assertThat(s.getText(pdf)).as("poster text stays text").contains("39 Lessons");
            try (PDDocument poster = Loader.loadPDF(w.main()); PDDocument firstTile = new PDDocument()) {
                firstTile.importPage(pdf.getPage(0));
                float posterTitle = positions(poster).get(0).getFontSizeInPt();
                float tileTitle = positions(firstTile).get(0).getFontSizeInPt();
                assertThat(tileTitle).as("scale 1:1").isCloseTo(posterTitle, offset(0.01f));
            }
        }
        assertThat(w.ctx().pages()).containsEntry("tiles", 25);
    }

    @Test
    void theFooterPrintsTheSourceAndTheCitationOnceEach() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            String url = "https://eugeneyan.com/writing/conf-lessons/";
            assertThat(text.split(java.util.regex.Pattern.quote(url), -1)).as("the URL once").hasSize(2);
            assertThat(text).contains("Yan, Ziyou. (Nov 2024). 39 Lessons from Industry ML Conferences in 2024. eugeneyan.com.");
            assertThat(text.split(java.util.regex.Pattern.quote("Yan, Ziyou."), -1)).as("the citation once").hasSize(2);
        }
    }

    /** The layout the exporter computes, recomputed with the same fonts. */
    static PosterLayout layoutOf(String stem, Map<String, String> options) throws IOException {
        ExportContext ctx = Corpus.context("poster", Corpus.path(stem), options);
        PosterContent content = PosterContent.of(load(stem), ctx);
        return new PosterFitter(content, PosterExporter.geometry(ctx, PosterExporter.paper(ctx))).fit();
    }

    static List<TextPosition> positions(PDDocument pdf) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
                all.addAll(textPositions);
                super.writeString(text, textPositions);
            }
        };
        s.getText(pdf);
        return all;
    }

    /**
     * A section name of one word wider than any column (found by the fuzzer: the row packing had no row for it and the
     * export failed with a NullPointerException) sets the poster at a size where the name fits, or is one line of error.
     */
    @ParameterizedTest
    @CsvSource({"A1, 110", "A4, 200"})
    void aSectionNameOfOneLongWordFitsOrIsOneLineOfError(String paper, int letters) throws IOException {
        String name = "Section" + "w".repeat(letters - 7);
        byte[] md = ("---\ntitle: T\n---\n\n## " + name + "\n\n1. **Lead.** Body.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        LessonDocument doc = new org.lessonpress.load.LessonLoader(1 << 20).load("long.md", md).document();
        ExportContext ctx = ExportContext.builder(Corpus.theme()).exporter("poster").source("long.md", md)
                .options(Map.of("--poster-size", paper)).timestamp(Corpus.EPOCH).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PosterExporter().write(doc, ctx, out);
        } catch (BadInputException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith("long.md:").contains(": error: ");
            assertThat(out.size()).isZero();
            return;
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(unhyphenated(new PDFTextStripper().getText(pdf))).contains(name).contains("Lead.Body.");
        }
    }

    /** The text without spaces or hyphens: lines break after hyphens, dashes and slashes, and inside words. */
    static String unhyphenated(String s) {
        return s.replaceAll("[\\s\\u00a0-]+", "");
    }

    static String squash(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }
}
