package org.lessonpress.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that made the old breakers cubic (issue 10): each is set, broken somewhere, in time linear in its length.
 * The timeout only guards against a hang; how fast it is belongs in a benchmark.
 */
class LongInputTest {
    private static final List<Setting> SETTINGS = List.of(Setting.JUSTIFIED, Setting.RAGGED, Setting.DISPLAY, Setting.WORD_PROCESSOR);

    private static String input(String kind) {
        SplittableRandom r = new SplittableRandom(7);
        StringBuilder sb = new StringBuilder();
        switch (kind) {
            case "word" -> {
                for (int i = 0; i < 100_000; i++) {
                    sb.append((char) ('a' + r.nextInt(26)));
                }
            }
            case "base64" -> {
                byte[] bytes = new byte[75_000];
                r.nextBytes(bytes);
                sb.append("![](data:image/png;base64,").append(Base64.getEncoder().encodeToString(bytes)).append(')');
            }
            case "paragraph" -> {
                String[] words = "the model of a pipeline with evaluation and instrumentation, e.g. 18 months — A. Reviewer".split(" ");
                while (sb.length() < 1_000_000) {
                    sb.append(words[r.nextInt(words.length)]).append(' ');
                }
            }
            case "title" -> {
                while (sb.length() < 5_000) {
                    sb.append("Lessons from industry conferences ");
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return sb.toString().strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"word", "base64", "paragraph", "title"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void isSetInEverySetting(String kind) {
        String text = input(kind);
        long t0 = System.nanoTime();
        MeasuredParagraph m = TypeFixture.measure("en", text);
        for (Setting s : SETTINGS) {
            TextBox box = m.layout(s, 10, 13, 300);
            assertThat(box.fits()).as(kind + " " + s.breaking()).isTrue();
            assertThat(box.lines().size()).as(kind + " " + s.breaking()).isGreaterThan(text.length() / 200);
            assertThat(m.fit(s, 10, 300).lines()).isEqualTo(box.lines().size());
        }
        System.out.printf("%s (%d characters): measured and set four ways in %d ms%n", kind, text.length(),
                (System.nanoTime() - t0) / 1_000_000);
    }
}
