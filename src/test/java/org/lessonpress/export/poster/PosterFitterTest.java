package org.lessonpress.export.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.export.poster.PosterLayout.Cell;
import org.lessonpress.export.poster.PosterLayout.Placed;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.PageSize;

/** The pure layout step: measured text and geometry in, boxes out. The core measures from the fonts, no PDF. */
class PosterFitterTest {

    private static PosterFitter fitter(String stem, String paper) {
        ExportContext ctx = Corpus.context("poster", Corpus.path(stem), Map.of());
        LessonDocument doc = stem.equals("sample") ? Corpus.sample() : Corpus.load(stem);
        return new PosterFitter(PosterContent.of(doc, ctx), PosterExporter.geometry(ctx, PageSize.parse(paper)));
    }

    /**
     * The body is the largest that fits within the measure, or within 3 % of it where another column count's text
     * covers more of its area; no column count sets a body larger than that, and of those near the largest none
     * covers more.
     */
    @Test
    void picksTheLargestSizeThatFitsOrThatTheMeasureAllows() {
        PosterFitter f = fitter("sample", "A1");
        PosterFitter.Choice c = f.choose();
        PosterGeometry g = f.geometry();
        assertThat(f.fits(c.columns(), c.body())).isTrue();
        double[] range = f.measureRange(f.columnWidth(c.columns()));
        assertThat(c.body()).isBetween(range[0] - 1e-9, range[1] + 1e-9);
        double next = c.body() + g.step();
        assertThat(!f.fits(c.columns(), next) || next > range[1]).as("one step larger breaks the sheet or the measure").isTrue();
        double chosen = f.layout(c.columns(), c.body()).coverage();
        for (int cols = 1; cols <= PosterFitter.MAX_COLUMNS; cols++) {
            double[] r = f.measureRange(f.columnWidth(cols));
            double largest = 0;
            for (double body = g.minBody(); body <= Math.min(r[1], g.maxBody()) + 1e-9; body += g.step()) {
                if (body >= r[0] - 1e-9 && f.fits(cols, body)) {
                    largest = body;
                }
            }
            assertThat(largest * PosterFitter.NEAR_LARGEST).as(cols + " columns set " + largest).isLessThanOrEqualTo(c.body() + 1e-9);
            if (cols != c.columns() && largest >= c.body() * PosterFitter.NEAR_LARGEST && largest > 0) {
                assertThat(f.layout(cols, largest).coverage()).as(cols + " columns at " + largest + " cover").isLessThanOrEqualTo(chosen);
            }
        }
        assertThat(chosen).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "one-lesson", "nineteen-plain", "forty-three-nested", "multilingual"})
    void boxesDoNotOverlapAndStayInsideTheMargins(String stem) {
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
                boolean inCell = c.bounds().contains(p.bounds()) || c.continued().stream().anyMatch(r -> r.contains(p.bounds()));
                assertThat(inCell).as(stem + " lesson " + c.item().lesson().number() + " text in its cell").isTrue();
                assertThat(p.box().fits()).isTrue();
            }
        }
        l.labels().forEach(lb -> assertThat(lb.bounds().contains(lb.text().bounds())).isTrue());
        assertThat(l.numberSize()).isGreaterThanOrEqualTo(2 * l.bodySize());
        List<Integer> numbers = l.cells().stream().map(c -> c.item().lesson().number()).toList();
        assertThat(numbers).as("cells in reading order").isSorted();
    }

    @Test
    void numberAndLeadShareTheirFirstBaseline() {
        for (Cell c : fitter("sample", "A1").fit().cells()) {
            double number = c.number().y() + c.number().box().lines().get(0).baseline();
            double lead = c.lead().y() + c.lead().box().lines().get(0).baseline();
            assertThat(number).isCloseTo(lead, offset(1e-6));
        }
    }

    @Test
    void theLegibleMinimumComesFromTheThemeForEachPaper() {
        assertThat(fitter("one-lesson", "A1").geometry().minBody()).isEqualTo(10.0);
        assertThat(fitter("one-lesson", "A3").geometry().minBody()).isEqualTo(9.0);
        assertThat(fitter("one-lesson", "A4").geometry().minBody()).isEqualTo(8.5);
        assertThat(fitter("one-lesson", "A5").geometry().minBody()).as("below A4, A4's").isEqualTo(8.5);
        double[] byA = {11, 10, 9.5, 9, 8.5};
        PageSize a1 = PageSize.parse("A1");
        PageSize a2 = PageSize.parse("A2");
        double between = PosterGeometry.legibleMinimum(Math.sqrt(a1.width() * a2.width()), Math.sqrt(a1.height() * a2.height()), byA);
        assertThat(between).isCloseTo(9.75, offset(0.01));
        PageSize twoA0 = PageSize.parse("1189x1682mm");
        assertThat(PosterGeometry.legibleMinimum(twoA0.width(), twoA0.height(), byA)).isCloseTo(11 * Math.pow(2, 0.25), offset(0.01));
    }

    @Test
    void lessonsFlowIntoColumnsOfEvenHeightKeepingTwoLinesTogether() {
        Random random = new Random(12);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(9);
            double[] heads = new double[n];
            int[] lines = new int[n];
            for (int i = 0; i < n; i++) {
                heads[i] = 20 + random.nextInt(20);
                lines[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
                if (lines[i] == 0) {
                    heads[i] += random.nextInt(60);
                }
            }
            ColumnFlow flow = new ColumnFlow(heads, lines, 10, 5, 4);
            double previous = Double.POSITIVE_INFINITY;
            for (int k = 1; k <= flow.maxColumns(); k++) {
                double height = flow.height(k);
                assertThat(height).as("more columns, lower").isLessThanOrEqualTo(previous + 1e-6);
                previous = height;
                List<ColumnFlow.Piece> pieces = flow.pieces(k);
                int[] seen = new int[n];
                double[] bottom = new double[k];
                for (ColumnFlow.Piece p : pieces) {
                    assertThat(p.column()).isLessThan(k);
                    assertThat(p.from()).isEqualTo(seen[p.cell()]);
                    seen[p.cell()] = p.to();
                    double h = (p.head() ? heads[p.cell()] : 0) + (p.to() - p.from()) * 10;
                    assertThat(p.y()).isGreaterThanOrEqualTo(bottom[p.column()] - 1e-6);
                    bottom[p.column()] = p.y() + h;
                    assertThat(bottom[p.column()]).isLessThanOrEqualTo(height + 1e-6);
                    if (p.from() > 0 || p.to() < lines[p.cell()]) {
                        assertThat(p.to() - p.from()).as("two lines or more on each side of a column break").isGreaterThanOrEqualTo(2);
                    }
                }
                for (int i = 0; i < n; i++) {
                    assertThat(seen[i]).as("every line placed").isEqualTo(lines[i]);
                }
            }
        }
    }

    @Test
    void rowsOfBlocksTakeTheLeastHeight() {
        // three blocks of one, four and two lessons of height 10 on four columns, rows 3 apart
        int[] lessons = {1, 4, 2};
        BlockRows.Heights h = new BlockRows.Heights() {
            @Override
            public double strip(int block, int columns) {
                return 2;
            }

            @Override
            public double lessons(int block, int columns) {
                int per = (int) Math.ceil(lessons[block] / (double) Math.min(columns, lessons[block]));
                return per * 10 + (per - 1);
            }

            @Override
            public int maxColumns(int block) {
                return lessons[block];
            }
        };
        List<BlockRows.Row> rows = BlockRows.pack(3, 4, h, 3);
        double total = rows.stream().mapToDouble(BlockRows.Row::height).sum() + 3 * (rows.size() - 1);
        // one row: 1 + 2 + 1 columns holds all in 2 + 21 = 23; the best
        assertThat(rows).hasSize(1);
        assertThat(total).isEqualTo(23);
        assertThat(rows.get(0).blocks().stream().mapToInt(BlockRows.Placement::columns).sum()).isEqualTo(4);
    }

    /** The lowest tallest column over every way to cut heights[from..] into k runs. */
    private static double bruteForce(double[] h, double gap, int k, int from) {
        if (k == 1) {
            double col = 0;
            for (int i = from; i < h.length; i++) {
                col += h[i] + (i > from ? gap : 0);
            }
            return col;
        }
        double best = bruteForce(h, gap, 1, from);
        double col = 0;
        for (int i = from; i < h.length; i++) {
            col += h[i] + (i > from ? gap : 0);
            best = Math.min(best, Math.max(col, bruteForce(h, gap, k - 1, i + 1)));
        }
        return best;
    }

    /**
     * A sub-section's name stands under a hairline in its section's colour across its column, except right under its
     * section's own name, where the band already opens the block.
     */
    @Test
    void subSectionNamesStandUnderARuleExceptRightUnderTheSectionsName() {
        PosterLayout l = fitter("forty-three-nested", "A1").fit();
        int ruled = 0;
        int underName = 0;
        for (Cell c : l.cells()) {
            if (c.kicker() == null) {
                continue;
            }
            boolean belowLabel = l.labels().stream().anyMatch(lb -> Math.abs(lb.bounds().bottom() - c.bounds().y()) < 0.01
                    && Math.abs(lb.bounds().x() - c.bounds().x()) < 0.01);
            List<PosterLayout.Band> rules = c.decorations().stream().filter(d -> Math.abs(d.rect().y() - c.bounds().y()) < 0.01
                    && Math.abs(d.rect().width() - c.bounds().width()) < 0.01).toList();
            if (belowLabel) {
                underName++;
                assertThat(rules).as("lesson " + c.item().lesson().number()).isEmpty();
            } else {
                ruled++;
                assertThat(rules).as("lesson " + c.item().lesson().number()).hasSize(1);
                assertThat(rules.get(0).color()).isEqualTo(c.item().colours().rule());
                assertThat(c.kicker().y()).isGreaterThan(rules.get(0).rect().bottom());
            }
        }
        assertThat(ruled).isGreaterThan(4);
        assertThat(underName).isEqualTo(4);
    }

    /** The yes-or-no question asked of larger papers agrees with the search, on every paper from A4 to A0. */
    @ParameterizedTest
    @ValueSource(strings = {"A4", "A3", "A2", "A1", "A0"})
    void holdsAgreesWithTheSearch(String paper) {
        for (String stem : List.of("sample", "forty-three-nested", "three-ninety")) {
            PosterFitter f = fitter(stem, paper);
            assertThat(f.holds()).as(stem + " on " + paper).isEqualTo(f.choose() != null);
        }
    }
}
