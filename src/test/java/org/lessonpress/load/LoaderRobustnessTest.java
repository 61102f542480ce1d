package org.lessonpress.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.Lesson;
import org.lessonpress.testing.Corpus;

/**
 * Seeded random mutations of real lesson files: whatever the bytes, the loader answers with a document or with
 * diagnostics that have a file, a line and a message — never an exception, never a crash.
 */
class LoaderRobustnessTest {
    private static final List<String> PIECES = List.of("\n", "---\n", "**", "*", "_", "`", "```\n", "> ", "- ", "1. ", "12. ",
            "## ", "### ", "# ", "[x](", ")", "<div>", "\t", "    ", "\u00A0", "é", "\uFFFD", "\u200B", "title: ", ": ", "[", "]",
            "\\", "&amp;", "![a](b)", "\r\n", "0. ", "999999999. ");

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 0x5EED_0000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedInputsGiveADocumentOrDiagnostics(long seed) throws IOException {
        Random random = new Random(seed);
        String base = Files.readString(random.nextBoolean() ? Corpus.SAMPLE : Corpus.path(Corpus.ALL[random.nextInt(Corpus.ALL.length)]));
        StringBuilder sb = new StringBuilder(base.length() > 20_000 ? base.substring(0, 20_000) : base);
        int edits = 1 + random.nextInt(12);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(sb.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> sb.insert(at, PIECES.get(random.nextInt(PIECES.size())));
                case 1 -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(40)));
                case 2 -> sb.insert(at, PIECES.get(random.nextInt(PIECES.size())).repeat(1 + random.nextInt(60)));
                default -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(Math.min(at, sb.length() - 1), (char) random.nextInt(0x3000));
                    }
                }
            }
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        LessonLoader.Result r = new LessonLoader().load("fuzz.md", bytes);
        if (r.ok()) {
            List<Lesson> lessons = r.document().allLessons();
            assertThat(lessons).isNotEmpty();
            assertThat(lessons).allSatisfy(l -> assertThat(l.lead()).isNotEmpty());
            for (int i = 1; i < lessons.size(); i++) {
                assertThat(lessons.get(i).number()).isEqualTo(lessons.get(i - 1).number() + 1);
            }
        } else {
            assertThat(r.errors()).isNotEmpty();
        }
        for (Diagnostic d : r.diagnostics()) {
            assertThat(d.file()).isEqualTo("fuzz.md");
            assertThat(d.message()).isNotBlank().doesNotContain("\n");
            assertThat(d.line()).isGreaterThanOrEqualTo(0);
        }
    }
}
