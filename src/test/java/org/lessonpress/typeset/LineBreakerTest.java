package org.lessonpress.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.model.Block;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.Lesson;
import org.lessonpress.testing.Corpus;

/** The one line breaker on real fonts: total fit for justified text, balanced display lines, first fit's counts. */
class LineBreakerTest {
    private static final String TEXT = "Heuristics and SQL queries are valuable baselines. Start simple and see if the "
            + "juice is worth the squeeze. Remember the first rule of machine learning: start without machine learning. "
            + "Short-term rewards don’t show the full picture, so the long-term metrics that matter take patience.";

    private static List<String> words(String s) {
        return Arrays.stream(s.replace("-\n", "").replace('\n', ' ').split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The text of the lines without spaces and without the hyphens the breaker added. */
    private static String squeezed(TextBox box) {
        StringBuilder sb = new StringBuilder();
        for (TextBox.Line l : box.lines()) {
            String t = l.text().replaceAll("\\s+", "");
            sb.append(l.hyphenated() ? t.substring(0, t.length() - 1) : t);
        }
        return sb.toString();
    }

    @Test
    void justifiedLinesFillTheMeasureAndTheLastIsNatural() {
        TextBox box = TypeFixture.measure("en", TEXT).layout(Setting.JUSTIFIED, 10, 14, 300);
        assertThat(box.lines()).hasSizeGreaterThan(3);
        for (TextBox.Line l : box.lines().subList(0, box.lines().size() - 1)) {
            assertThat(l.width()).isCloseTo(300, within(0.01));
        }
        TextBox.Line last = box.lines().get(box.lines().size() - 1);
        assertThat(last.width()).isLessThan(300);
        assertThat(squeezed(box)).isEqualTo(TEXT.replaceAll("\\s+", ""));
    }

    /** The loosest and tightest word space of a justified line, as a part of the natural one. */
    private static double[] spacing(TextBox.Line line, double natural) {
        double min = Double.MAX_VALUE;
        double max = 0;
        List<TextBox.Run> runs = line.runs();
        for (int i = 1; i < runs.size(); i++) {
            double gap = runs.get(i).x() - runs.get(i - 1).x() - runs.get(i - 1).width();
            min = Math.min(min, gap / natural);
            max = Math.max(max, gap / natural);
        }
        return new double[] {min, max};
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "forty-three-nested", "three-ninety"})
    void totalFitLeavesFewLooseLinesAndNoHole(String stem) {
        Typesetter t = TypeFixture.typesetter("en");
        double natural = FontMetrics.of(TypeFixture.SERIF.primary(org.lessonpress.theme.FontStyle.REGULAR))
                .advance(' ', AdvanceRounding.NEAREST_THOUSANDTH) * 10;
        int lines = 0;
        int loose = 0;
        for (Lesson l : (stem.equals("sample") ? Corpus.sample() : Corpus.load(stem)).allLessons()) {
            for (Block b : l.body()) {
                if (!(b instanceof Block.Paragraph p)) {
                    continue;
                }
                MeasuredParagraph m = t.measure(TypeFixture.styler(t).inlines(p.content(), org.lessonpress.theme.FontStyle.REGULAR,
                        TypeFixture.STRICT));
                TextBox box = m.layout(Setting.JUSTIFIED, 10, 14, 300);
                assertThat(box.fits()).isTrue();
                for (TextBox.Line line : box.lines().subList(0, box.lines().size() - 1)) {
                    if (Math.abs(line.width() - 300) < 0.01) {
                        double[] s = spacing(line, natural);
                        // rounded to thousandths of an em, a space may come out a hair wider than its ratio says
                        assertThat(s[1]).as("lesson %d: %s", l.number(), line.text()).isLessThan(2.2);
                        assertThat(s[0]).as("lesson %d: %s", l.number(), line.text()).isGreaterThanOrEqualTo(1 - LineBreaker.SHRINK - 0.01);
                        lines++;
                        loose += s[1] > 1.6 ? 1 : 0;
                    }
                }
            }
        }
        assertThat(lines).isGreaterThan(20);
        assertThat(loose).as("%d of %d lines loose", loose, lines).isLessThan(lines / 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A. Reviewer", "1 + 1 + 1 = 5", "18 months", "e.g. this"})
    void tiedWordsStayOnOneLineWhereverTheParagraphBreaks(String tied) {
        String text = "Every line here breaks somewhere else, so " + tied + " lands near the end of one line and "
                + tied + " near the start of another, and " + tied + " in the middle.";
        MeasuredParagraph m = TypeFixture.measure("en", text);
        for (double width = 120; width < 400; width += 3.7) {
            for (Setting s : List.of(Setting.JUSTIFIED, Setting.RAGGED, Setting.DISPLAY, Setting.WORD_PROCESSOR)) {
                TextBox box = m.layout(s, 10, 13, width);
                String lines = String.join("\n", TypeFixture.lines(box));
                assertThat(lines.split(java.util.regex.Pattern.quote(tied), -1)).as("%s at %.1f: %s", s.breaking(), width, lines)
                        .hasSize(4);
            }
        }
    }

    /**
     * Counting a justified paragraph says it fits wherever the breaker set it: a line that fits only with its glyphs
     * narrowed and their gaps closed (as the breaker allows) fits, and counting gives as many lines as laying out.
     */
    @Test
    void countingAJustifiedParagraphAgreesWithLayingItOut() {
        MeasuredParagraph m = TypeFixture.measure("en", TEXT);
        int checked = 0;
        for (double width = 160; width < 420; width += 1.3) {
            TextBox box = m.layout(Setting.JUSTIFIED, 10, 14, width);
            if (!box.fits()) {
                continue;
            }
            MeasuredParagraph.Fit fit = m.fit(Setting.JUSTIFIED, 10, width);
            assertThat(fit.fits()).as("fits at %.1f", width).isTrue();
            assertThat(fit.lines()).as("lines at %.1f", width).isEqualTo(box.lines().size());
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void anAttributionKeepsItsDashWithTheName() {
        MeasuredParagraph m = TypeFixture.measure("en", "— A. Reviewer, in a review of a conference talk");
        for (double width = 75; width < 300; width += 2.3) {
            TextBox box = m.layout(Setting.DISPLAY.aligned(Setting.Align.RIGHT), 10, 13, width);
            assertThat(box.lines().get(0).text()).as("at %.1f", width).startsWith("— A. Reviewer");
        }
    }

    @Test
    void aParagraphWithALongUnbreakableRunIsSetRagged() {
        String text = "See the file at https://example.org/averyveryveryveryverylongsegmentofapathwithoutanyseparatorsatall "
                + "before the meeting, and bring everything you have to the meeting room.";
        TextBox box = TypeFixture.measure("en", text).layout(Setting.JUSTIFIED, 10, 14, 200);
        assertThat(box.fits()).isTrue();
        assertThat(box.lines()).allSatisfy(l -> assertThat(l.runs().size()).isLessThanOrEqualTo(
                (int) l.text().chars().filter(c -> c == ' ').count() + 2));
        assertThat(box.lines().stream().filter(l -> l.width() < 199).count()).isGreaterThan(1);
    }

    static Stream<String> paragraphs() {
        SplittableRandom r = new SplittableRandom(42);
        List<String> vocabulary = words(TEXT + " internationalisation https://example.org/path/to/x — A. Reviewer 1 + 1 = 2 "
                + "Donaudampfschifffahrtsgesellschaft e.g. this and/or that");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(60);
            for (int k = 0; k < n; k++) {
                sb.append(k == 0 ? "" : " ").append(vocabulary.get(r.nextInt(vocabulary.size())));
            }
            out.add(sb.toString());
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("paragraphs")
    void raggedAndBalancedTakeFirstFitsLinesAndEverySettingKeepsTheText(String text) {
        MeasuredParagraph m = TypeFixture.measure("en", text);
        SplittableRandom r = new SplittableRandom(text.hashCode());
        for (int trial = 0; trial < 6; trial++) {
            double width = 90 + r.nextDouble() * 300;
            for (Setting s : List.of(Setting.JUSTIFIED, Setting.RAGGED, Setting.DISPLAY, Setting.WORD_PROCESSOR)) {
                int firstFit = m.layout(s.withBreaking(Setting.Breaking.FIRST_FIT), 10, 13, width).lines().size();
                TextBox box = m.layout(s, 10, 13, width);
                assertThat(box.fits()).as("%s at %.1f", s.breaking(), width).isTrue();
                assertThat(m.fit(s, 10, width).lines()).isEqualTo(box.lines().size());
                assertThat(squeezed(box)).as("%s at %.1f", s.breaking(), width).isEqualTo(text.replaceAll("\\s+", ""));
                if (s.breaking() != Setting.Breaking.JUSTIFIED && s.breaking() != Setting.Breaking.FIRST_FIT) {
                    assertThat(box.lines().size()).as("%s at %.1f", s.breaking(), width).isEqualTo(firstFit);
                }
            }
        }
    }

    @Test
    void twoLineLeadsAreBalancedAndNeverEndOnALoneWord() {
        int twoLine = 0;
        for (Lesson l : Corpus.sample().allLessons()) {
            MeasuredParagraph m = TypeFixture.measure("en", l.leadText());
            for (double width : new double[] {180, 240, 290}) {
                TextBox box = m.layout(Setting.DISPLAY, 10, 14, width);
                if (box.lines().size() == 2 && words(l.leadText()).size() >= 3) {
                    twoLine++;
                    assertThat(words(box.lines().get(1).text())).as(box.text()).hasSizeGreaterThan(1);
                    assertThat(box.lines().get(1).width()).as(box.text()).isGreaterThan(box.lines().get(0).width() * 0.3);
                }
            }
        }
        assertThat(twoLine).isGreaterThan(20);
    }

    @Test
    void displayTextIsCutOnlyWhenAWordIsWiderThanTheLineAndWithoutAHyphen() {
        String title = "39 Lessons from Industry ML Conferences in 2024 on well-known trade-offs";
        MeasuredParagraph m = TypeFixture.measure("en", title);
        double widest = m.widestUnbreakableEm(Setting.DISPLAY) * 30;
        for (double width : new double[] {widest, widest + 20, widest + 60, widest + 120, 320}) {
            TextBox box = m.layout(Setting.DISPLAY, 30, 36, width);
            assertThat(String.join(" ", TypeFixture.lines(box))).as("width %s", width).isEqualTo(title);
        }
        TextBox cut = TypeFixture.measure("en", "Conferences").layout(Setting.DISPLAY, 30, 36, widest / 2);
        assertThat(cut.lines()).hasSizeGreaterThan(1);
        assertThat(cut.fits()).isTrue();
        assertThat(TypeFixture.lines(cut)).noneMatch(t -> t.endsWith("-"));
        TextBox body = TypeFixture.measure("en", "Conferences").layout(Setting.RAGGED, 30, 36, widest / 2);
        assertThat(body.lines().get(0).text()).endsWith("-");
    }

    @Test
    void runsKeepTheirSpansAndSpacesAreDrawnBetweenWordsOfOneSpan() {
        Typesetter t = TypeFixture.typesetter("en");
        List<Span> spans = new ArrayList<>(TypeFixture.styler(t).plain("plain words and ", org.lessonpress.theme.FontStyle.REGULAR, TypeFixture.STRICT));
        spans.addAll(TypeFixture.styler(t).linked("a link", "https://example.org", org.lessonpress.theme.FontStyle.REGULAR, TypeFixture.STRICT));
        TextBox box = t.measure(spans).layout(Setting.RAGGED, 10, 14, 500);
        assertThat(box.lines()).hasSize(1);
        List<TextBox.Run> runs = box.lines().get(0).runs();
        assertThat(runs).extracting(TextBox.Run::text).containsExactly("plain words and", "a link");
        assertThat(runs.get(1).link()).isEqualTo("https://example.org");
        assertThat(runs.get(1).color()).isEqualTo(TypeFixture.BLUE);
    }
}
