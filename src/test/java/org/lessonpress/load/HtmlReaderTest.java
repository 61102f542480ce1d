package org.lessonpress.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Section;

/**
 * Two saved pages of the seed essay, one in the shape WordPress writes (navigation, sidebar widgets, share buttons,
 * related posts, comments and a comment form), one in the shape of a static site (Hugo): both give the lessons
 * the plain text gives, and no word of the page around the essay.
 */
class HtmlReaderTest {
    static final Path WORDPRESS = Path.of("src/test/resources/html/wordpress.html");
    static final Path HUGO = Path.of("src/test/resources/html/hugo.html");
    /** Words of the pages' furniture (menus, widgets, comments, share and subscribe boxes, footers). */
    static final List<String> FURNITURE = List.of("Skip to content", "Designing, building", "Start Here", "Share on",
            "Share this", "Related", "Patterns for Building", "Categorized", "Tagged", "Previous post", "Priya", "Marco", "says:",
            "Leave a Reply", "Your email address", "Post Comment", "Search", "Recent Posts", "Top Posts", "Proudly powered",
            "All rights reserved", "Join 8,800", "Subscribe", "giscus", "Comments", "min read", "RSS", "Hacker News");

    @ParameterizedTest
    @ValueSource(strings = {"wordpress", "hugo"})
    void aSavedPageGivesTheLessonsOfTheTextAndNothingOfThePageAroundThem(String page) throws IOException {
        LessonLoader.Result r = new LessonLoader().load(Path.of("src/test/resources/html/" + page + ".html"));
        assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
        LessonDocument html = r.document();
        LessonDocument text = TextReaderTest.read(TextReaderTest.SEED);
        assertThat(html.sections()).extracting(Section::titleText)
                .containsExactlyElementsOf(text.sections().stream().map(Section::titleText).toList());
        assertThat(html.allLessons()).extracting(Lesson::number).containsExactlyElementsOf(text.allLessons().stream().map(Lesson::number).toList());
        assertThat(html.allLessons()).extracting(Lesson::leadText).containsExactlyElementsOf(text.allLessons().stream().map(Lesson::leadText).toList());
        for (int i = 0; i < 39; i++) {
            Lesson h = html.allLessons().get(i);
            Lesson t = text.allLessons().get(i);
            assertThat(InlineText.plainBlocks(h.body())).as("lesson " + t.number()).isEqualTo(InlineText.plainBlocks(t.body()));
            assertThat(h.body()).extracting(b -> b.getClass().getSimpleName())
                    .containsExactlyElementsOf(t.body().stream().map(b -> b.getClass().getSimpleName()).toList());
            assertThat(h.leadInferred()).isFalse();
        }
        assertThat(ModelShape.withoutLines(html).intro()).isEqualTo(ModelShape.withoutLines(text).intro());
        assertThat(InlineText.plainBlocks(html.closing())).contains("please cite this write-up as:").contains("@article{yan2024conflessons");
        String everything = TextReaderTest.json(html);
        for (String word : FURNITURE) {
            assertThat(everything).as(word).doesNotContain(word);
        }
        assertThat(html.metadata().title()).isEqualTo("39 Lessons from Industry ML Conferences in 2024");
        assertThat(html.metadata().author()).isEqualTo("Eugene Yan");
        assertThat(html.metadata().source()).isEqualTo("https://eugeneyan.com/writing/conf-lessons/");
        assertThat(html.metadata().citation()).isEqualTo(text.metadata().citation());
    }

    @Test
    void theStaticSitePageWithoutBoldLeadsIsExactlyTheText() {
        LessonDocument html = ModelShape.withoutLines(read(HUGO));
        LessonDocument text = ModelShape.withoutLines(TextReaderTest.read(TextReaderTest.SEED));
        assertThat(html.sections()).isEqualTo(text.sections());
        assertThat(html.metadata().language()).isEqualTo("en");
        assertThat(html.metadata().date()).isEqualTo("17 Nov 2024");
        assertThat(html.metadata().keywords()).containsExactly("machine learning", "conferences", "recommender systems", "LLMs", "engineering");
    }

    @Test
    void whatIsLeftOutIsOneWarningByKindWithLines() {
        LessonLoader.Result wp = new LessonLoader().load(WORDPRESS);
        assertThat(wp.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).startsWith("left out what is not the essay: ").contains("lines 136-139")
                    .contains("comments (lines 140-166)").contains("sidebar (lines 169-179)").contains("footer of the article (lines 125-131)")
                    .contains("navigation (line 25, lines 136-139)").doesNotContain("other page text").contains("the essay is the <div class=\"entry-content\"> at line 49");
        });
        LessonLoader.Result hugo = new LessonLoader().load(HUGO);
        assertThat(hugo.diagnostics()).singleElement().extracting(Diagnostic::message).asString()
                .contains("footer of the article (lines 118-124)").contains("comments (lines 125-129)").contains("byline and date (line 35)");
    }

    @Test
    void keepTrailingKeepsTheFurnitureInsideTheArticle() {
        LessonLoader.Result r = new LessonLoader(new ReadOptions("", true, Limits.INPUT_BYTES)).load(HUGO);
        assertThat(InlineText.plainBlocks(r.document().closing())).contains("Share on:").contains("Join 8,800+ readers");
        assertThat(TextReaderTest.read(TextReaderTest.SEED).allLessons()).hasSameSizeAs(r.document().allLessons());
    }

    @Test
    void wordpressPageMetadataAndLinksAsInlineStructure() {
        LessonDocument d = read(WORDPRESS);
        assertThat(d.metadata().date()).isEqualTo("November 17, 2024");
        assertThat(d.metadata().language()).isEqualTo("en-US");
        Lesson eleven = d.allLessons().get(10);
        List<Inline> body = ((Block.Paragraph) eleven.body().get(0)).content();
        assertThat(body).filteredOn(i -> i instanceof Inline.Link).singleElement().isEqualTo(new Inline.Link(
                "https://eugeneyan.com/writing/bitter-lesson/", "Sutton, 2019", List.of(new Inline.Emphasis(List.of(new Inline.Text("The Bitter Lesson"))))));
        assertThat(d.allLessons().get(11).body()).singleElement().isInstanceOfSatisfying(Block.Quote.class,
                q -> assertThat(InlineText.plain(q.attribution())).isEqualTo("Andrej Karpathy"));
        assertThat(d.allLessons().get(0).lead()).containsExactly(new Inline.Text("The real world is messy."));
    }

    @Test
    void listsAreNumberedByPositionStartAndValueAsWritten() {
        LessonLoader.Result gap = load("<html><body><h1>T</h1><ol><li>One. a</li><li>Two. b</li></ol>\n<p>x</p>\n<ol start=\"4\"><li>Four. d</li></ol>");
        assertThat(gap.errors()).extracting(Diagnostic::format)
                .containsExactly("t.html:3: error: lesson number 4 follows 2 at line 1; expected 3 (numbers run on across lists and sections)");
        LessonLoader.Result repeat = load("<html><body><h1>T</h1><ol>\n<li>One.</li>\n<li>Two.</li>\n<li value=\"2\">Again.</li>\n</ol>");
        assertThat(repeat.errors()).extracting(Diagnostic::format).containsExactly(
                "t.html:4: error: lesson number 2 repeats the one at line 3; numbers run on across lists and sections, so renumber from here");
        LessonDocument ok = read("<html><body><h1>T</h1><ol><li>One.</li></ol><h2>S</h2><ol start=\"2\"><li>Two.</li><li>Three.</li></ol>");
        assertThat(ok.allLessons()).extracting(Lesson::number).containsExactly(1, 2, 3);
        assertThat(ok.lessons()).hasSize(1);
    }

    @Test
    void aPageThatNumbersParagraphsInsteadOfAList() {
        LessonDocument d = read("<html><head><title>Rules | Site</title></head><body><article><p>Intro text here.</p>"
                + "<p><strong>1. First rule.</strong> Body one.</p><p>More of one.</p><p>2. Second rule. Body two.</p>"
                + "<p>Thanks for reading.</p></article></body></html>");
        assertThat(d.metadata().title()).isEqualTo("Rules");
        assertThat(d.allLessons()).extracting(Lesson::leadText).containsExactly("First rule.", "Second rule.");
        assertThat(InlineText.plainBlocks(d.allLessons().get(0).body())).isEqualTo("Body one.\nMore of one.");
        assertThat(InlineText.plainBlocks(d.closing())).isEqualTo("Thanks for reading.");
    }

    @Test
    void aPageWithoutAListIsAnErrorNamingWhereItLooked() {
        assertThat(load("<!doctype html><html><head><title>T</title></head><body><main><p>Only prose, and more prose here.</p></main></body></html>")
                .errors()).extracting(Diagnostic::format).containsExactly("t.html:1: error: no numbered list found in the page's text "
                        + "(the <main> at line 1); lessons are the items of an <ol>, or paragraphs that start with their number ('1. …')");
    }

    @Test
    void dangerousAndRelativeLinksAreKeptAsTextWithAWarningEach() {
        LessonLoader.Result r = load("<html><body><h1>T</h1><ol>\n<li>One <a href=\"javascript:alert(1)\">click</a>.</li>\n"
                + "<li>Two <a href=\"file:///etc/passwd\">here</a> and <a href=\"notes.html\">notes</a>.</li>\n"
                + "<li>Three <a href=\"https://example.org/\">fine</a> <a href=\"mailto:a@example.org\">mail</a>.</li></ol>");
        assertThat(r.ok()).isTrue();
        assertThat(r.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "t.html:2:18: warning: the link to 'javascript:alert(1)' in lesson 1 is kept as its text only: links with the scheme "
                        + "'javascript:' are never made live (only http, https and mailto links are)",
                "t.html:3:18: warning: the link to 'file:///etc/passwd' in lesson 2 is kept as its text only: links with the scheme "
                        + "'file:' are never made live (only http, https and mailto links are)",
                "t.html:3:60: warning: the relative link 'notes.html' in lesson 2 is kept as its text only: an exported file cannot "
                        + "follow it; write the full https:// address to keep it live");
        assertThat(r.document().allLessons().get(0).lead()).containsExactly(new Inline.Text("One "), new Inline.Text("click"), new Inline.Text("."));
        assertThat(r.document().allLessons().get(2).lead()).hasAtLeastOneElementOfType(Inline.Link.class);
    }

    @Test
    void nothingThePageReferencesIsFetched() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            String at = "http://127.0.0.1:" + server.getLocalPort();
            LessonDocument d = read("<!doctype html><html><head><link rel=\"stylesheet\" href=\"" + at + "/a.css\"><script src=\"" + at
                    + "/a.js\"></script><base href=\"" + at + "/\"><title>T</title></head><body><h1>T</h1><ol><li>One. <img src=\""
                    + at + "/i.png\" alt=\"A picture\"> <iframe src=\"" + at + "/frame\"></iframe></li></ol></body></html>");
            assertThat(InlineText.plain(d.allLessons().get(0).lead())).isEqualTo("One.");
            server.setSoTimeout(300);
            try {
                server.accept().close();
                throw new AssertionError("the reader connected to " + at);
            } catch (SocketTimeoutException expected) {
                // nothing asked for anything
            }
        }
    }

    @Test
    void aPageDeclaringAnotherCharsetIsDecodedWithIt() {
        String page = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 rules</title></head><body><ol><li>Caf\u00e9 \u2013 first.</li></ol>";
        LessonLoader.Result r = new LessonLoader().load("t.html", page.getBytes(Charset.forName("windows-1252")));
        assertThat(r.document().metadata().title()).isEqualTo("Café rules");
        assertThat(r.document().allLessons().get(0).leadText()).isEqualTo("Café – first.");
    }

    static LessonDocument read(Path p) {
        LessonLoader.Result r = new LessonLoader().load(p);
        assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
        return r.document();
    }

    static LessonDocument read(String html) {
        LessonLoader.Result r = load(html);
        assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
        return r.document();
    }

    static LessonLoader.Result load(String html) {
        return new LessonLoader().load("t.html", html.getBytes(StandardCharsets.UTF_8));
    }
}
