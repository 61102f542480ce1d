package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Section;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.Units;

class BookletExporterTest {
    private static BookletFixture sample;
    private static LessonDocument doc;

    @BeforeAll
    static void exportSample() {
        sample = BookletFixture.export("sample", Map.of("--impose", "saddle-stitch"));
        doc = Corpus.sample();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void pagesAreA5AndCounted() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample.pdf)) {
            assertThat(pdf.getNumberOfPages()).isBetween(8, 40);
            for (PDPage p : pdf.getPages()) {
                assertThat(p.getMediaBox().getWidth()).isCloseTo((float) Units.mm(148), within(0.5f));
                assertThat(p.getMediaBox().getHeight()).isCloseTo((float) Units.mm(210), within(0.5f));
            }
            assertThat(sample.context.pages()).containsEntry("", pdf.getNumberOfPages());
        }
    }

    @Test
    void everyLeadAppearsInOrderAfterTheContents() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample.pdf)) {
            int first = pdf.getPages().indexOf(firstLessonItem(pdf).findDestinationPage(pdf)) + 1;
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(first);
            String text = squeeze(s.getText(pdf));
            int at = 0;
            for (Lesson l : doc.allLessons()) {
                int found = text.indexOf(squeeze(l.leadText()), at);
                assertThat(found).as("lead of lesson %d after offset %d", l.number(), at).isGreaterThanOrEqualTo(0);
                at = found + 1;
            }
            assertThat(text).contains(squeeze("Andrej Karpathy"));
        }
    }

    private static PDOutlineItem firstLessonItem(PDDocument pdf) {
        return pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getFirstChild();
    }

    @Test
    void outlineHasSectionsWithTheirLessons() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample.pdf)) {
            List<String> sections = new ArrayList<>();
            int lessons = 0;
            for (PDOutlineItem s : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                sections.add(s.getTitle());
                assertThat(s.isNodeOpen()).isFalse();
                for (PDOutlineItem l : s.children()) {
                    assertThat(l.findDestinationPage(pdf)).isNotNull();
                    lessons++;
                }
            }
            assertThat(sections).containsExactlyElementsOf(doc.sections().stream().map(Section::titleText).toList());
            assertThat(lessons).isEqualTo(doc.allLessons().size());
            assertThat(firstLessonItem(pdf).getTitle()).startsWith("1. The real world is messy.");
        }
    }

    @Test
    void contentsLinkToEveryLessonAndBodyLinksAreLive() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample.pdf)) {
            int internal = 0;
            int uri = 0;
            for (PDPage p : pdf.getPages()) {
                for (PDAnnotation a : p.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionGoTo) {
                            internal++;
                        } else if (link.getAction() instanceof PDActionURI) {
                            uri++;
                        }
                    }
                }
            }
            assertThat(internal).isGreaterThanOrEqualTo(doc.allLessons().size() + doc.sections().size());
            assertThat(uri).isGreaterThanOrEqualTo(1);
            assertThat(pdf.getDocumentCatalog().getNames().getDests()).isNotNull();
        }
    }

    @Test
    void everyFontIsEmbeddedIdentityHWithToUnicode() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample.pdf)) {
            int fonts = 0;
            for (PDPage p : pdf.getPages()) {
                PDResources r = p.getResources();
                for (COSName name : r.getFontNames()) {
                    PDFont f = r.getFont(name);
                    fonts++;
                    assertThat(f).as(f.getName()).isInstanceOf(PDType0Font.class);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    assertThat(f.getName()).matches("[A-Z]{6}\\+.*").doesNotContain("Helvetica").doesNotContain("Liberation");
                    assertThat(f.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)).isNotNull();
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void pdffontsReportsNoUnembeddedFont() throws Exception {
        Path file = Files.createTempFile("booklet", ".pdf");
        Files.write(file, sample.pdf);
        Process p;
        try {
            p = new ProcessBuilder("pdffonts", file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("pdffonts is not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).isZero();
        List<String> rows = out.lines().skip(2).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row).contains("Identity-H").doesNotContain("Helvetica");
            assertThat(row.substring(row.indexOf("Identity-H") + 10).trim()).startsWith("yes yes yes");
        });
        Files.delete(file);
    }

    @Test
    void qpdfFindsNoStructuralProblem() throws Exception {
        for (byte[] bytes : List.of(sample.pdf, sample.companions.get("imposed.pdf"))) {
            Path file = Files.createTempFile("booklet", ".pdf");
            Files.write(file, bytes);
            Process p;
            try {
                p = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
            } catch (IOException e) {
                Assumptions.abort("qpdf is not installed");
                return;
            }
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(out).isZero();
            assertThat(out).contains("No syntax or stream encoding errors");
            Files.delete(file);
        }
    }

    @Test
    void documentInformationLanguageAndXmp() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample.pdf)) {
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(doc.metadata().title());
            assertThat(info.getAuthor()).isEqualTo("Eugene Yan");
            assertThat(info.getKeywords()).contains("machine learning");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Corpus.EPOCH);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentCatalog().getMetadata()).isNotNull();
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains(doc.metadata().title());
        }
    }

    @Test
    void sameInputGivesTheSameBytes() throws InterruptedException {
        Thread.sleep(1100); // a clock that leaked into the file would now show
        BookletFixture again = BookletFixture.export("sample", Map.of("--impose", "saddle-stitch"));
        assertThat(again.pdf).isEqualTo(sample.pdf);
        assertThat(again.companions.get("imposed.pdf")).isEqualTo(sample.companions.get("imposed.pdf"));
    }

    @Test
    void imposedCompanionIsLandscapeA4WithPagesAsForms() throws IOException {
        byte[] imposed = sample.companions.get("imposed.pdf");
        assertThat(imposed).isNotNull();
        try (PDDocument pdf = Loader.loadPDF(imposed); PDDocument reading = Loader.loadPDF(sample.pdf)) {
            int padded = (reading.getNumberOfPages() + 3) / 4 * 4;
            assertThat(pdf.getNumberOfPages()).isEqualTo(padded / 2);
            PDPage first = pdf.getPage(0);
            // Exactly landscape A4 (297 x 210 mm), not the 296 mm of two A5 pages side by side.
            assertThat(first.getMediaBox().getWidth()).isCloseTo(841.89f, within(0.05f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(595.28f, within(0.05f));
            assertThat(first.getResources().getXObjectNames()).isNotEmpty();
            assertThat(new PDFTextStripper().getText(pdf)).contains("Contents");
        }
    }

    @Test
    void paperOptionSetsThePageSize() throws IOException {
        BookletFixture a4 = BookletFixture.export("nineteen-plain", Map.of("--paper", "A4"));
        try (PDDocument pdf = Loader.loadPDF(a4.pdf)) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo((float) Units.mm(210), within(0.5f));
        }
    }

    @Test
    void halfLetterImposesOnLandscapeLetter() throws IOException {
        BookletFixture f = BookletFixture.export("forty-three-nested",
                Map.of("--paper", "half-letter", "--impose", "saddle-stitch", "--duplex", "long-edge", "--creep", "1mm",
                        "--fold-marks", "true"));
        try (PDDocument pdf = Loader.loadPDF(f.pdf); PDDocument imposed = Loader.loadPDF(f.companions.get("imposed.pdf"))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(5.5f * 72, within(0.1f));
            assertThat(imposed.getPage(0).getMediaBox().getWidth()).isCloseTo(11f * 72, within(0.1f));
            assertThat(imposed.getPage(0).getMediaBox().getHeight()).isCloseTo(8.5f * 72, within(0.1f));
            assertThat(imposed.getNumberOfPages() * 2).isEqualTo((pdf.getNumberOfPages() + 3) / 4 * 4);
        }
    }

    @Test
    void badOptionValuesNameTheChoices() {
        assertThatThrownBy(() -> BookletFixture.export("one-lesson", Map.of("--impose", "perfect-binding")))
                .isInstanceOf(org.lessonpress.UsageException.class).hasMessageContaining("saddle-stitch");
        assertThatThrownBy(() -> BookletFixture.export("one-lesson", Map.of("--impose", "saddle-stitch", "--duplex", "sideways")))
                .isInstanceOf(org.lessonpress.UsageException.class).hasMessageContaining("long-edge");
    }

    @ParameterizedTest
    @ValueSource(strings = {"one-lesson", "nineteen-plain", "forty-three-nested", "three-ninety", "multilingual"})
    void corpusExportsWithEveryLead(String stem) throws IOException {
        BookletFixture f = BookletFixture.export(stem, Map.of("--impose", "saddle-stitch"));
        LessonDocument d = Corpus.load(stem);
        try (PDDocument pdf = Loader.loadPDF(f.pdf)) {
            String text = squeeze(new PDFTextStripper().getText(pdf));
            for (Lesson l : d.allLessons()) {
                assertThat(text).as("lesson %d of %s", l.number(), stem).contains(squeeze(l.leadText()));
            }
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(d.metadata().language());
        }
        assertThat(f.companions).containsKey("imposed.pdf");
    }

    @Test
    void aWarmUpChangesNothingInTheDocument() {
        byte[] before = BookletFixture.export("one-lesson", Map.of()).pdf;
        new BookletExporter().warmUp();
        new BookletExporter().warmUp();
        byte[] after = BookletFixture.export("one-lesson", Map.of()).pdf;
        assertThat(after).isEqualTo(before);
    }
}
