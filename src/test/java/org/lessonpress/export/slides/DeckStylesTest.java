package org.lessonpress.export.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;

/**
 * The parsed style sheet kept per thread and handed from deck to deck: each deck's bytes are those of a deck
 * written on a fresh thread, where nothing is kept.
 */
class DeckStylesTest {
    private static byte[] onFreshThread(String stem) throws InterruptedException {
        byte[][] docx = new byte[1][];
        Thread t = new Thread(() -> docx[0] = SlidesTestSupport.write(stem));
        t.start();
        t.join();
        return docx[0];
    }

    @Test
    void aDeckAfterOthersOnOneThreadIsByteForByteTheDeckOfAFreshThread() throws Exception {
        byte[] fresh = onFreshThread("nineteen-plain");
        SlidesTestSupport.write("sample");
        SlidesTestSupport.write("forty-three-nested");
        assertThat(Arrays.equals(SlidesTestSupport.write("nineteen-plain"), fresh)).isTrue();
        assertThat(Arrays.equals(SlidesTestSupport.write("one-lesson"), onFreshThread("one-lesson"))).isTrue();
    }

    @Test
    void decksOfOneSheetShareItsParseAndItsMetrics() throws Exception {
        LessonDocument doc = Corpus.load("nineteen-plain");
        SlidesExporter.Deck first = SlidesExporter.plan(doc, SlidesTestSupport.context("nineteen-plain", Map.of()));
        SlidesExporter.Deck second = SlidesExporter.plan(doc, SlidesTestSupport.context("nineteen-plain", Map.of()));
        assertThat(second.styles()).isSameAs(first.styles());
        assertThat(second.metrics()).isSameAs(first.metrics()).isNotEmpty();

        SlidesExporter.Deck standard = SlidesExporter.plan(doc, SlidesTestSupport.context("nineteen-plain",
                Map.of("--aspect", "4:3")));
        assertThat(standard.styles()).isNotSameAs(first.styles());
    }
}
