package org.lessonpress.export.poster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.export.poster.PosterLayout.Cell;
import org.lessonpress.export.poster.PosterLayout.Placed;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.PageSize;
import org.lessonpress.typeset.TextBox;

/** The pure layout step: measured text and geometry in, boxes out. The core measures from the fonts, no PDF. */
class PosterFitterTest {

    private static PosterFitter fitter(String stem, String paper) {
        ExportContext ctx = Corpus.context("poster", Corpus.path(stem), Map.of());
        LessonDocument doc = stem.equals("sample") ? Corpus.sample() : Corpus.load(stem);
        return new PosterFitter(PosterContent.of(doc, ctx), PosterExporter.geometry(ctx, PageSize.parse(paper)));
    }

    @Test
    void picksASizeWhereEverythingFitsAndOneStepLargerDoesNot() {
        PosterFitter f = fitter("sample", "A1");
        PosterLayout l = f.fit();
        PosterGeometry g = f.geometry();
        int k = (int) Math.round((l.bodySize() - g.minBody()) / g.step());
        PosterFitter.Grid grid = new PosterFitter.Grid(l.columns(), l.sectionRows());
        assertThat(k).isGreaterThan(0).isLessThan(g.maxStep());
        assertThat(f.fits(grid, k)).isTrue();
        assertThat(f.fits(grid, k + 1)).isFalse();
        assertThat(f.layout(grid, g.size(k + 1))).isNull();
        assertThat(l.leadSize()).isEqualTo(l.bodySize() * g.leadScale());
        // no other grid fits a larger size, beyond the small allowance given to section rows
        for (PosterFitter.Grid other : f.grids()) {
            int limit = k + 1 + (other.sectionRows() == l.sectionRows() ? 0 : PosterFitter.SECTION_ROW_ALLOWANCE);
            if (limit <= g.maxStep()) {
                assertThat(f.fits(other, limit)).as(other.toString()).isFalse();
            }
        }
    }

    @Test
    void boxesDoNotOverlapAndStayInsideTheMargins() {
        for (String stem : List.of("sample", "one-lesson", "nineteen-plain", "forty-three-nested", "multilingual")) {
            PosterLayout l = fitter(stem, "A1").fit();
            assertThat(l).as(stem).isNotNull();
            PosterGeometry g = l.geometry();
            Rect inside = new Rect(g.margin(), g.margin(), g.gridWidth(), g.height() - 2 * g.margin());
            List<Rect> areas = l.areas();
            for (int i = 0; i < areas.size(); i++) {
                assertThat(inside.contains(areas.get(i))).as(stem + " area " + i + " inside margins").isTrue();
                for (int j = i + 1; j < areas.size(); j++) {
                    assertThat(areas.get(i).overlaps(areas.get(j))).as(stem + " areas " + areas.get(i) + " and " + areas.get(j)).isFalse();
                }
            }
            for (Cell c : l.cells()) {
                for (Placed p : c.texts()) {
                    assertThat(c.bounds().contains(p.bounds())).as(stem + " lesson " + c.item().lesson().number() + " text in its cell").isTrue();
                    assertThat(p.box().fits()).isTrue();
                }
            }
            l.labels().forEach(lb -> assertThat(lb.bounds().contains(lb.text().bounds())).isTrue());
            assertThat(l.header().bounds().bottom()).isCloseTo(g.margin() + g.height() * 0.07, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void cellsInARowShareTheirTopAndTheirBaselineGrid() {
        PosterLayout l = fitter("sample", "A1").fit();
        Map<Double, List<Cell>> rows = l.cells().stream().collect(Collectors.groupingBy(c -> c.bounds().y()));
        assertThat(rows.size()).isGreaterThan(3);
        double line = l.bodySize() * l.geometry().bodyLeading();
        for (List<Cell> row : rows.values()) {
            double leadBaseline = firstBaseline(row.get(0).lead());
            for (Cell c : row) {
                assertThat(firstBaseline(c.lead())).isCloseTo(leadBaseline, org.assertj.core.data.Offset.offset(1e-6));
                assertThat(firstBaseline(c.number())).isCloseTo(leadBaseline, org.assertj.core.data.Offset.offset(1e-6));
                if (!c.body().isEmpty()) {
                    double offset = (firstBaseline(c.body().get(0)) - leadBaseline) / line;
                    assertThat(offset - Math.floor(offset)).as("body baseline on the row's grid").isCloseTo(
                            (firstBaseline(row.stream().filter(x -> !x.body().isEmpty()).findFirst().orElseThrow().body().get(0)) - leadBaseline) / line % 1,
                            org.assertj.core.data.Offset.offset(1e-6));
                }
            }
        }
        // the grid fills rows left to right, in reading order
        List<Integer> numbers = l.cells().stream().map(c -> c.item().lesson().number()).toList();
        assertThat(numbers).isSorted().hasSize(39);
    }

    @Test
    void sectionsAreNamedWhereTheyStart() {
        PosterLayout l = fitter("sample", "A1").fit();
        List<String> names = l.labels().stream().map(lb -> lb.text().box().text().replace('\n', ' ')).toList();
        assertThat(names).containsExactly("Building effective machine learning systems", "Production and scaling",
                "Execution and collaboration", "Building for users", "Speaking at and attending conferences");
        assertThat(l.bands().stream().map(PosterLayout.Band::color).distinct().toList())
                .as("one colour per section, in order").hasSize(5)
                .isEqualTo(java.util.stream.IntStream.range(0, 5).mapToObj(i -> Corpus.theme().palette().section(i).rule()).toList());
    }

    @Test
    void sectionColouredTextMeetsWcagAa() {
        org.lessonpress.theme.Rgb paper = Corpus.theme().get(org.lessonpress.theme.CoreKeys.COLOR_PAPER);
        for (int i = 0; i < 6; i++) {
            org.lessonpress.theme.Rgb section = Corpus.theme().palette().section(i).text();
            assertThat(section.contrast(paper)).as(section.hex()).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void threeHundredNinetyLessonsDoNotFitOnA3() {
        PosterFitter f = fitter("three-ninety", "A3");
        assertThat(f.fit()).isNull();
        PosterFitter.Shortfall s = f.shortfall();
        assertThat(s.tightest()).isNotNull();
        assertThat(s.needed()).isGreaterThan(s.available());
    }

    @Test
    void minimumSizeScalesWithThePaper() {
        assertThat(fitter("one-lesson", "A1").geometry().minBody()).isEqualTo(9.0);
        assertThat(fitter("one-lesson", "A3").geometry().minBody()).isLessThan(9.0).isGreaterThan(6.0);
        assertThat(fitter("one-lesson", "A0").geometry().minBody()).isGreaterThan(9.0);
    }

    @Test
    void oneLessonGetsTheLargestSize() {
        PosterLayout l = fitter("one-lesson", "A1").fit();
        assertThat(l.cells()).hasSize(1);
        assertThat(l.bodySize()).isGreaterThan(20);
    }

    private static double firstBaseline(Placed p) {
        TextBox b = p.box();
        return p.y() + b.lines().get(0).baseline();
    }
}
