package org.lessonpress.export.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.FontStyle;

/**
 * One measurer asked for the same runs at size after size, as the fitter does, counts the lines a fresh measurer
 * counts each time: what it keeps of a paragraph holds for every size and width.
 */
class TextMeasurerTest {
    private static final String[] WORDS = {"lesson", "the", "print-ready", "booklet", "an", "extraordinarily",
            "imposition", "of", "type", "10\u00a0×", "https://example.org/a/long/path", "co-operate", "a", "rhythm"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aMeasurerReusedAcrossSizesCountsAsAFreshOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        FontFace sans = FontCatalog.bundled().family("Noto Sans").face(FontStyle.REGULAR);
        FontFace bold = FontCatalog.bundled().family("Noto Sans").face(FontStyle.BOLD);
        List<List<TextMeasurer.Run>> paragraphs = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            List<TextMeasurer.Run> runs = new ArrayList<>();
            for (int r = 0, n = 1 + random.nextInt(3); r < n; r++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0, words = 1 + random.nextInt(30); w < words; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                runs.add(new TextMeasurer.Run(random.nextBoolean() ? sans : bold, text.toString()));
            }
            paragraphs.add(runs);
        }
        TextMeasurer reused = new TextMeasurer("en");
        int multiLine = 0;
        for (int round = 0; round < 3; round++) {
            for (List<TextMeasurer.Run> runs : paragraphs) {
                double size = 10 + random.nextInt(30);
                double width = 80 + random.nextInt(600);
                double firstLine = random.nextBoolean() ? 0 : 18;
                int counted = reused.lineCount(runs, size, width, firstLine);
                assertThat(counted).isEqualTo(new TextMeasurer("en").lineCount(runs, size, width, firstLine));
                multiLine += counted > 1 ? 1 : 0;
            }
        }
        assertThat(multiLine).isPositive();
    }
}
