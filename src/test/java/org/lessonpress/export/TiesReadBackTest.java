package org.lessonpress.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;

/**
 * Ties hold in every PDF format, read back from the file: an attribution's dash stays with the name, an initial with
 * its name, an operator sequence, a number with its unit and a short abbreviation with the word after it are never
 * broken across lines, wherever the paragraph's lines fall; and the reader still extracts the words.
 */
class TiesReadBackTest {
    private static final List<String> TIED = List.of("1 + 1 + 1 = 5", "18 months", "10 × 3", "e.g. this", "vs. that",
            "A. Reviewer");
    private static final String[] FILL = "the model of a pipeline with evaluation and careful instrumentation which teams run"
            .split(" ");

    /** Twelve lessons, each a paragraph with every tied phrase at a different place, and a quote with an attribution. */
    private static String lessons() {
        SplittableRandom r = new SplittableRandom(11);
        StringBuilder md = new StringBuilder("---\ntitle: Ties\nsource: https://example.org/ties\n---\n\n## Ties\n\n");
        for (int i = 1; i <= 12; i++) {
            md.append(i).append(". **Lesson ").append(i).append(".** ");
            for (String tied : TIED) {
                for (int w = r.nextInt(2, 9 + i); w > 0; w--) {
                    md.append(FILL[r.nextInt(FILL.length)]).append(' ');
                }
                md.append(tied).append(' ');
            }
            // The quote belongs to the item: indented as far as its text ("10. " is four characters).
            String in = " ".repeat(String.valueOf(i).length() + 2);
            md.append("end.\n\n").append(in).append("> ");
            for (int w = r.nextInt(4, 14 + i); w > 0; w--) {
                md.append(FILL[r.nextInt(FILL.length)]).append(' ');
            }
            md.append("said.\n").append(in).append(">\n").append(in).append("> \u2014 A. Reviewer\n\n");
        }
        return md.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"booklet", "poster", "cards"})
    void tiedPhrasesAreNeverBrokenAcrossLines(String format, @TempDir Path dir) throws IOException {
        Path input = dir.resolve("ties.md");
        Files.writeString(input, lessons(), StandardCharsets.UTF_8);
        LessonDocument doc = Corpus.load(input);
        ExportContext ctx = Corpus.context(format, input, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.discover().find(format).orElseThrow().write(doc, ctx, out);
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
        for (String tied : TIED) {
            // Each phrase stands in every lesson's paragraph (the initial in its attribution too), always within a line.
            int expected = tied.equals("A. Reviewer") ? 24 : 12;
            assertThat(count(text, tied)).as("%s: '%s' on one line", format, tied).isEqualTo(expected);
        }
        assertThat(count(text, "\u2014 A. Reviewer")).as(format + ": the attribution's dash with the name").isEqualTo(12);
        assertThat(text.lines().filter(l -> l.strip().endsWith("\u2014"))).as(format + ": no line ends on a dash").isEmpty();
    }

    private static int count(String text, String phrase) {
        int n = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            n++;
        }
        return n;
    }
}
