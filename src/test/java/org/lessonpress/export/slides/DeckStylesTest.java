package org.lessonpress.export.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;
import org.lessonpress.testing.FreshThread;

/**
 * The parsed style sheet kept per thread and handed from deck to deck: each deck's bytes are those of a deck
 * written on a fresh thread, where nothing is kept.
 */
class DeckStylesTest {
    private static byte[] onFreshThread(String stem) throws InterruptedException {
        return FreshThread.call(() -> SlidesTestSupport.write(stem));
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

    private static byte[] entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void theStylesPartWrittenFromKeptBytesIsThePartPoiWrites() throws Exception {
        SlidesExporter.Deck deck = SlidesExporter.plan(Corpus.load("nineteen-plain"),
                SlidesTestSupport.context("nineteen-plain", Map.of()));
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles().setStyles(deck.styles().styles());
            doc.write(poi);
        }
        byte[] expected = entry(poi.toByteArray(), "word/styles.xml");
        assertThat(new String(expected, java.nio.charset.StandardCharsets.UTF_8)).contains("w:styleId=\"Title\"");
        assertThat(Arrays.equals(deck.styles().part(), expected)).isTrue();
        assertThat(Arrays.equals(entry(SlidesTestSupport.write("nineteen-plain"), "word/styles.xml"), expected)).isTrue();
        try (XWPFDocument written = SlidesTestSupport.open(SlidesTestSupport.write("nineteen-plain"))) {
            assertThat(written.getStyles().getStyle("Title")).isNotNull();
        }
    }

    private static byte[] deck(Path input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SlidesExporter().write(Corpus.load(input), Corpus.context("slides", input, Map.of()), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void numberingDefinitionsAreParsedOncePerThreadAndADeckWithOrderedListsKeepsItsBytes(@TempDir Path dir) throws Exception {
        assertThat(DeckWriter.numbering(List.of(3, 1))).isSameAs(DeckWriter.numbering(List.of(3, 1)))
                .isNotSameAs(DeckWriter.numbering(List.of(3, 2)));
        Path lists = dir.resolve("lists.md");
        Files.writeString(lists, "---\ntitle: Lists\n---\n\n1. **Count on.** The steps:\n\n   3. three\n   4. four\n\n"
                + "2. **Count again.** And:\n\n   7. seven\n   8. eight\n", StandardCharsets.UTF_8);
        byte[] fresh = FreshThread.call(() -> deck(lists));
        String numbering = new String(entry(fresh, "word/numbering.xml"), StandardCharsets.UTF_8);
        assertThat(numbering).contains("w:startOverride w:val=\"3\"", "w:startOverride w:val=\"7\"");
        deck(lists);
        SlidesTestSupport.write("sample");
        assertThat(Arrays.equals(deck(lists), fresh)).isTrue();
    }
}
