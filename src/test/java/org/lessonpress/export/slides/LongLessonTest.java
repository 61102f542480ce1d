package org.lessonpress.export.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.BadInputException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;

/**
 * The slides' measuring path is linear (issue 10): a 5 MB lesson, which took 174 s to reject when slides measured
 * with java.awt, is rejected as too long for one slide, naming the lesson; and counting the lines of a 1 MB
 * paragraph takes one pass. The timeouts only guard against a hang; speed belongs in a benchmark.
 */
class LongLessonTest {

    private static String words(int length, long seed) {
        String[] words = "the model of a pipeline with evaluation and instrumentation, e.g. 18 months".split(" ");
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(length + 20);
        while (sb.length() < length) {
            sb.append(words[r.nextInt(words.length)]).append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFiveMegabyteLessonIsRejectedAtItsLine(@TempDir Path dir) throws IOException {
        // The loader now refuses a lesson this long; the exporter must still be linear on any model it is given.
        Path input = dir.resolve("huge.md");
        Files.writeString(input, "---\ntitle: Huge\n---\n\n1. **A lead.** Short.\n", StandardCharsets.UTF_8);
        LessonDocument small = Corpus.load(input);
        Lesson one = small.lessons().get(0);
        Lesson huge = new Lesson(one.number(), one.lead(), List.of(new Block.Paragraph(List.of(new Inline.Text(words(5_000_000, 3))),
                one.line())), false, one.line());
        LessonDocument doc = new LessonDocument(small.metadata(), small.intro(), List.of(huge), small.sections(),
                small.closing(), small.sourceName());
        ExportContext ctx = ExportContext.builder(Corpus.theme()).exporter("slides")
                .source("huge.md", Files.readAllBytes(input)).options(Map.of()).timestamp(Corpus.EPOCH).build();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> new SlidesExporter().write(doc, ctx, new ByteArrayOutputStream()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("does not fit on one slide");
        System.out.printf("a 5 MB lesson rejected by the slides in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aMegabyteParagraphIsCountedAsFirstFitWouldBreakIt() {
        FontChain sans = Corpus.context("slides", Corpus.SAMPLE, Map.of()).fonts(org.lessonpress.theme.CoreKeys.FONT_SANS);
        String text = words(1_000_000, 5);
        List<TextMeasurer.Run> runs = List.of(new TextMeasurer.Run(sans.primary(FontStyle.REGULAR), text));
        int lines = new TextMeasurer("en").lineCount(runs, 20, 600, 0);
        // About 600 pt / (20 pt × 0.5 em per character) = 60 characters a line.
        assertThat(lines).isBetween(text.length() / 90, text.length() / 40);
    }
}
