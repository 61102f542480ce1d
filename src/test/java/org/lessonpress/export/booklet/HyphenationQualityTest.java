package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * English breaks as a reader expects them: the UK patterns' implement-ation, re-commend and smal-ler are replaced
 * by the dictionary's breaks, short words stay whole, and the booklets of the sample and the 390-lesson file carry
 * no bad break at a line end.
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

    @ParameterizedTest
    @ValueSource(strings = {"sample", "three-ninety"})
    void lineEndsInTheBookletBreakWell(String stem) throws IOException {
        BookletFixture f = BookletFixture.export(stem, Map.of());
        String text;
        try (PDDocument pdf = Loader.loadPDF(f.pdf)) {
            text = new PDFTextStripper().getText(pdf);
        }
        List<String> breaks = new ArrayList<>();
        Matcher m = Pattern.compile("(\\p{L}+)-\\R(\\p{L}+)").matcher(text);
        while (m.find()) {
            breaks.add(m.group(1) + "-" + m.group(2));
        }
        Files.createDirectories(Path.of("target/booklet"));
        Files.write(Path.of("target/booklet/hyphenated-" + stem + ".txt"), breaks);
        assertThat(breaks).isNotEmpty();
        for (String b : breaks) {
            String before = b.substring(0, b.indexOf('-'));
            String after = b.substring(b.indexOf('-') + 1);
            assertThat(before.length()).as(b).isGreaterThanOrEqualTo(Hyphenator.LEFT_MIN);
            assertThat(after.length()).as(b).isGreaterThanOrEqualTo(Hyphenator.RIGHT_MIN);
            assertThat(before.length() + after.length()).as(b).isGreaterThanOrEqualTo(Hyphenator.MIN_WORD);
            assertThat(b.toLowerCase(java.util.Locale.ROOT)).as(b)
                    .isNotIn("implement-ation", "implement-ations", "re-commend", "re-commendations", "smal-ler",
                            "lar-ger", "be-ing", "in-dex", "er-ror", "la-bel");
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
