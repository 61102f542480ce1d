package org.lessonpress.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonpress.Diagnostic;
import org.lessonpress.export.json.JsonExporter;
import org.lessonpress.model.Block;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Section;
import org.lessonpress.testing.Corpus;

/** The text reader on the seed essay exactly as scraped, and on the shapes plain-text essays come in. */
class TextReaderTest {
    static final Path SEED = Path.of("samples/conf-lessons-2024.txt");

    @Test
    void theSampleTextIsTheSeedByteForByte() throws IOException {
        Path seed = Path.of("/work/shared/seed/000_23a8b75247e42e72.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(seed), "the seed is not on this machine");
        assertThat(Files.readAllBytes(SEED)).isEqualTo(Files.readAllBytes(seed));
    }

    @Test
    void seedGivesTheMarkdownSamplesLeadsInTheSameFiveSections() {
        LessonDocument text = read(SEED);
        LessonDocument md = Corpus.sample();
        assertThat(text.sections()).extracting(Section::titleText).containsExactlyElementsOf(
                md.sections().stream().map(Section::titleText).toList()).hasSize(5);
        assertThat(text.allLessons()).hasSize(39).extracting(Lesson::leadText)
                .containsExactlyElementsOf(md.allLessons().stream().map(Lesson::leadText).toList());
        for (int s = 0; s < 5; s++) {
            assertThat(text.sections().get(s).lessons()).extracting(Lesson::number)
                    .containsExactlyElementsOf(md.sections().get(s).lessons().stream().map(Lesson::number).toList());
        }
    }

    @Test
    void seedLessonsAreTheMarkdownSamplesLessonsBodiesAndQuotesIncluded() {
        LessonDocument text = ModelShape.withoutLines(read(SEED));
        LessonDocument md = ModelShape.withoutLines(Corpus.sample());
        assertThat(text.sections()).isEqualTo(md.sections());
        assertThat(text.intro()).isEqualTo(md.intro());
        Lesson twelve = text.allLessons().get(11);
        assertThat(twelve.body()).singleElement().isInstanceOfSatisfying(Block.Quote.class, q -> {
            assertThat(InlineText.plain(q.attribution())).isEqualTo("Andrej Karpathy");
            assertThat(InlineText.plainBlocks(q.content())).startsWith("“There’s a large class").endsWith("takes a decade.”");
        });
        Lesson fifteen = text.allLessons().get(14);
        assertThat(fifteen.body()).hasSize(2);
        assertThat(InlineText.plain(((Block.Quote) fifteen.body().get(0)).attribution())).isEqualTo("Will Larson");
        assertThat(InlineText.plainBlocks(List.of(fifteen.body().get(1)))).startsWith("Thus, if you’re serving");
        assertThat(text.allLessons().get(15).leadText()).startsWith("[Corollary] The economics");
    }

    @Test
    void seedHasATwoParagraphIntroTheCitationInTheClosingAndNoFooterAnywhere() throws IOException {
        LessonLoader.Result r = new LessonLoader().load(SEED);
        LessonDocument d = r.document();
        assertThat(d.metadata().title()).isEqualTo("39 Lessons from Industry ML Conferences in 2024");
        assertThat(d.intro()).hasSize(2).allMatch(b -> b instanceof Block.Paragraph);
        assertThat(InlineText.plainBlocks(d.closing())).contains("please cite this write-up as:")
                .contains("Yan, Ziyou. (Nov 2024). 39 Lessons from Industry ML Conferences in 2024. eugeneyan.com.")
                .contains("@article{yan2024conflessons");
        assertThat(d.closing()).last().isInstanceOfSatisfying(Block.CodeBlock.class, c -> assertThat(c.language()).isEqualTo("bibtex"));
        assertThat(d.metadata().citation()).isEqualTo(Corpus.sample().metadata().citation());
        assertThat(d.metadata().source()).isEqualTo("https://eugeneyan.com/writing/conf-lessons/");
        assertThat(d.metadata().date()).isEqualTo("Nov 2024");
        assertThat(d.metadata().author()).isEqualTo("Ziyou Yan");
        String everything = json(d);
        for (String footer : List.of("Share on", "Leave a Reply", "widget", "Widget", "Source link", "8,800", "stp2y", "lol")) {
            assertThat(everything).as(footer).doesNotContain(footer);
        }
        assertThat(r.diagnostics()).extracting(Diagnostic::format).containsExactly(SEED + ":116: warning: lines 116-131 (8 lines of "
                + "text, from 'Share on:') look like the web page's footer (share, subscribe and comment boxes) and are left out; "
                + "use --keep-trailing to keep them");
    }

    @Test
    void keepTrailingKeepsTheFooterInTheClosing() throws IOException {
        LessonLoader.Result r = new LessonLoader(new ReadOptions("", true, Limits.INPUT_BYTES)).load(SEED);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(InlineText.plainBlocks(r.document().closing())).contains("Share on:").contains("Leave a Reply")
                .endsWith("Offcanvas Sidebar Widget Area.");
        assertThat(r.document().allLessons()).hasSize(39);
    }

    @Test
    void itemsNumberedWithParenthesesOrDashesAndTheirParagraphs() {
        LessonDocument d = read("Rules of Thumb\n\nA short intro.\n\n1) First rule. It has a body\nthat wraps.\n\n"
                + "   A second paragraph of the first rule.\n\n2) Second rule? Yes.\n\nMore about the second rule.\n\n"
                + "3) Third rule, e.g. this one, vs. that one. Done.\n\nThanks for reading.\n");
        assertThat(d.allLessons()).extracting(Lesson::leadText)
                .containsExactly("First rule.", "Second rule?", "Third rule, e.g. this one, vs. that one.");
        Lesson first = d.allLessons().get(0);
        assertThat(first.body()).hasSize(2);
        assertThat(InlineText.plainBlocks(first.body())).isEqualTo("It has a body that wraps.\nA second paragraph of the first rule.");
        assertThat(d.allLessons().get(1).body()).hasSize(2);
        assertThat(InlineText.plainBlocks(d.closing())).isEqualTo("Thanks for reading.");
        assertThat(InlineText.plainBlocks(d.intro())).isEqualTo("A short intro.");
        LessonDocument dashes = read("Tips\n\n1 - Sleep well. Really.\n\n2 – Eat well. Truly.\n");
        assertThat(dashes.allLessons()).extracting(Lesson::leadText).containsExactly("Sleep well.", "Eat well.");
    }

    @Test
    void headingsAreShortLinesWithoutFinalPunctuationBeforeAnItem() {
        LessonDocument d = read("Title\n\nIntro.\n\nFirst part\n\n1. One. Alpha\n\nNot a heading.\n\n2. Two. Beta\n\nSecond part\n\n3. Three. Gamma\n");
        assertThat(d.sections()).extracting(Section::titleText).containsExactly("First part", "Second part");
        assertThat(d.sections().get(0).lessons()).extracting(Lesson::number).containsExactly(1, 2);
        assertThat(InlineText.plainBlocks(d.sections().get(0).lessons().get(0).body())).isEqualTo("Alpha\nNot a heading.");
        assertThat(d.sections().get(0).id()).isEqualTo("first-part");
    }

    @Test
    void numbersAreTakenAsWritten() {
        LessonLoader.Result gap = load("Title\n\n1. One. a\n\n2. Two. b\n\n4. Four. d\n");
        assertThat(gap.ok()).isFalse();
        assertThat(gap.errors()).extracting(Diagnostic::format)
                .containsExactly("t.txt:7: error: lesson number 4 follows 2 at line 5; expected 3 (numbers run on across lists and sections)");
        LessonLoader.Result repeat = load("Title\n\n1. One. a\n\n2. Two. b\n\n2. Again. c\n");
        assertThat(repeat.errors()).extracting(Diagnostic::format).containsExactly(
                "t.txt:7: error: lesson number 2 repeats the one at line 5; numbers run on across lists and sections, so renumber from here");
        assertThat(load("Title\n\n1. One. a\n\n2.\n\n3. Three.\n").errors()).extracting(Diagnostic::format)
                .containsExactly("t.txt:5: error: lesson 2 is empty; write its text after the number or remove it");
    }

    @Test
    void textWithoutNumberedItemsIsAnErrorSayingHowToNumberThem() {
        assertThat(load("Just a title\n\nAnd some prose that is not a list.\n").errors()).extracting(Diagnostic::format)
                .containsExactly("t.txt:3: error: no numbered lessons found; start each lesson's paragraph with its number: "
                        + "'1. First sentence is the lead. More text.'");
        assertThat(load("").errors()).extracting(Diagnostic::message)
                .containsExactly("the file is empty; a plain-text essay has a title line and numbered paragraphs");
    }

    @Test
    void aQuotationThatIsAWholeParagraphAfterTheLastItemStaysInIt() {
        LessonDocument d = read("T\n\n1. One. Body.\n\n“Be brief.” — Someone Wise\n\nThe end.\n");
        assertThat(d.allLessons().get(0).body()).hasSize(2).last().isInstanceOf(Block.Quote.class);
        assertThat(InlineText.plainBlocks(d.closing())).isEqualTo("The end.");
    }

    static LessonDocument read(Path p) {
        LessonLoader.Result r = new LessonLoader().load(p);
        assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
        return r.document();
    }

    static LessonDocument read(String text) {
        LessonLoader.Result r = load(text);
        assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
        return r.document();
    }

    static LessonLoader.Result load(String text) {
        return new LessonLoader().load("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    static String json(LessonDocument d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(d, Corpus.context("json", Corpus.SAMPLE, Map.of()), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
