package org.lessonpress.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonpress.Diagnostic;
import org.lessonpress.export.json.JsonExporter;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Section;
import org.lessonpress.testing.Corpus;

/**
 * Spec tests: each src/test/resources/loader/X.md has the expected model in X.json (the json exporter's shape),
 * plus targeted assertions on the interesting parts.
 */
class LoaderSpecTest {
    private static final Path DIR = Path.of("src/test/resources/loader");

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).map(n -> n.substring(0, n.length() - 3))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void modelMatchesTheExpectedJson(String name) throws IOException {
        LessonLoader.Result r = new LessonLoader().load(DIR.resolve(name + ".md"));
        assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(r.document(), Corpus.context("json", DIR.resolve(name + ".md"), java.util.Map.of()), out);
        String actual = out.toString(StandardCharsets.UTF_8);
        Path expected = DIR.resolve(name + ".json");
        if (!Files.exists(expected)) {
            Files.writeString(expected, actual);
            throw new AssertionError("wrote the first expected model to " + expected + "; review it and rerun");
        }
        assertThat(actual).isEqualTo(Files.readString(expected));
    }

    @Test
    void basicStructure() {
        LessonDocument d = load("basic");
        assertThat(d.metadata().language()).isEqualTo("en-GB");
        assertThat(d.metadata().keywords()).containsExactly("one", "two");
        assertThat(d.intro()).hasSize(1);
        assertThat(((Block.Paragraph) d.intro().get(0)).content()).anyMatch(i -> i instanceof Inline.Link l
                && l.destination().equals("https://example.org") && l.title().equals("Example"));
        assertThat(d.sections()).extracting(Section::titleText).containsExactly("First section", "Second section");
        Section first = d.sections().get(0);
        assertThat(first.preamble()).hasSize(1);
        assertThat(first.lessons()).extracting(Lesson::number).containsExactly(1, 2);
        assertThat(first.subsections()).singleElement().satisfies(s -> {
            assertThat(s.level()).isEqualTo(2);
            assertThat(s.lessons()).extracting(Lesson::number).containsExactly(3);
        });
        Lesson one = first.lessons().get(0);
        assertThat(one.leadText()).isEqualTo("Lead one.");
        assertThat(one.line()).isEqualTo(18);
        assertThat(one.body()).hasSize(3);
        assertThat(((Block.Paragraph) one.body().get(0)).content()).hasAtLeastOneElementOfType(Inline.Code.class)
                .hasAtLeastOneElementOfType(Inline.Strong.class).hasAtLeastOneElementOfType(Inline.Emphasis.class);
        Block.Quote q = (Block.Quote) one.body().get(2);
        assertThat(InlineText.plain(q.attribution())).isEqualTo("Quoted Person");
        assertThat(InlineText.plainBlocks(q.content())).isEqualTo("“A quote.”");
        Lesson three = first.subsections().get(0).lessons().get(0);
        assertThat(three.body()).hasSize(2).first().isInstanceOf(Block.CodeBlock.class);
        assertThat(((Block.CodeBlock) three.body().get(0)).language()).isEqualTo("python");
        assertThat(three.body().get(1)).isInstanceOf(Block.ListBlock.class);
        Lesson four = d.sections().get(1).lessons().get(0);
        assertThat(four.leadInferred()).isTrue();
        assertThat(four.leadText()).isEqualTo("No bold lead here.");
        assertThat(InlineText.plainBlocks(four.body())).isEqualTo("The rest is body.");
        assertThat(d.closing()).hasSize(2);
        assertThat(d.entries()).extracting(e -> e.section().titleText())
                .containsExactly("First section", "First section", "A sub-section", "Second section");
    }

    @Test
    void inferredLeadIsAWarningWithTheLine() {
        LessonLoader.Result r = new LessonLoader().load(DIR.resolve("basic.md"));
        assertThat(r.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "src/test/resources/loader/basic.md:41: warning: lesson 4 has no bold lead; its first sentence is used. Write '4. **Lead.** Body' to choose it");
    }

    @Test
    void textBetweenLessonsJoinsThePreviousLessonWithAWarning() {
        LessonLoader.Result r = new LessonLoader().load(DIR.resolve("between.md"));
        assertThat(r.document().allLessons().get(0).body()).hasSize(2);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.message()).contains("not indented under lesson 1");
        });
    }

    @Test
    void unknownFrontMatterKeyIsAWarningNamingIt() {
        LessonLoader.Result r = new LessonLoader().load("x.md", "---\ntitle: T\ntitel: U\n---\n1. **A.** b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.ok()).isTrue();
        assertThat(r.diagnostics()).extracting(Diagnostic::format)
                .containsExactly("x.md:3: warning: unknown front matter key 'titel' is ignored; did you mean 'title'?");
    }

    @Test
    void crlfBomAndTitleHeadingAreHandled() {
        String text = "\uFEFF---\r\ntitle: T\r\n---\r\n# T\r\n\r\n1. **A.** b\r\n";
        LessonLoader.Result r = new LessonLoader().load("x.md", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.document().allLessons()).singleElement().satisfies(l -> assertThat(l.line()).isEqualTo(6));
    }

    @Test
    void sampleHasThirtyNineLessonsInFiveSectionsWithCreditsAndClosing() {
        LessonLoader.Result r = new LessonLoader().load(Corpus.SAMPLE);
        assertThat(r.diagnostics()).isEmpty();
        LessonDocument d = r.document();
        assertThat(d.sections()).hasSize(5);
        assertThat(d.allLessons()).extracting(Lesson::number).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 39).boxed().toList());
        assertThat(d.allLessons()).noneMatch(Lesson::leadInferred);
        assertThat(d.metadata().author()).isEqualTo("Eugene Yan");
        assertThat(d.metadata().source()).isEqualTo("https://eugeneyan.com/writing/conf-lessons/");
        assertThat(d.intro()).hasSize(2);
        assertThat(InlineText.plainBlocks(d.closing())).contains("please cite this write-up").contains("@article{yan2024conflessons")
                .doesNotContain("Share on").doesNotContain("Leave a Reply");
        Lesson twelve = d.allLessons().get(11);
        assertThat(twelve.body()).singleElement().isInstanceOfSatisfying(Block.Quote.class,
                q -> assertThat(InlineText.plain(q.attribution())).isEqualTo("Andrej Karpathy"));
        assertThat(d.allLessons().get(7).leadText()).startsWith("Brandolini’s law");
    }

    @Test
    void corpusLoadsWithTheExpectedCounts() {
        assertThat(Corpus.load("one-lesson").allLessons()).hasSize(1);
        LessonDocument plain = Corpus.load("nineteen-plain");
        assertThat(plain.allLessons()).hasSize(19).allMatch(Lesson::leadInferred);
        assertThat(plain.sections()).isEmpty();
        LessonDocument nested = Corpus.load("forty-three-nested");
        assertThat(nested.allLessons()).hasSize(43);
        assertThat(nested.sections()).hasSize(4);
        assertThat(nested.allSections()).hasSize(15);
        assertThat(Corpus.load("three-ninety").allLessons()).hasSize(390);
        assertThat(Corpus.load("multilingual").metadata().language()).isEqualTo("fr");
    }

    private static LessonDocument load(String name) {
        LessonLoader.Result r = new LessonLoader().load(DIR.resolve(name + ".md"));
        assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
        return r.document();
    }
}
