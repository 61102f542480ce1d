package org.lessonpress.export.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.pdfbox.InkExtents;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.model.Section;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.Units;

/**
 * The card sheets as printed: every path and glyph read back from the PDF's content streams must stay where a home
 * printer prints (5 mm inside the sheet edge), crop marks (the black hairlines) must not touch any card's bleed, and
 * text keeps 4 mm inside the trim.
 */
class CardSheetInkTest {
    private static final double PRINTER_MARGIN = Units.mm(5);
    private static final double TEXT_INSIDE_TRIM = Units.mm(4);
    /** Points of rounding that a float content stream allows. */
    private static final double TOL = 0.01;
    private static final Rgb MARK_INK = new Rgb(0, 0, 0);

    @ParameterizedTest(name = "{0} on {1}, {2}")
    @CsvSource({"sample, A4, poker", "sample, letter, poker", "forty-three-nested, A4, poker",
        "forty-three-nested, letter, bridge", "multilingual, A4, tarot", "nineteen-plain, letter, poker",
        "sample, A4, business", "multilingual, letter, a7"})
    void everythingPrintsInsideThePrinterMarginAndMarksStayOffTheBleeds(String stem, String sheet, String card) throws IOException {
        Map<String, String> options = Map.of("--sheet", sheet, "--card-size", card, "--test-sheet", "true");
        CardSheetLayout layout = CardsExporter.layout(Corpus.context("cards", Corpus.path(stem), options));
        try (PDDocument pdf = Loader.loadPDF(PdfReading.write(stem, options))) {
            int marks = 0;
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                PDPage page = pdf.getPage(p);
                Rect printable = new Rect(0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight()).inset(PRINTER_MARGIN);
                List<CardSheetLayout.Slot> slots = p % 2 == 0 ? layout.fronts() : layout.backs();
                InkExtents ink = InkExtents.of(page);
                assertThat(ink.all()).isNotEmpty();
                for (InkExtents.Extent e : ink.all()) {
                    assertThat(printable.contains(e.bounds(), TOL)).as("%s page %d: %s %s at %s lies 5 mm inside the sheet",
                            stem, p + 1, e.kind(), e.text(), e.bounds()).isTrue();
                }
                for (InkExtents.Extent e : ink.of(InkExtents.Kind.STROKE)) {
                    if (!isCropMark(e, layout)) {
                        continue;
                    }
                    marks++;
                    for (CardSheetLayout.Slot s : slots) {
                        assertThat(e.bounds().overlaps(s.bleed(), -TOL))
                                .as("%s page %d: crop mark %s touches the bleed of card %d", stem, p + 1, e.bounds(), s.index()).isFalse();
                    }
                }
                for (InkExtents.Extent e : ink.of(InkExtents.Kind.FILL)) {
                    assertThat(slots.stream().anyMatch(s -> s.bleed().contains(e.bounds(), TOL)))
                            .as("%s page %d: a fill at %s stays within one card's bleed", stem, p + 1, e.bounds()).isTrue();
                }
            }
            assertThat(marks).as("crop marks drawn").isGreaterThan(0);
        }
    }

    /** A crop mark: a black hairline outside every card's trim (the test sheet's trim outlines are on the trim). */
    private static boolean isCropMark(InkExtents.Extent e, CardSheetLayout layout) {
        Rect b = e.bounds();
        boolean straight = Math.min(b.width(), b.height()) <= e.lineWidth() + TOL;
        return straight && e.color().equals(MARK_INK) && layout.fronts().stream().noneMatch(s -> s.trim().overlaps(b, -TOL));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sample", "forty-three-nested", "multilingual", "nineteen-plain"})
    void pokerTextKeepsFourMillimetresInsideTheTrim(String stem) throws IOException {
        Map<String, String> options = Map.of();
        CardSheetLayout layout = CardsExporter.layout(Corpus.context("cards", Corpus.path(stem), options));
        double closest = Double.MAX_VALUE;
        try (PDDocument pdf = Loader.loadPDF(PdfReading.write(stem, options))) {
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                List<CardSheetLayout.Slot> slots = p % 2 == 0 ? layout.fronts() : layout.backs();
                for (InkExtents.Extent g : InkExtents.of(pdf.getPage(p)).of(InkExtents.Kind.GLYPH)) {
                    CardSheetLayout.Slot slot = slots.stream().filter(s -> s.trim().overlaps(g.bounds())).findFirst().orElseThrow();
                    Rect t = slot.trim();
                    Rect b = g.bounds();
                    double inside = Math.min(Math.min(b.x() - t.x(), t.right() - b.right()), Math.min(b.y() - t.y(), t.top() - b.top()));
                    closest = Math.min(closest, inside);
                    assertThat(inside).as("%s page %d: '%s' at %s is %.2f mm inside the trim", stem, p + 1, g.text(), b,
                            Units.toMm(inside)).isGreaterThanOrEqualTo(TEXT_INSIDE_TRIM - TOL);
                }
            }
        }
        System.out.printf("%s: closest glyph %.2f mm inside the trim%n", stem, Units.toMm(closest));
    }

    @Test
    void oneAndTwoLineSectionNamesStartOnTheSameBaseline() throws IOException {
        List<Section> sections = new ArrayList<>();
        String[] names = {"Short", "A section name long enough to need a second line in the band", "Also short"};
        for (int i = 0; i < names.length; i++) {
            Lesson l = new Lesson(i + 1, List.of(new Inline.Text("Lead " + (i + 1) + ".")),
                    List.of(new Block.Paragraph(List.of(new Inline.Text("Body text.")), i * 4 + 3)), false, i * 4 + 2);
            sections.add(new Section("s" + i, 1, List.of(new Inline.Text(names[i])), List.of(), List.of(l), List.of(), i * 4 + 1));
        }
        LessonDocument doc = new LessonDocument(Metadata.titled("Bands"), List.of(), List.of(), sections, List.of(), "bands.md");
        ExportContext ctx = Corpus.context("cards", Corpus.path("one-lesson"), Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CardsExporter().write(doc, ctx, out);
        CardSheetLayout layout = CardsExporter.layout(ctx);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            List<Double> firstBaselines = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                Rect band = layout.fronts().get(i).trim();
                Rect top = new Rect(band.x(), band.top() - Units.mm(16), band.width(), Units.mm(16));
                List<Double> baselines = PdfReading.baselines(pdf.getPage(0), top);
                firstBaselines.add(baselines.get(0) - (layout.pageHeight() - band.top()));
                lines.add(baselines.size());
            }
            assertThat(lines).as("lines of each band label").containsExactly(1, 2, 1);
            assertThat(firstBaselines.get(1)).isCloseTo(firstBaselines.get(0), org.assertj.core.data.Offset.offset(0.01));
            assertThat(firstBaselines.get(2)).isCloseTo(firstBaselines.get(0), org.assertj.core.data.Offset.offset(0.01));
        }
    }
}
