package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.export.ExportContext;
import org.lessonpress.testing.Corpus;
import org.lessonpress.typeset.AdvanceRounding;
import org.lessonpress.typeset.Hyphenator;
import org.lessonpress.typeset.FontMetrics;

/** The layout step alone: hyphenation, keeping and the text block, with real font metrics (breaking: the core's tests). */
class TypesettingTest {
    private static final ExportContext CTX = Corpus.context("booklet", Corpus.path("sample"), Map.of());

    @Test
    void patternsExistForTheCorpusLanguages() {
        assertThat(Hyphenator.forLanguage("en").points("hyphenation")).isNotEmpty();
        assertThat(Hyphenator.forLanguage("de").points("Qualitätssicherung")).isNotEmpty();
        assertThat(Hyphenator.forLanguage("fr").points("complexité")).isNotEmpty();
        assertThat(Hyphenator.forLanguage("pl").points("rozwiązaniach")).isNotEmpty();
        assertThat(Hyphenator.forLanguage("ru").points("программирование")).isNotEmpty();
        assertThat(Hyphenator.forLanguage("el").points("πολυπλοκότητα")).isNotEmpty();
        assertThat(Hyphenator.forLanguage("tr").points("bilgisayarlarımız")).isNotEmpty();
        assertThat(Hyphenator.forLanguage("vi").enabled()).isFalse();
    }

    @Test
    void paragraphsAllowNoLoneLineAtAPageBreak() {
        List<Boolean> breaks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            breaks.add(BlockSetter.breakableBefore(i, 5));
        }
        assertThat(breaks).containsExactly(true, false, true, true, false);
    }

    @Test
    void anUnbreakableGroupMovesWholeToTheNextPage() {
        Row r = new Row(14, List.of(), true, false, List.of(), null);
        List<Group> groups = List.of(new Group(rows(r, 8), 0, false), new Group(rows(r, 4), 14, false).unbreakable());
        List<Paginator.Placed> placed = Paginator.paginate(groups, 14 * 10);
        assertThat(placed.subList(8, 12)).allSatisfy(p -> assertThat(p.page()).isEqualTo(1));
    }

    @Test
    void aBreakableGroupSplitsAtTheLastAllowedRowThatFits() {
        Row keep = new Row(14, List.of(), false, false, List.of(), null);
        Row free = keep.withBreak(true);
        List<Row> lesson = new ArrayList<>(List.of(keep, keep, keep, free, free, free, free));
        List<Group> groups = List.of(new Group(rows(free, 5), 0, false), new Group(lesson, 0, false));
        List<Paginator.Placed> placed = Paginator.paginate(groups, 14 * 10);
        assertThat(placed.stream().filter(p -> p.page() == 0).count()).isEqualTo(10);
        // Were the first three rows (number, lead, first body lines) not kept, no page could end before row 4.
        List<Paginator.Placed> fill = Paginator.paginate(List.of(new Group(rows(free, 8), 0, false), new Group(lesson, 0, false)), 14 * 10);
        assertThat(fill.get(8).page()).isEqualTo(1);
    }

    private static List<Row> rows(Row r, int n) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(r);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "forty-three-nested", "multilingual", "nineteen-plain"})
    void nothingCrossesTheTextBlock(String stem) {
        ExportContext ctx = Corpus.context("booklet", Corpus.path(stem), Map.of());
        Layout layout = BookletExporter.layout(stem.equals("sample") ? Corpus.sample() : Corpus.load(stem), ctx);
        Geometry g = layout.geometry();
        for (Layout.Page page : layout.pages()) {
            for (PageItem it : page.items()) {
                if (it instanceof PageItem.Text t) {
                    double w = FontMetrics.of(t.face()).width(t.text(), AdvanceRounding.DOWN_TO_THOUSANDTH) * t.size() * t.scaleX()
                            + (t.text().codePointCount(0, t.text().length()) - 1) * t.tracking();
                    assertThat(t.x()).as("%s p%d '%s'", stem, page.number(), t.text()).isGreaterThanOrEqualTo(g.left(page.number()) - 0.01);
                    assertThat(t.x() + w).as("%s p%d '%s'", stem, page.number(), t.text()).isLessThanOrEqualTo(g.right(page.number()) + 0.01);
                    assertThat(t.y()).isBetween(0.0, g.height());
                }
            }
        }
    }

    @Test
    void sectionsCanOpenAfterARuleInsteadOfANewPage() {
        Layout newPages = BookletExporter.layout(Corpus.sample(), CTX, new BookletLayout.Settings(10, BookletLayout.SectionStart.NEW_PAGE, 0.4, 60));
        Layout rules = BookletExporter.layout(Corpus.sample(), CTX, new BookletLayout.Settings(10, BookletLayout.SectionStart.RULE, 0.4, 60));
        assertThat(rules.pages().size()).isLessThan(newPages.pages().size());
        // A rule above every section but the first, except where the section happens to open a page (dropped there).
        long atPageTop = Corpus.sample().sections().stream().skip(1)
                .filter(s -> rules.pages().stream().anyMatch(p -> {
                    Double y = p.anchors().get(BodySetter.anchor(s));
                    return y != null && y < rules.geometry().top() + 1;
                })).count();
        long ruled = rules.pages().stream().flatMap(p -> p.items().stream())
                .filter(i -> i instanceof PageItem.Stroke s && s.x2() - s.x1() > 200).count();
        assertThat(ruled).isEqualTo(Corpus.sample().sections().size() - 1 - atPageTop);
        assertThat(ruled).isPositive();
    }

    @Test
    void marginsMirrorOnFacingPages() {
        Geometry g = BookletExporter.geometry(CTX.theme(BookletKeys.PAPER), CTX);
        assertThat(g.inner()).isLessThan(g.top());
        assertThat(g.top()).isLessThan(g.outer());
        assertThat(g.outer()).isLessThan(g.bottom());
        assertThat(g.left(1)).isEqualTo(g.inner());
        assertThat(g.left(2)).isEqualTo(g.outer());
    }
}
