package org.lessonpress.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scans shared through {@link BreakScans} report exactly what a scan of their own would, for every setting. */
class BreakScansTest {
    private static final String[] WORDS = {"the", "implementation", "well-known", "and/or", "https://example.com/a/long/path",
            "www.Example.org", "MAILTO:x@y.z", "e.g.", "A.", "Reviewer", "18", "months", "×", "=", "—", "«", "»", "?", ";",
            "co\u00adoperation", "zero\u200bwidth", "Donaudampfschifffahrt", "naïve", "emoji\ud83d\udc4d\ud83c\udffd",
            "p.", "ex.", "z.", "B.", "w", "i", "extraordinarily", "1\u00a0000", "3\u202f%"};
    private static final String[] GAPS = {" ", " ", " ", "  ", "\u00a0", "\n", "\u202f", "\u2009"};

    /** One event of a scan, as text. */
    private static List<String> events(BreakOpportunities b, String text, boolean[] literal) {
        List<String> out = new ArrayList<>();
        b.scan(text, literal, new BreakOpportunities.Sink() {
            @Override
            public void space(int start, int end, Ties.Space kind) {
                out.add("space " + start + "-" + end + " " + kind);
            }

            @Override
            public void lineBreak(int at) {
                out.add("break " + at);
            }

            @Override
            public void word(int from, int to, boolean url) {
                out.add("word " + from + "-" + to + (url ? " url" : ""));
            }

            @Override
            public void cut(int at, BreakOpportunities.Cut kind) {
                out.add("cut " + at + " " + kind);
            }
        });
        return out;
    }

    static Stream<Arguments> seeds() {
        return Stream.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L).map(Arguments::of);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aSharedScanReportsWhatItsOwnScanWouldForEachLanguageAndHyphenation(long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        List<boolean[]> literals = new ArrayList<>();
        for (int t = 0; t < 30; t++) {
            StringBuilder sb = new StringBuilder();
            for (int w = random.nextInt(25); w >= 0; w--) {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
            }
            String text = sb.toString();
            boolean[] literal = new boolean[text.length()];
            if (random.nextInt(3) == 0 && text.length() > 4) {
                int from = random.nextInt(text.length() / 2);
                java.util.Arrays.fill(literal, from, from + random.nextInt(text.length() - from), true);
            }
            // Every text twice, the second time often with another code span: the same words are not the same scan.
            texts.add(text);
            literals.add(literal);
            texts.add(text);
            literals.add(random.nextBoolean() ? literal.clone() : new boolean[text.length()]);
        }
        String[][] settings = {{"en", "on"}, {"en", "off"}, {"fr", "on"}, {"de", "on"}, {"pl", "off"}};
        BreakScans shared = new BreakScans();
        for (int round = 0; round < 2; round++) { // the first round records, the second replays
            for (String[] setting : settings) {
                Hyphenator h = setting[1].equals("on") ? Hyphenator.forLanguage(setting[0]) : Hyphenator.OFF;
                BreakOpportunities own = new BreakOpportunities(h, Ties.forLanguage(setting[0]));
                // Another hyphenator for the same language, as each format makes its own: the same patterns.
                BreakOpportunities sharing = new BreakOpportunities(setting[1].equals("on") ? Hyphenator.forLanguage(setting[0])
                        : Hyphenator.OFF, Ties.forLanguage(setting[0]), shared);
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(events(sharing, texts.get(i), literals.get(i)))
                            .as("%s %s, round %d: %s", setting[0], setting[1], round, texts.get(i))
                            .isEqualTo(events(own, texts.get(i), literals.get(i)));
                }
            }
        }
        assertThat(shared.size()).as("one scan kept per text, code spans and setting, not per call")
                .isLessThanOrEqualTo(texts.size() * settings.length).isGreaterThan(texts.size() / 2 * 3);
    }

    @Test
    void aTextScannedWithoutHyphenationIsNotReplayedToATypesetterThatHyphenates() {
        BreakScans shared = new BreakScans();
        String text = "extraordinarily implementation";
        boolean[] literal = new boolean[text.length()];
        List<String> off = events(new BreakOpportunities(Hyphenator.OFF, Ties.forLanguage("en"), shared), text, literal);
        List<String> on = events(new BreakOpportunities(Hyphenator.forLanguage("en"), Ties.forLanguage("en"), shared), text, literal);
        assertThat(on).anyMatch(e -> e.endsWith("HYPHENATION")).isNotEqualTo(off);
        assertThat(off).noneMatch(e -> e.endsWith("HYPHENATION"));
        assertThat(shared.size()).isEqualTo(2);
    }
}
