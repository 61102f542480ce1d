package org.lessonpress.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonpress.Diagnostic;
import org.lessonpress.UsageException;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;

/** The registry: readers found on the class path, chosen by --from, extension or content, and checked whatever they are. */
class ReadersTest {

    @Test
    void theBuiltInReadersAreFoundWithServiceLoaderInOrder() {
        assertThat(Readers.builtIn().ids()).containsExactly("markdown", "text", "html", "json");
        assertThat(Readers.builtIn().extensions()).containsExactly("md", "markdown", "mdown", "mkd", "txt", "text", "html", "htm", "xhtml", "json");
    }

    @Test
    void theChoiceIsFromThenExtensionThenContent() {
        Readers r = Readers.builtIn();
        byte[] md = "---\ntitle: T\n---\n1. A.\n".getBytes(StandardCharsets.UTF_8);
        byte[] html = "\uFEFF  <!-- saved --><!DOCTYPE html><html><body><ol><li>A.</li></ol>".getBytes(StandardCharsets.UTF_8);
        byte[] json = "{\n  \"format\" : \"lessonpress/1\"}".getBytes(StandardCharsets.UTF_8);
        byte[] text = "A title\n\n1. A.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(r.choose("x.md", text, "").id()).isEqualTo("markdown");
        assertThat(r.choose("x.MD", text, "").id()).isEqualTo("markdown");
        assertThat(r.choose("x.md", text, "text").id()).isEqualTo("text");
        assertThat(r.choose("piped", md, "").id()).isEqualTo("markdown");
        assertThat(r.choose("piped", html, "").id()).isEqualTo("html");
        assertThat(r.choose("piped", json, "").id()).isEqualTo("json");
        assertThat(r.choose("piped", text, "").id()).isEqualTo("text");
        assertThat(r.choose("essay.rst", text, "").id()).isEqualTo("text");
        assertThat(r.choose("x", new byte[] {0, 1, 2}, "").id()).isEqualTo("text");
        assertThatThrownBy(() -> r.choose("x.md", md, "txt")).isInstanceOf(UsageException.class)
                .hasMessage("unknown reader 'txt' for --from; did you mean 'text'? Available: markdown, text, html, json");
        assertThatThrownBy(() -> r.named("xyzzy")).hasMessage("unknown reader 'xyzzy' for --from. Available: markdown, text, html, json");
    }

    @Test
    void aPluginReadersDocumentGoesThroughTheSameChecks() {
        Reader careless = new Reader() {
            @Override
            public String id() {
                return "careless";
            }

            @Override
            public String description() {
                return "a third-party reader that checks nothing";
            }

            @Override
            public List<String> extensions() {
                return List.of("cl");
            }

            @Override
            public int sniff(byte[] head) {
                return 0;
            }

            @Override
            public LessonLoader.Result read(String name, byte[] bytes, ReadOptions options) {
                List<Inline> link = List.of(new Inline.Link("javascript:evil()", "", List.of(new Inline.Text("click"))));
                List<Lesson> lessons = List.of(new Lesson(1, List.of(new Inline.Text("One.")), List.of(new Block.Paragraph(link, 2)), false, 2),
                        new Lesson(bytes.length, List.of(new Inline.Text("Two.")), List.of(), false, 3));
                return new LessonLoader.Result(name, new LessonDocument(Metadata.titled("T"), List.of(), lessons, List.of(), List.of(), name), List.of());
            }
        };
        Readers readers = Readers.of(List.of(careless));
        LessonLoader.Result good = readers.read("x.cl", new byte[2], ReadOptions.DEFAULT);
        assertThat(good.ok()).isTrue();
        assertThat(good.diagnostics()).extracting(Diagnostic::message).singleElement().asString().contains("'javascript:' are never made live");
        assertThat(((Block.Paragraph) good.document().lessons().get(0).body().get(0)).content()).containsExactly(new Inline.Text("click"));
        LessonLoader.Result bad = readers.read("x.cl", new byte[5], ReadOptions.DEFAULT);
        assertThat(bad.ok()).isFalse();
        assertThat(bad.errors()).extracting(Diagnostic::format)
                .containsExactly("x.cl:3: error: lesson number 5 follows 1 at line 2; expected 2 (numbers run on across lists and sections)");
        assertThat(readers.read("x.cl", new byte[20], ReadOptions.DEFAULT.withMaxBytes(10)).errors()).extracting(Diagnostic::message)
                .containsExactly("the file is 20 B, over the 10 B limit; raise it with --max-input-size");
    }
}
