package org.lessonpress.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonpress.model.Block;
import org.lessonpress.model.Lesson;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.FontStyle;

/**
 * {@link MeasuredParagraph#fit} counts what {@link MeasuredParagraph#layout} sets: the same lines, and "fits" exactly
 * when the set box does. Justified lines narrow their glyphs and close their letter spacing as well as their spaces, so
 * a count that allowed the spaces alone to shrink called ordinary justified paragraphs overfull.
 */
class JustifiedFitTest {

    /** Every body paragraph of the sample, with a seeded size and measure per paragraph. */
    static Stream<Object[]> paragraphs() {
        Typesetter t = TypeFixture.typesetter("en");
        List<Object[]> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(13);
        int n = 0;
        for (Lesson l : Corpus.sample().allLessons()) {
            for (Block b : l.body()) {
                if (b instanceof Block.Paragraph p) {
                    MeasuredParagraph m = t.measure(TypeFixture.styler(t).inlines(p.content(), FontStyle.REGULAR, TypeFixture.STRICT));
                    double size = 7 + r.nextInt(19);
                    double width = size * (14 + r.nextDouble() * 36);
                    out.add(new Object[] {l.number() + "." + (n++), m, size, width});
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} at {2} pt in {3} pt")
    @MethodSource("paragraphs")
    void fitAgreesWithLayoutOnLinesAndFits(String name, MeasuredParagraph m, double size, double width) {
        for (Setting s : List.of(Setting.JUSTIFIED, Setting.RAGGED, Setting.DISPLAY, Setting.WORD_PROCESSOR)) {
            for (double w : new double[] {width, width * 0.7, width * 1.4}) {
                for (double indent : new double[] {0, size * 1.5}) {
                    TextBox box = m.layout(s, size, size * 1.4, w, indent);
                    MeasuredParagraph.Fit fit = m.fit(s, size, w, indent);
                    String at = String.format("%s at %.0f pt in %.1f pt, indent %.0f", s.breaking(), size, w, indent);
                    assertThat(fit.lines()).as(at).isEqualTo(box.lines().size());
                    assertThat(fit.fits()).as(at).isEqualTo(box.fits());
                }
            }
        }
    }

    /** Every lesson body of the sample, with a seeded size and measure per lesson. */
    static Stream<Object[]> bodies() {
        List<Object[]> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(31);
        for (Lesson l : Corpus.sample().allLessons()) {
            double size = 7 + r.nextInt(19);
            out.add(new Object[] {l.number(), l, size, size * (16 + r.nextDouble() * 30)});
        }
        return out.stream();
    }

    /**
     * A size search counts a justified body with {@link BlockStack#height} (which calls fit) and then draws it with
     * {@link BlockStack#layout}: the two must agree, or a search rejects every size of a body that sets.
     */
    @ParameterizedTest(name = "lesson {0} at {2} pt in {3} pt")
    @MethodSource("bodies")
    void justifiedBodyCountsAsItSets(int number, Lesson lesson, double size, double width) {
        Typesetter t = TypeFixture.typesetter("en");
        Styler styler = TypeFixture.styler(t);
        MeasuredBlocks blocks = MeasuredBlocks.of(lesson.body(), t, styler, styler, FontStyle.REGULAR, TypeFixture.STRICT);
        for (double indent : new double[] {0, 1}) {
            BlockStack stack = new BlockStack(new BlockStack.Look(Setting.JUSTIFIED, Setting.DISPLAY, Setting.DISPLAY, 0.85,
                    indent, indent > 0, TypeFixture.BLUE, null, TypeFixture.BLUE, TypeFixture.BLUE));
            BlockStack.Stack set = stack.layout(blocks, size, size * 1.4, width);
            assertThat(set.fits()).as("lesson %d sets", number).isTrue();
            assertThat(stack.height(blocks, size, size * 1.4, width)).as("lesson %d counted", number)
                    .isCloseTo(set.height(), within(1e-6));
        }
    }
}
