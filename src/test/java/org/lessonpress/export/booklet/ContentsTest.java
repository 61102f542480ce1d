package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;

/**
 * The contents scale with the file, read back from the PDF: above booklet.contents.max-lessons they list sections
 * with their lesson ranges and stay short; an item without a bold lead is listed by one line of its text, never its
 * whole body.
 */
class ContentsTest {

    /** The text of the contents pages: from the page with "Contents" to the page before the first lesson's. */
    private static String contents(BookletFixture f, LessonDocument doc) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(f.pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            StringBuilder out = new StringBuilder();
            boolean in = false;
            String firstLesson = doc.allLessons().get(0).leadText().split(" ")[0];
            for (int p = 2; p <= pdf.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                String text = s.getText(pdf);
                if (!in && text.contains(TocSetter.title(doc.metadata().language()))) {
                    in = true;
                } else if (in && !text.contains("....") && text.contains(firstLesson)) {
                    break;
                }
                if (in) {
                    out.append(text).append('\f');
                }
            }
            return out.toString();
        }
    }

    @Test
    void aLongFileListsItsSectionsWithTheirLessonRanges() throws IOException {
        LessonDocument doc = Corpus.load("three-ninety");
        assertThat(doc.allLessons().size()).isGreaterThan(Corpus.theme().get(BookletKeys.CONTENTS_LESSONS));
        String toc = contents(BookletFixture.export("three-ninety", Map.of()), doc);
        assertThat(toc.split("\f")).as("the contents of %d lessons", doc.allLessons().size()).hasSizeLessThanOrEqualTo(2);
        int first = 1;
        for (var section : doc.sections()) {
            List<Lesson> lessons = section.lessons();
            int last = lessons.get(lessons.size() - 1).number();
            // The no-break space of "Lessons 1–39" is drawn as a space glyph.
            assertThat(toc).contains(section.titleText()).containsPattern("Lessons[ \u00a0]" + lessons.get(0).number() + "\u2013" + last + "\\b");
            first = last + 1;
        }
        assertThat(first).isEqualTo(doc.allLessons().size() + 1);
        assertThat(toc).doesNotContain(doc.allLessons().get(1).leadText());
    }

    @Test
    void itemsWithoutABoldLeadAreListedByOneLine() throws IOException {
        LessonDocument doc = Corpus.load("nineteen-plain");
        String toc = contents(BookletFixture.export("nineteen-plain", Map.of()), doc);
        List<String> lines = toc.lines().filter(l -> l.matches("\\d+ .*")).toList();
        assertThat(lines).as(toc).hasSize(doc.allLessons().size());
        for (Lesson l : doc.allLessons()) {
            String line = lines.get(l.number() - 1);
            assertThat(line).as("lesson %d's entry", l.number()).startsWith(l.number() + " ");
            // One line: the entry ends with its page number; its text is the item's first sentence, or its start
            // with an ellipsis, never more.
            assertThat(line).matches(".*\\d$");
            String text = line.substring((l.number() + " ").length()).replaceFirst("[ .]+\\d+$", "").replace("\u2026", "");
            assertThat(l.leadText()).as("lesson %d's entry", l.number()).startsWith(text.strip());
        }
        assertThat(toc).contains("\u2026");
    }
}
