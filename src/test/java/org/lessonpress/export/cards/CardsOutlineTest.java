package org.lessonpress.export.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.ExportContext;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;

/**
 * Thousands of lessons in one section once overflowed the stack inside PDFBox's outline handling (it walks the
 * chain of sibling bookmarks recursively when the outline is attached to the document): the outline is attached
 * first and long runs of lessons are grouped, so a reader can also find lesson 5,000.
 */
class CardsOutlineTest {
    @Test
    void fiveThousandLessonsInOneSectionGetAGroupedOutline() throws IOException {
        StringBuilder md = new StringBuilder("---\ntitle: Many\n---\n\n## One section\n\n");
        for (int i = 1; i <= 5000; i++) {
            md.append(i).append(". **Lead ").append(i).append(".** Body.\n");
        }
        LessonLoader.Result r = new LessonLoader().load("many.md", md.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(r.errors()).as("5,000 lessons, the most a file may hold").isEmpty();
        LessonDocument doc = r.document();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportContext ctx = ExportContext.builder(Corpus.theme()).exporter("cards").source("many.md", new byte[0])
                .timestamp(Corpus.EPOCH).option("--sheet", "none").build();
        // On a thread with a small stack (256 KB), so a recursion as deep as the lessons overflows on any JVM.
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                new CardsExporter().write(doc, ctx, out);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                failure[0] = e;
            }
        }, "small-stack", 256 * 1024);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(failure[0]).as("the export").isNull();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            List<PDOutlineItem> groups = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(groups::add);
            assertThat(groups).hasSize(50);
            assertThat(groups.get(0).getTitle()).isEqualTo("1–100");
            assertThat(groups.get(49).getTitle()).isEqualTo("4901–5000");
            List<PDOutlineItem> last = new ArrayList<>();
            groups.get(49).children().forEach(last::add);
            assertThat(last).hasSize(100);
            assertThat(last.get(99).getTitle()).isEqualTo("5000. Lead 5000.");
            // --sheet none: one front and one back per lesson, so lesson 5000's front is page 9999.
            assertThat(pdf.getPages().indexOf(last.get(99).findDestinationPage(pdf))).isEqualTo(9998);
            assertThat(pdf.getPages().indexOf(groups.get(49).findDestinationPage(pdf))).isEqualTo(9800);
        }
    }

    @Test
    void upToAHundredLessonsStayAFlatList() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfReading.write("sample", java.util.Map.of()))) {
            List<String> titles = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
            assertThat(titles).hasSize(39).allMatch(t -> t.matches("\\d+\\. .+"));
        }
    }
}
