package org.lessonpress.export.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.lessonpress.testing.Corpus;

/** The document language goes to the Latin slot; East Asian and complex-script slots only for such languages. */
class SpellCheckLanguageTest {
    @Test
    void languageSlotsFollowTheScript() {
        assertThat(StyleSheet.langElement("fr")).isEqualTo("<w:lang w:val=\"fr\"/>");
        assertThat(StyleSheet.langElement("ja")).isEqualTo("<w:lang w:val=\"ja\" w:eastAsia=\"ja\"/>");
        assertThat(StyleSheet.langElement("ar-EG")).isEqualTo("<w:lang w:val=\"ar-EG\" w:bidi=\"ar-EG\"/>");
    }

    @Test
    void theMultilingualDeckIsSpellCheckedAsFrench() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SlidesExporter().write(Corpus.load("multilingual"), Corpus.context("slides", Corpus.path("multilingual"), Map.of()), out);
        String styles = null;
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/styles.xml")) {
                    styles = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(styles).contains("<w:lang w:val=\"fr\"/>").doesNotContain("w:eastAsia=\"fr\"").doesNotContain("w:bidi=\"fr\"");
    }
}
