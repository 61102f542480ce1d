package org.lessonpress.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonpress.BadInputException;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.testing.Corpus;

/** The lesson file import writes reads back as the model it was written from, whatever the text holds. */
class MarkdownWriterTest {

    static Stream<Path> documents() {
        return JsonReaderTest.documents();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void writtenMarkdownReadsBackAsTheSameModel(Path input) {
        LessonDocument doc = new LessonLoader().load(input).document();
        String md = MarkdownWriter.writeChecked(doc, input.toString());
        LessonLoader.Result back = reread(md);
        assertThat(back.errors()).isEmpty();
        assertThat(ModelShape.withoutLines(back.document())).isEqualTo(ModelShape.withoutLines(doc));
    }

    @Test
    void theSeedBecomesALessonFileWithFrontMatterAndBoldLeads() {
        String md = MarkdownWriter.write(new LessonLoader().load(TextReaderTest.SEED).document());
        assertThat(md).startsWith("---\ntitle: \"39 Lessons from Industry ML Conferences in 2024\"\nauthor: \"Ziyou Yan\"\ndate: \"Nov 2024\"\n"
                + "source: \"https://eugeneyan.com/writing/conf-lessons/\"\nlanguage: \"en\"\ncitation: \"Yan, Ziyou. (Nov 2024).");
        assertThat(md).contains("\n## Building effective machine learning systems\n\n1. **The real world is messy.** To build systems")
                .contains("\n12. **Don’t underestimate the effort it takes to go from demo to production.**\n\n    > “There’s a large class")
                .contains("    > — Andrej Karpathy\n")
                .contains("16. **\\[Corollary\\] The economics")
                .contains("\n```bibtex\n@article{yan2024conflessons,\n  title   = {39 Lessons");
        assertThat(reread(md).diagnostics()).isEmpty();
    }

    @Test
    void markupCharactersInTextAreEscapedSoTheyStayText() {
        List<String> tricky = List.of("# not a heading", "1. not a list", "2) nor this", "> not a quote", "- not a bullet",
                "+ nor this", "= not a setext line", "*stars* and _underscores_ and `ticks`", "[not](a link) ![nor](an image)",
                "<b>not html</b> &amp; not an entity", "back\\slash", "~~~ not a fence", "    four spaces first", "trailing  ",
                "a | pipe", "---");
        for (String t : tricky) {
            Lesson lesson = new Lesson(1, List.of(new Inline.Text("Lead.")),
                    List.of(new Block.Paragraph(List.of(new Inline.Text("x"), new Inline.SoftBreak(), new Inline.Text(t)), 0)), false, 0);
            LessonDocument doc = new LessonDocument(Metadata.titled("T: \"quoted\" \\ #1"), List.of(new Block.Paragraph(
                    List.of(new Inline.Text(t)), 0)), List.of(lesson), List.of(), List.of(new Block.Paragraph(List.of(new Inline.Text(t)), 0)), "t.md");
            String md = MarkdownWriter.writeChecked(doc, "t.json");
            assertThat(ModelShape.withoutLines(reread(md).document())).as(t + "\n" + md).isEqualTo(ModelShape.withoutLines(doc));
        }
    }

    @Test
    void inlineStructureCodeAndLinksSurvive() {
        List<Inline> content = List.of(new Inline.Text("See "), new Inline.Link("https://example.org/a_(b)", "A \"title\"",
                List.of(new Inline.Emphasis(List.of(new Inline.Text("this"))))), new Inline.Text(", "), new Inline.Code("a `b` c"),
                new Inline.Text(" and "), new Inline.Code(" x "), new Inline.HardBreak(), new Inline.Strong(List.of(new Inline.Text("bold"))),
                new Inline.Text("."));
        Lesson lesson = new Lesson(7, List.of(new Inline.Text("Lead")), List.of(new Block.Paragraph(content, 0),
                new Block.CodeBlock("python", "```\nprint(1)\n", 0), new Block.ListBlock(true, 3, List.of(List.of(new Block.Paragraph(
                        List.of(new Inline.Text("three")), 0)), List.of()), 0), new Block.Rule(0)), false, 0);
        LessonDocument doc = new LessonDocument(Metadata.titled("T"), List.of(), List.of(lesson), List.of(), List.of(), "t.md");
        assertThat(ModelShape.withoutLines(reread(MarkdownWriter.writeChecked(doc, "t.json")).document())).isEqualTo(ModelShape.withoutLines(doc));
    }

    @Test
    void whatMarkdownCannotSayIsAnErrorAndNothingIsWritten() {
        LessonDocument doc = new LessonDocument(Metadata.titled("T"), List.of(new Block.ListBlock(true, 1,
                List.of(List.of(new Block.Paragraph(List.of(new Inline.Text("an ordered list in the intro")), 0))), 3)),
                List.of(new Lesson(1, List.of(new Inline.Text("Lead.")), List.of(), false, 5)), List.of(), List.of(), "t.json");
        assertThatThrownBy(() -> MarkdownWriter.writeChecked(doc, "t.json")).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("t.json:1: error: Markdown cannot write this document so that it reads back the same (read back: "
                        + "lesson number 1 repeats the one at line");
        LessonDocument heading = new LessonDocument(Metadata.titled("T"), List.of(new Block.Heading(2, List.of(new Inline.Text("H")), 2)),
                List.of(new Lesson(1, List.of(new Inline.Text("Lead.")), List.of(), false, 5)), List.of(), List.of(), "t.json");
        assertThatThrownBy(() -> MarkdownWriter.writeChecked(heading, "t.json")).isInstanceOf(BadInputException.class)
                .hasMessage("t.json:1: error: Markdown cannot write the intro so that it reads back the same; nothing is written "
                        + "(export it with -f json to keep it exactly)");
    }

    @Test
    void theSampleWrittenAgainIsItsOwnModel() {
        LessonDocument sample = Corpus.sample();
        assertThat(ModelShape.withoutLines(reread(MarkdownWriter.write(sample)).document())).isEqualTo(ModelShape.withoutLines(sample));
    }

    private static LessonLoader.Result reread(String md) {
        return new LessonLoader().load("back.md", md.getBytes(StandardCharsets.UTF_8));
    }
}
