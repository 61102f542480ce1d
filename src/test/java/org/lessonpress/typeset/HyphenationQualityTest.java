package org.lessonpress.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * English breaks as a reader expects them: the UK patterns' implement-ation, re-commend and smal-ler are replaced
 * by the dictionary's breaks and short words stay whole (the booklet's line ends: {@code BookletLineEndsTest}).
 */
class HyphenationQualityTest {
    private static final Hyphenator EN = Hyphenator.forLanguage("en");

    private static String hyphenated(Hyphenator h, String word) {
        int[] p = h.points(word);
        StringBuilder sb = new StringBuilder(word);
        for (int i = p.length - 1; i >= 0; i--) {
            sb.insert(p[i], '-');
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource({
        "implementation, im-ple-men-ta-tion",
        "recommend, rec-om-mend",
        "recommendations, rec-om-men-da-tions",
        "smaller, smaller",
        "larger, larger",
        "being, being",
        "index, index",
        "error, error",
        "information, in-for-ma-tion",
        "engineering, en-gi-neer-ing",
        "organizations, or-ga-ni-za-tions",
        "typesetting, type-set-ting",
        "conference, con-fer-ence",
        "feedback, feed-back",
        "Implementation, Im-ple-men-ta-tion",
        "recommend., rec-om-mend.",
        "\u201Csmaller\u201D, \u201Csmaller\u201D",
    })
    void englishBreaksAreTheDictionarys(String word, String expected) {
        assertThat(hyphenated(EN, word)).isEqualTo(expected);
        assertThat(hyphenated(Hyphenator.forLanguage("en-US"), word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"implementation", "recommend", "smaller", "recommendation", "representation"})
    void neverTheBritishMorphologicalBreaks(String word) {
        List<String> bad = List.of("implement-ation", "re-commend", "smal-ler", "recommend-ation",
                "represent-ation");
        for (int p : EN.points(word)) {
            String single = word.substring(0, p) + "-" + word.substring(p);
            assertThat(single).isNotIn(bad);
        }
    }

    @Test
    void patternsPreloadedOnAnotherThreadBreakWordsAsTheyWouldHaveOnThisOne() {
        for (String tag : List.of("de", "fr", "pl", "en")) {
            Hyphenator.preload(tag);
        }
        assertThat(hyphenated(Hyphenator.forLanguage("de"), "Silbentrennung")).isEqualTo("Sil-ben-tren-nung");
        assertThat(hyphenated(Hyphenator.forLanguage("en"), "recommendations")).isEqualTo("rec-om-men-da-tions");
        assertThat(Hyphenator.forLanguage("fr").enabled()).isTrue();
        assertThat(Hyphenator.forLanguage("pl").enabled()).isTrue();
    }
}
