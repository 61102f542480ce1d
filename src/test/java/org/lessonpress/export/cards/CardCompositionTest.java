package org.lessonpress.export.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessonpress.model.Lesson;
import org.lessonpress.testing.Corpus;
import org.lessonpress.testing.PageInk;
import org.lessonpress.testing.TextLines;
import org.lessonpress.testing.TextLines.Line;
import org.lessonpress.theme.Units;

/**
 * The cards' composition read back from the PDF, one card per page ({@code --sheet none}, front then back): fronts
 * on one vertical grid (band names on one baseline, every lead's first baseline in one place), leads sized up where
 * they are short; backs whose body grows into the safe area, kept 4 mm inside the trim.
 */
class CardCompositionTest {

    /** The lines of one face, with the page's trim box. */
    record Face(List<Line> lines, PDRectangle trim) {
        /** The number: the largest type on the front. */
        Line number() {
            return lines.stream().max(java.util.Comparator.comparingDouble(Line::size)).orElseThrow();
        }
    }

    static List<Face> faces(String stem, String card) throws IOException {
        byte[] pdf = PdfReading.write(stem, Map.of("--sheet", "none", "--card-size", card));
        List<Face> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage p : d.getPages()) {
                out.add(new Face(TextLines.of(PageInk.of(p)), p.getTrimBox()));
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"sample,poker", "forty-three-nested,poker", "nineteen-plain,poker", "multilingual,poker", "sample,tarot",
        "forty-three-nested,bridge", "sample,a7"})
    void everyFrontOfADeckSetsItsLeadsFirstBaselineAndItsBandNameInOnePlace(String stem, String card) throws IOException {
        List<Face> faces = faces(stem, card);
        List<Double> leads = new ArrayList<>();
        List<Double> names = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        for (int i = 0; i < faces.size(); i += 2) {
            Face front = faces.get(i);
            Line number = front.number();
            Line lead = front.lines().stream().filter(l -> l.bold() && l.baseline() < number.baseline() - 1)
                    .max(java.util.Comparator.comparingDouble(Line::baseline)).orElseThrow();
            Line name = front.lines().stream().filter(l -> l.baseline() > number.baseline())
                    .max(java.util.Comparator.comparingDouble(Line::baseline)).orElseThrow();
            leads.add(front.trim().getUpperRightY() - lead.baseline());
            names.add(front.trim().getUpperRightY() - name.baseline());
            sizes.add(lead.size());
        }
        for (double b : leads) {
            assertThat(b).as(stem + " " + card + ": first lead baseline from the trim's top").isCloseTo(leads.get(0), offset(0.01));
        }
        for (double b : names) {
            assertThat(b).as(stem + " " + card + ": band name baseline").isCloseTo(names.get(0), offset(0.01));
        }
        System.out.printf("%s %s: lead sizes %s%n", stem, card, sizes.stream().distinct().sorted().toList());
    }

    @ParameterizedTest
    @CsvSource({"nineteen-plain,poker", "sample,poker"})
    void shortLeadsAreSetLargerThanLongOnes(String stem, String card) throws IOException {
        List<Face> faces = faces(stem, card);
        List<Lesson> lessons = Corpus.load(Corpus.path(stem)).allLessons();
        double shortest = Double.NaN;
        double longest = Double.NaN;
        int shortLen = Integer.MAX_VALUE;
        int longLen = 0;
        for (int i = 0; i < lessons.size(); i++) {
            Face front = faces.get(2 * i);
            Line number = front.number();
            double size = front.lines().stream().filter(l -> l.bold() && l.baseline() < number.baseline() - 1)
                    .mapToDouble(Line::size).max().orElseThrow();
            int len = lessons.get(i).leadText().length();
            if (len < shortLen) {
                shortLen = len;
                shortest = size;
            }
            if (len > longLen) {
                longLen = len;
                longest = size;
            }
        }
        assertThat(shortest).as("the shortest lead is set larger than the theme's 17 pt").isGreaterThan(17);
        assertThat(shortest).isGreaterThanOrEqualTo(longest);
    }

    @ParameterizedTest
    @CsvSource({"sample,poker", "forty-three-nested,poker", "nineteen-plain,poker", "multilingual,poker",
        "sample,tarot", "forty-three-nested,bridge", "sample,a7"})
    void backsSetTheBodyLargeWithoutRepeatingTheLeadAndKeepFourMillimetresInsideTheTrim(String stem, String card)
            throws IOException {
        List<Face> faces = faces(stem, card);
        List<Lesson> lessons = Corpus.load(Corpus.path(stem)).allLessons();
        int larger = 0;
        int withBody = 0;
        for (int i = 0; i < lessons.size(); i++) {
            Face back = faces.get(2 * i + 1);
            String lead = lessons.get(i).leadText();
            String text = String.join(" ", back.lines().stream().map(Line::text).toList());
            assertThat(text.replace('\u00a0', ' ')).as("the back does not repeat the lead").doesNotContain(lead.replace('\u00a0', ' '));
            double body = back.lines().stream().filter(l -> !l.bold()).mapToDouble(Line::size).max().orElse(0);
            if (!lessons.get(i).body().isEmpty()) {
                withBody++;
                if (body > 9.0 * scale(card) + 1e-6) {
                    larger++;
                }
            }
            PDRectangle t = back.trim();
            double inside = Units.mm(4) - 0.01;
            for (Face f : List.of(back, faces.get(2 * i))) {
                for (Line l : f.lines()) {
                    assertThat(l.x() - t.getLowerLeftX()).as(l.toString()).isGreaterThanOrEqualTo(inside);
                    assertThat(t.getUpperRightX() - l.right()).as(l.toString()).isGreaterThanOrEqualTo(inside);
                    assertThat(l.baseline() - 0.25 * l.size() - t.getLowerLeftY()).as(l.toString()).isGreaterThanOrEqualTo(inside);
                    assertThat(t.getUpperRightY() - (l.baseline() + 0.75 * l.size())).as(l.toString())
                            .isGreaterThanOrEqualTo(inside);
                }
            }
        }
        System.out.printf("%s %s: %d of %d backs set larger than the old 9 pt%n", stem, card, larger, withBody);
        if (card.equals("poker") && !stem.equals("multilingual")) {
            assertThat(larger).as("backs whose body is short grow").isGreaterThan(withBody / 3);
        }
    }

    private static double scale(String card) {
        CardSize size = CardSize.parse(card);
        return Math.max(0.8, Math.min(1.6, Math.min(size.width() / CardStyle.POKER_WIDTH, size.height() / CardStyle.POKER_HEIGHT)));
    }
}
