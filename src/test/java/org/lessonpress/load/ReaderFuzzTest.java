package org.lessonpress.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;

/**
 * Jazzer fuzz targets, one per reader (the markdown reader's is {@link LoaderFuzzTest}). In a normal test run each
 * replays its inputs in src/test/resources/org/lessonpress/load/ReaderFuzzTestInputs/&lt;method&gt;/; run
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest} to fuzz for new ones. Whatever the bytes: a document that
 * meets every model rule, or diagnostics of one line each, never an exception; and import writes a document as
 * Markdown that reads back the same, or says it cannot.
 */
class ReaderFuzzTest {
    private static final ReadOptions OPTIONS = ReadOptions.DEFAULT.withMaxBytes(1 << 20);

    @FuzzTest(maxDuration = "20s")
    void textGivesADocumentOrDiagnostics(byte[] input) {
        check(Readers.builtIn().read("fuzz.txt", input, OPTIONS));
    }

    @FuzzTest(maxDuration = "20s")
    void htmlGivesADocumentOrDiagnostics(byte[] input) {
        check(Readers.builtIn().read("fuzz.html", input, OPTIONS));
    }

    @FuzzTest(maxDuration = "20s")
    void jsonGivesADocumentOrDiagnostics(byte[] input) {
        check(Readers.builtIn().read("fuzz.json", input, OPTIONS));
    }

    static void check(LessonLoader.Result r) {
        assertThat(r.ok() || !r.errors().isEmpty()).isTrue();
        for (Diagnostic d : r.diagnostics()) {
            assertThat(d.message()).isNotBlank().doesNotContain("\n");
        }
        if (!r.ok()) {
            return;
        }
        List<Lesson> lessons = r.document().allLessons();
        assertThat(lessons).isNotEmpty().hasSizeLessThanOrEqualTo(Limits.LESSONS);
        for (int i = 1; i < lessons.size(); i++) {
            assertThat(lessons.get(i).number()).isEqualTo(lessons.get(i - 1).number() + 1);
        }
        for (Lesson l : lessons) {
            assertThat(l.leadText().length()).isLessThanOrEqualTo(Limits.LEAD);
            inlines(l.lead());
            l.body().forEach(ReaderFuzzTest::block);
        }
        try {
            LessonDocument doc = r.document();
            String md = MarkdownWriter.writeChecked(doc, "fuzz");
            assertThat(md).startsWith("---\n");
        } catch (BadInputException cannot) {
            assertThat(cannot.getMessage()).contains("Markdown cannot write");
        }
    }

    private static void block(Block b) {
        if (b instanceof Block.Paragraph p) {
            inlines(p.content());
        } else if (b instanceof Block.Quote q) {
            q.content().forEach(ReaderFuzzTest::block);
            inlines(q.attribution());
        } else if (b instanceof Block.ListBlock l) {
            l.items().forEach(item -> item.forEach(ReaderFuzzTest::block));
        } else if (b instanceof Block.Heading h) {
            inlines(h.content());
        } else if (b instanceof Block.CodeBlock c) {
            assertThat(c.code().chars().noneMatch(ch -> ModelCheck.isControl((char) ch))).isTrue();
        }
    }

    private static void inlines(List<Inline> inlines) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                assertThat(t.text().chars().noneMatch(ch -> ModelCheck.isControl((char) ch))).as(t.text()).isTrue();
            } else if (i instanceof Inline.Link l) {
                assertThat(ModelCheck.scheme(l.destination().strip())).isIn("http", "https", "mailto");
                inlines(l.children());
            } else if (i instanceof Inline.Emphasis e) {
                inlines(e.children());
            } else if (i instanceof Inline.Strong s) {
                inlines(s.children());
            }
        }
    }
}
