package org.lessonpress.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.Inline;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.LessonDocument;

/** The checks every reader's document goes through: numbers as written, control characters, link schemes, limits. */
class ModelCheckTest {
    private static final String FM = "---\ntitle: T\n---\n\n";

    @Test
    void numbersInsideOneListAreTakenAsWrittenAndBothLinesNamed() {
        assertThat(errors(FM + "1. **A.** a\n2. **B.** b\n2. **C.** c\n4. **D.** d\n")).containsExactly(
                "x.md:7: error: lesson number 2 repeats the one at line 6; numbers run on across lists and sections, so renumber from here",
                "x.md:8: error: lesson number 4 follows 2 at line 7; expected 3 (numbers run on across lists and sections)");
        assertThat(errors(FM + "1. **A.** a\n2. **B.** b\n4. **D.** d\n5. **E.** e\n5. **F.** f\n")).containsExactly(
                "x.md:7: error: lesson number 4 follows 2 at line 6; expected 3 (numbers run on across lists and sections)",
                "x.md:9: error: lesson number 5 repeats the one at line 8; numbers run on across lists and sections, so renumber from here");
        assertThat(load(FM + "3. **C.** c\n4. **D.** d\n\n   - nested\n   - list\n5. **E.** e\n").ok()).isTrue();
    }

    @Test
    void aListNumberedOneOneOneSaysSoAfterTwentyMessages() {
        LessonLoader.Result r = load(FM + "1. **A.** a\n".repeat(100));
        assertThat(r.errors()).hasSize(ModelCheck.MAX_NUMBER_ERRORS + 1);
        assertThat(r.errors().get(ModelCheck.MAX_NUMBER_ERRORS).message())
                .isEqualTo("lesson number 1 and the 78 lessons after it are not checked further; number the lessons as they should print (1, 2, 3, …)");
    }

    @Test
    void controlCharactersAreAnErrorNamingThePlaceTheCodePointAndLineColumn() {
        assertThat(errors(FM + "1. **A.** a\n2. **B.** bell\u0007 here\n")).containsExactly(
                "x.md:6:15: error: lesson 2 has the control character U+0007 (BEL), which no output can show; remove it");
        assertThat(errors("---\ntitle: \"T\\x1B[31m\"\n---\n\n1. **A.** a\n")).containsExactly(
                "x.md:2: error: the front matter's 'title' has the control character U+001B (ESCAPE), which no output can show; remove it");
        assertThat(errors(FM + "Intro \u0085 NEL.\n\n1. **A.** a\n")).containsExactly(
                "x.md:5:7: error: the intro has the control character U+0085 (NEXT LINE (NEL)), which no output can show; remove it");
        assertThat(errors(FM + "## Sec\u007Ftion\n\n1. **A.** a\n")).containsExactly(
                "x.md:5:7: error: section 'Sec\uFFFDtion' has the control character U+007F (DELETE), which no output can show; remove it");
        assertThat(load(FM + "1. **A.** tab\there\n\n   ```\n   code\twith tab\n   ```\n").ok()).isTrue();
        assertThat(load("t.txt", "T\n\n1. One.\u0001 Two.\n").errors()).extracting(Diagnostic::format).containsExactly(
                "t.txt:3:8: error: lesson 1 has the control character U+0001 (START OF HEADING), which no output can show; remove it");
        assertThat(load("t.html", "<title>T</title><ol><li>One &#7; two.</li></ol>").errors()).extracting(Diagnostic::message).containsExactly(
                "lesson 1 has the control character U+0007 (BEL), which no output can show; remove it");
    }

    @Test
    void onlyHttpHttpsAndMailtoLinksStayLinksTheRestAreTextWithOneWarningEach() {
        LessonLoader.Result r = load(FM + "1. **A.** [run](javascript:alert(1)) [open](file:///etc/passwd)\n   [go](launch:calc)"
                + " [v](vbscript:x) [web](https://example.org) [mail](mailto:a@example.org)\n2. **B.** ![](data:image/png;base64,"
                + "iVBORw0KGgo" + "A".repeat(100_000) + ") and [rel](other.md) and [frag](#x)\n");
        assertThat(r.ok()).isTrue();
        assertThat(r.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "x.md:5:17: warning: the link to 'javascript:alert(1)' in lesson 1 is kept as its text only: links with the scheme 'javascript:' are never made live (only http, https and mailto links are)",
                "x.md:5:45: warning: the link to 'file:///etc/passwd' in lesson 1 is kept as its text only: links with the scheme 'file:' are never made live (only http, https and mailto links are)",
                "x.md:6:9: warning: the link to 'launch:calc' in lesson 1 is kept as its text only: links with the scheme 'launch:' are never made live (only http, https and mailto links are)",
                "x.md:6:26: warning: the link to 'vbscript:x' in lesson 1 is kept as its text only: links with the scheme 'vbscript:' are never made live (only http, https and mailto links are)",
                "x.md:7:11: warning: images are not supported; the image's alt text is kept as a link to it",
                "x.md:7:15: warning: the link to 'data:image/png;base64,iVBORw0KGgoAAAAAAAAAAAAAAAAAAAAAAAA…' in lesson 2 is kept as its text only: links with the scheme 'data:' are never made live (only http, https and mailto links are)",
                "x.md:7:100060: warning: the relative link 'other.md' in lesson 2 is kept as its text only: an exported file cannot follow it; write the full https:// address to keep it live",
                "x.md:7:100081: warning: the link to '#x' in lesson 2 points into the page it came from and is kept as its text only");
        LessonDocument d = r.document();
        List<Inline> one = ((org.lessonpress.model.Block.Paragraph) d.allLessons().get(0).body().get(0)).content();
        assertThat(InlineText.plain(one)).isEqualTo("run open go v web mail");
        assertThat(one).filteredOn(i -> i instanceof Inline.Link).extracting(i -> ((Inline.Link) i).destination())
                .containsExactly("https://example.org", "mailto:a@example.org");
        String two = InlineText.plainBlocks(d.allLessons().get(1).body());
        assertThat(two).isEqualTo("image (image/png, 97.7 KB) and rel and frag");
    }

    @Test
    void limitsAreErrorsAtTheLineWhereTheTextIs() {
        assertThat(errors("---\nauthor: A\ntitle: " + "T".repeat(2000) + "\n---\n\n1. **A.** a\n")).containsExactly(
                "x.md:3: error: the front matter's 'title' is 2,000 characters, over the limit of 300; shorten it");
        assertThat(errors(FM + "1. **A.** a\n2. **" + "B".repeat(700) + ".** b\n")).containsExactly(
                "x.md:6: error: the lead of lesson 2 is 701 characters, over the limit of 600; end its first sentence sooner or mark a shorter lead in bold");
        assertThat(errors(FM + "## " + "S".repeat(250) + "\n\n1. **A.** a\n")).containsExactly(
                "x.md:5: error: the heading of section '" + "S".repeat(57) + "…' is 250 characters, over the limit of 200; shorten it");
        assertThat(errors(FM + "1. **A.** a\n2. **B.** " + "word ".repeat(5000) + "\n")).containsExactly(
                "x.md:6: error: lesson 2 is 25,001 characters, over the limit of 20,000 for one lesson; split it or shorten it");
        StringBuilder many = new StringBuilder(FM);
        for (int i = 1; i <= Limits.LESSONS + 1; i++) {
            many.append(i).append(". **L.** b\n");
        }
        assertThat(errors(many.toString())).containsExactly(
                "x.md:5005: error: lesson 5001 is lesson 5,001 of this file; a file holds at most 5,000 lessons, so split it into several files");
    }

    @Test
    void aLongTitleIsBlamedOnTheTitleInEveryReader() {
        String title = "T".repeat(2000);
        assertThat(load("t.txt", title + "\n\n1. One.\n").errors()).extracting(Diagnostic::format)
                .containsExactly("t.txt:1: error: the front matter's 'title' is 2,000 characters, over the limit of 300; shorten it");
        assertThat(load("t.html", "<html>\n<head>\n<title>" + title + "</title></head><body><ol><li>One.</li></ol>").errors())
                .extracting(Diagnostic::format).containsExactly("t.html:3: error: the front matter's 'title' is 2,000 characters, over the limit of 300; shorten it");
        assertThat(load("t.json", "{\"format\": \"lessonpress/1\",\n\"metadata\": {\n\"title\": \"" + title + "\"},\n\"lessons\": [{\"number\": 1, \"lead\": []}]}")
                .errors()).extracting(Diagnostic::format).containsExactly("t.json:3: error: the front matter's 'title' is 2,000 characters, over the limit of 300; shorten it");
    }

    @Test
    void messagesNeverEchoLineBreaksOrTerminalEscapesFromTheInput() {
        LessonLoader.Result md = load("---\ntitle: T\n\"bad\\nkey\\x1b[2J\": 1\n---\n\n1. **A.** a\n");
        LessonLoader.Result html = load("t.html", "<title>T</title><body class=\"a\nb\u001b[2J\"><p>No list here, only prose.</p>");
        for (LessonLoader.Result r : List.of(md, html)) {
            assertThat(r.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.message()).doesNotContain("\n").doesNotContain("\u001b"));
        }
        assertThat(md.diagnostics()).extracting(Diagnostic::message).containsExactly("unknown front matter key 'bad key\uFFFD[2J' is ignored; "
                + "known keys: title, subtitle, author, date, source, language, citation, keywords");
    }

    private static List<String> errors(String md) {
        LessonLoader.Result r = load(md);
        assertThat(r.ok()).isFalse();
        return r.errors().stream().map(Diagnostic::format).toList();
    }

    private static LessonLoader.Result load(String md) {
        return load("x.md", md);
    }

    private static LessonLoader.Result load(String name, String text) {
        return new LessonLoader().load(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
