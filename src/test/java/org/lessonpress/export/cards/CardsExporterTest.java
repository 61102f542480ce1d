package org.lessonpress.export.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.lessonpress.BadInputException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.Exporters;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.Units;

class CardsExporterTest {

    private static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    private static void assertBox(PDRectangle actual, Rect expected) {
        assertThat(actual.getLowerLeftX()).isCloseTo((float) expected.x(), offset(0.01f));
        assertThat(actual.getLowerLeftY()).isCloseTo((float) expected.y(), offset(0.01f));
        assertThat(actual.getWidth()).isCloseTo((float) expected.width(), offset(0.01f));
        assertThat(actual.getHeight()).isCloseTo((float) expected.height(), offset(0.01f));
    }

    @Test
    void isRegisteredAndItsThemeKeysAreSet() {
        assertThat(Exporters.discover().find("cards")).isPresent();
        assertThat(Corpus.theme().values()).containsKeys("cards.safe-zone", "cards.front.lead-min-size");
    }

    @Test
    void samplePokerOnA4IsFiveSheetsOfTenPagesWithPageBoxes() throws IOException {
        try (PDDocument pdf = open(PdfReading.write("sample", Map.of()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(10);
            for (PDPage page : pdf.getPages()) {
                assertBox(page.getMediaBox(), new Rect(0, 0, Units.mm(210), Units.mm(297)));
                // 0.5 mm of bleed across and 2.5 mm down: what A4 leaves inside its 5 mm printer margins
                double gridW = Units.mm(3 * 63 + 4 * 0.5);
                double gridH = Units.mm(3 * 88 + 4 * 2.5);
                assertBox(page.getTrimBox(), new Rect((Units.mm(210) - gridW) / 2, (Units.mm(297) - gridH) / 2, gridW, gridH));
                double bleedW = Units.mm(3 * 64);
                double bleedH = Units.mm(3 * 93);
                assertBox(page.getBleedBox(), new Rect((Units.mm(210) - bleedW) / 2, (Units.mm(297) - bleedH) / 2, bleedW, bleedH));
            }
        }
    }

    @Test
    void frontAndBackOfEveryCardBelongToTheSameLesson() throws IOException {
        for (String duplex : List.of("long-edge", "short-edge", "none")) {
            checkPairs("sample", Map.of("--duplex", duplex));
        }
        checkPairs("forty-three-nested", Map.of("--card-size", "bridge", "--sheet", "letter"));
        checkPairs("multilingual", Map.of("--card-size", "a7", "--duplex", "short-edge"));
    }

    private static void checkPairs(String stem, Map<String, String> options) throws IOException {
        LessonDocument doc = Corpus.load(Corpus.path(stem));
        CardSheetLayout layout = CardsExporter.layout(Corpus.context("cards", Corpus.path(stem), options));
        List<CardSheetLayout.Page> pages = layout.pages(doc.allLessons().size());
        try (PDDocument pdf = open(PdfReading.write(stem, options))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages.size());
            int checked = 0;
            for (int p = 0; p < pages.size(); p++) {
                CardSheetLayout.Page page = pages.get(p);
                for (int i = 0; i < page.count(); i++) {
                    var lesson = doc.allLessons().get(page.first() + i);
                    CardSheetLayout.Slot slot = (page.back() ? layout.backs() : layout.fronts()).get(i);
                    String text = PdfReading.textIn(pdf.getPage(p), slot.trim());
                    // The front carries the lead; the back its body (the lead is not repeated there).
                    String start = firstWords(page.back() ? org.lessonpress.model.InlineText.plainBlocks(lesson.body())
                            : lesson.leadText());
                    assertThat(text.replaceAll("[\\s-]", "")).as(stem + " " + options + " page " + (p + 1) + " slot " + i)
                            .contains(start.replaceAll("[\\s-]", ""));
                    assertThat(text).contains(Integer.toString(lesson.number()));
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(2 * doc.allLessons().size());
        }
    }

    private static String firstWords(String s) {
        String[] words = s.replace('\u00a0', ' ').trim().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(2, words.length)));
    }

    @Test
    void cropMarksAreDrawnAsHairlinesOutsideEveryCard() throws IOException {
        CardSheetLayout layout = CardsExporter.layout(Corpus.context("cards", Corpus.SAMPLE, Map.of()));
        try (PDDocument pdf = open(PdfReading.write("sample", Map.of()))) {
            for (PDPage page : pdf.getPages()) {
                List<PdfReading.Segment> strokes = PdfReading.strokes(page);
                for (CardSheetLayout.Mark m : layout.marks()) {
                    assertThat(strokes).anyMatch(s -> Math.abs(s.x1() - m.x1()) < 0.01 && Math.abs(s.y1() - m.y1()) < 0.01
                            && Math.abs(s.x2() - m.x2()) < 0.01 && Math.abs(s.y2() - m.y2()) < 0.01
                            && Math.abs(s.width() - 0.25) < 0.001);
                }
            }
        }
        assertThat(layout.marks()).hasSizeGreaterThanOrEqualTo(2 * 6 + 2 * 6 / 2);
    }

    @Test
    void fontsAreEmbeddedSubsets() throws IOException {
        try (PDDocument pdf = open(PdfReading.write("multilingual", Map.of()))) {
            List<String> names = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont f = res.getFont(n);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    names.add(f.getName());
                }
            }
            assertThat(names).anyMatch(n -> n.matches("[A-Z]{6}\\+NotoSans-Bold"));
            assertThat(names).anyMatch(n -> n.contains("NotoSerif"));
        }
    }

    @Test
    void sheetNoneGivesOneCardPerPageWithTrimBoxPerCard() throws IOException {
        try (PDDocument pdf = open(PdfReading.write("nineteen-plain", Map.of("--sheet", "none", "--card-size", "tarot")))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(38);
            for (PDPage page : pdf.getPages()) {
                assertBox(page.getMediaBox(), new Rect(0, 0, Units.mm(76), Units.mm(126)));
                assertBox(page.getBleedBox(), new Rect(0, 0, Units.mm(76), Units.mm(126)));
                assertBox(page.getTrimBox(), new Rect(Units.mm(3), Units.mm(3), Units.mm(70), Units.mm(120)));
                assertThat(PdfReading.strokes(page)).noneMatch(s -> Math.abs(s.width() - 0.25) < 0.001);
            }
            assertThat(PdfReading.textIn(pdf.getPage(0), new Rect(0, 0, Units.mm(76), Units.mm(126)))).startsWith("Nineteen Plain Tips 1");
        }
    }

    @Test
    void testSheetAddsARegistrationPagePairFirst() throws IOException {
        try (PDDocument pdf = open(PdfReading.write("sample", Map.of("--test-sheet", "true")))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(12);
            CardSheetLayout layout = CardsExporter.layout(Corpus.context("cards", Corpus.SAMPLE, Map.of()));
            assertThat(PdfReading.textIn(pdf.getPage(0), layout.fronts().get(0).trim())).startsWith("Front 1 Print this sheet");
            assertThat(PdfReading.textIn(pdf.getPage(1), layout.backs().get(0).trim())).startsWith("Back 1 Print this sheet");
        }
    }

    @Test
    void everyCorpusFileExports() throws IOException {
        Map<String, Integer> lessons = new HashMap<>();
        for (String stem : Corpus.ALL) {
            int n = Corpus.load(stem).allLessons().size();
            lessons.put(stem, n);
            try (PDDocument pdf = open(PdfReading.write(stem, Map.of()))) {
                assertThat(pdf.getNumberOfPages()).as(stem).isEqualTo(2 * ((n + 8) / 9));
            }
        }
        assertThat(lessons).containsEntry("three-ninety", 390).containsEntry("one-lesson", 1);
    }

    @Test
    void theSourceOnTheBackIsALink() throws IOException {
        try (PDDocument pdf = open(PdfReading.write("sample", Map.of()))) {
            var annotations = pdf.getPage(1).getAnnotations();
            assertThat(annotations).isNotEmpty();
            assertThat(annotations).allMatch(a -> a instanceof PDAnnotationLink);
        }
    }

    @Test
    void eachLessonHasABookmarkToItsFront() throws IOException {
        try (PDDocument pdf = open(PdfReading.write("sample", Map.of()))) {
            List<String> titles = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
            assertThat(titles).hasSize(39);
            assertThat(titles.get(11)).isEqualTo("12. Don’t underestimate the effort it takes to go from demo to production.");
            var item = pdf.getDocumentCatalog().getDocumentOutline().children().iterator();
            for (int k = 0; k < 12; k++) {
                var i = item.next();
                if (k == 11) {
                    assertThat(pdf.getPages().indexOf(i.findDestinationPage(pdf))).isEqualTo(2);
                }
            }
        }
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws IOException {
        byte[] a = PdfReading.write("forty-three-nested", Map.of("--card-size", "a7"));
        byte[] b = PdfReading.write("forty-three-nested", Map.of("--card-size", "a7"));
        assertThat(a).isEqualTo(b);
        try (PDDocument pdf = open(a)) {
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(Corpus.EPOCH);
        }
    }

    @Test
    void aBadCardSizeIsAUsageError() {
        ExportContext ctx = Corpus.context("cards", Corpus.SAMPLE, Map.of("--card-size", "jumbo"));
        assertThatThrownBy(() -> new CardsExporter().write(Corpus.sample(), ctx, new java.io.ByteArrayOutputStream()))
                .hasMessageContaining("--card-size").hasMessageContaining("poker");
    }

    @Test
    void aLessonThatCannotFitNamesTheLessonAndTheFix() {
        ExportContext ctx = Corpus.context("cards", Corpus.SAMPLE, Map.of("--card-size", "30x30mm"));
        assertThatThrownBy(() -> new CardsExporter().write(Corpus.sample(), ctx, new java.io.ByteArrayOutputStream()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("conf-lessons-2024.md")
                .hasMessageContaining("lesson ")
                .hasMessageContaining("--card-size");
    }
}
