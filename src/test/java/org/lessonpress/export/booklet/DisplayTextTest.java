package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.export.ExportContext;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.model.Section;
import org.lessonpress.testing.Corpus;

/** Titles, headings, leads, contents and running heads break only at spaces: no hyphen is added, no word cut. */
class DisplayTextTest {

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[\\s\\u00A0]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static long hyphens(String s) {
        return s.chars().filter(c -> c == '-').count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "multilingual"})
    void theCoverTitleIsSetInWholeWords(String stem) throws IOException {
        BookletFixture f = BookletFixture.export(stem, Map.of());
        Metadata m = (stem.equals("sample") ? Corpus.sample() : Corpus.load(stem)).metadata();
        try (PDDocument pdf = Loader.loadPDF(f.pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            String cover = s.getText(pdf);
            String expected = String.join(" ", m.title(), m.subtitle(), m.author(), m.date(), m.source());
            assertThat(hyphens(cover)).as(cover).isEqualTo(hyphens(expected));
            assertThat(cover.lines().map(String::strip)).as(cover).noneMatch(l -> l.endsWith("-"));
            assertThat(words(cover)).containsSubsequence(words(m.title()));
            if (!m.subtitle().isBlank()) {
                assertThat(words(cover)).containsSubsequence(words(m.subtitle()));
            }
        }
    }

    @Test
    void aTitleWithAWordTooLongForTheLargeSizeIsSetSmallerNotCut(@TempDir Path dir) throws IOException {
        String word = "Donaudampfschifffahrtsgesellschaftskapitän";
        Path file = dir.resolve("long.md");
        Files.writeString(file, "---\ntitle: Lessons of the " + word + "\nlanguage: de\n---\n\n1. **Kurz.** Text.\n");
        LessonDocument doc = Corpus.load(file);
        ExportContext ctx = Corpus.context("booklet", file, Map.of());
        Layout layout = BookletExporter.layout(doc, ctx);
        List<String> cover = new ArrayList<>();
        double size = 0;
        for (PageItem it : layout.pages().get(0).items()) {
            if (it instanceof PageItem.Text t) {
                cover.add(t.text());
                if (t.text().contains("Donau")) {
                    size = t.size();
                }
            }
        }
        assertThat(words(String.join(" ", cover))).contains(word);
        assertThat(size).isLessThan(ctx.theme(BookletKeys.BODY_SIZE) * Math.pow(ctx.theme(BookletKeys.SCALE), 5));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookletExporter().write(doc, ctx, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setEndPage(1);
            assertThat(words(s.getText(pdf))).contains(word).noneMatch(w -> w.endsWith("-"));
        }
    }

    /**
     * Text set at any size but the body's (headings, contents, running heads, numbers, the cover) never ends a word
     * with a hyphen that its source does not have. Leads, at the body size, are checked whole by
     * {@link BookletExporterTest}. (The breaker itself keeps display text whole: {@code LineBreakerTest}.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"sample", "multilingual", "forty-three-nested"})
    void headingsContentsAndRunningHeadsKeepWholeWords(String stem) {
        LessonDocument doc = stem.equals("sample") ? Corpus.sample() : Corpus.load(stem);
        ExportContext ctx = Corpus.context("booklet", Corpus.path(stem), Map.of());
        Layout layout = BookletExporter.layout(doc, ctx);
        StringBuilder source = new StringBuilder(doc.metadata().title());
        source.append(' ').append(org.lessonpress.model.InlineText.plainBlocks(doc.intro()));
        for (Section s : doc.allSections()) {
            source.append(' ').append(s.titleText()).append(' ').append(org.lessonpress.model.InlineText.plainBlocks(s.preamble()));
        }
        for (Lesson l : doc.allLessons()) {
            source.append(' ').append(l.leadText()).append(' ').append(org.lessonpress.model.InlineText.plainBlocks(l.body()));
        }
        java.util.Set<String> written = new java.util.HashSet<>(words(source.toString()));
        double body = ctx.theme(BookletKeys.BODY_SIZE);
        double intro = body * Math.sqrt(ctx.theme(BookletKeys.SCALE));
        int checked = 0;
        for (Layout.Page page : layout.pages()) {
            for (PageItem it : page.items()) {
                if (!(it instanceof PageItem.Text t) || Math.abs(t.size() - body) < 0.01 || Math.abs(t.size() - intro) < 0.01) {
                    continue;
                }
                for (String w : words(t.text())) {
                    assertThat(!w.endsWith("-") || written.contains(w)).as("page %d: '%s'", page.number(), t.text()).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(doc.allLessons().size());
    }
}
