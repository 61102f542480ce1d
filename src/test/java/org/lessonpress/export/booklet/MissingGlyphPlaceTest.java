package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.BadInputException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.testing.Corpus;

/** A character no font has is reported at the line and in the part of the lesson file where it is written. */
class MissingGlyphPlaceTest {
    private static final String HEAD = "---\ntitle: Glyphs\nauthor: A. Author\nlanguage: en\n---\n\n";

    @TempDir
    Path dir;

    private BadInputException fail(String body) throws IOException {
        Path md = dir.resolve("glyph.md");
        Files.writeString(md, HEAD + body);
        ExportContext ctx = Corpus.context("booklet", md, Map.of());
        try {
            new BookletExporter().write(Corpus.load(md), ctx, new ByteArrayOutputStream());
        } catch (BadInputException e) {
            return e;
        }
        throw new AssertionError("no error for a missing glyph");
    }

    @Test
    void aLessonLeadNamesTheLessonAndItsLine() throws IOException {
        // line 7: the lesson whose lead has a CJK ideograph no bundled font has.
        BadInputException e = fail("1. **Ship the \u6F22 early.** Small steps, often.\n");
        assertThat(e.diagnostic().line()).isEqualTo(7);
        assertThat(e.getMessage()).contains("lesson 1").doesNotContain("front matter");
    }

    @Test
    void aLessonBodyInASectionNamesTheLesson() throws IOException {
        BadInputException e = fail("## First part\n\n1. **Plain lead.** Fine.\n\n2. **Second.** Body with \u6F22 in it.\n");
        assertThat(e.diagnostic().line()).isEqualTo(11);
        assertThat(e.getMessage()).contains("lesson 2");
    }

    @Test
    void aSectionHeadingNamesItsLine() throws IOException {
        BadInputException e = fail("## Part \u6F22\n\n1. **Plain lead.** Fine.\n");
        assertThat(e.diagnostic().line()).isEqualTo(7);
        assertThat(e.getMessage()).contains("section heading").doesNotContain("front matter");
    }

    @Test
    void theIntroNamesItsLine() throws IOException {
        BadInputException e = fail("Welcome.\n\nAn intro with \u6F22.\n\n1. **Plain lead.** Fine.\n");
        assertThat(e.diagnostic().line()).isEqualTo(9);
        assertThat(e.getMessage()).contains("introduction");
    }
}
