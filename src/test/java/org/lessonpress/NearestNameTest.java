package org.lessonpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NearestNameTest {
    private static final List<String> COMMANDS = List.of("export", "build", "check", "import", "formats", "help", "completion");
    private static final List<String> FORMATS = List.of("json", "booklet", "poster", "cards", "slides");

    @ParameterizedTest
    @CsvSource({
        "exprot, export", "expor, export", "eXport, export", "chekc, check", "fromats, formats", "hlep, help",
        "bookelt, booklet", "boklet, booklet", "postr, poster", "jsno, json", "card, cards", "slide, slides"})
    void aSlipOfTheFingersFindsTheNameMeant(String typed, String meant) {
        List<String> known = COMMANDS.contains(meant) ? COMMANDS : FORMATS;
        assertThat(NearestName.to(typed, known)).contains(meant);
    }

    @ParameterizedTest
    @CsvSource({"fish", "pdf", "docx", "xyz", "print", "exports-all"})
    void aDifferentWordFindsNothing(String typed) {
        assertThat(NearestName.to(typed, COMMANDS)).isEmpty();
        assertThat(NearestName.to(typed, FORMATS)).isEmpty();
    }

    @Test
    void ofEquallyNearNamesTheFirstWinsAndNoNamesFindNothing() {
        assertThat(NearestName.to("bat", List.of("cat", "hat"))).contains("cat");
        assertThat(NearestName.to("bat", List.of("hat", "cat"))).contains("hat");
        assertThat(NearestName.to("export", List.of())).isEmpty();
        assertThat(NearestName.to("", List.of("a"))).contains("a");
    }

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertThat(NearestName.edits("exprot", "export")).isEqualTo(1);
        assertThat(NearestName.edits("defualt", "default")).isEqualTo(1);
        assertThat(NearestName.edits("abc", "abc")).isZero();
        assertThat(NearestName.edits("", "abc")).isEqualTo(3);
        assertThat(NearestName.edits("kitten", "sitting")).isEqualTo(3);
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 0x4EA7_0000L + i);
    }

    /** One random slip (add, drop, change, swap) of a random word is one edit away, and the word is found again. */
    @ParameterizedTest
    @MethodSource("seeds")
    void oneRandomSlipIsOneEditAndIsFound(long seed) {
        Random random = new Random(seed);
        String word = randomWord(random, 3 + random.nextInt(12));
        String slipped = slip(word, random);
        int edits = NearestName.edits(word, slipped);
        assertThat(edits).as(word + " → " + slipped).isLessThanOrEqualTo(1);
        assertThat(NearestName.edits(slipped, word)).as("symmetric").isEqualTo(edits);
        String other = randomWord(random, word.length());
        assertThat(NearestName.edits(word, other)).as("at most the longer length, at least the difference")
                .isBetween(Math.abs(word.length() - other.length()), Math.max(word.length(), other.length()));
        if (!slipped.equals(other) && NearestName.edits(slipped, other) > edits) {
            assertThat(NearestName.to(slipped, List.of(other, word))).as(word + " → " + slipped).contains(word);
        }
    }

    private static String randomWord(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private static String slip(String word, Random random) {
        StringBuilder sb = new StringBuilder(word);
        int at = random.nextInt(word.length() - 1);
        switch (random.nextInt(4)) {
            case 0 -> sb.insert(at, (char) ('a' + random.nextInt(26)));
            case 1 -> sb.deleteCharAt(at);
            case 2 -> sb.setCharAt(at, (char) ('a' + random.nextInt(26)));
            default -> {
                char c = sb.charAt(at);
                sb.setCharAt(at, sb.charAt(at + 1));
                sb.setCharAt(at + 1, c);
            }
        }
        return sb.toString();
    }
}
