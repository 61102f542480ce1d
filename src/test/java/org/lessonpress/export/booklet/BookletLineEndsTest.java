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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.typeset.Hyphenator;

/** Words the booklet hyphenates at line ends, read back from the PDF, break where a reader expects. */
class BookletLineEndsTest {
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

}
