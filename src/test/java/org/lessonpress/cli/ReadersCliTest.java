package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.load.ModelShape;
import org.lessonpress.model.LessonDocument;

/** Readers through the command line: --from, formats, import, and every reader's answer to malformed input. */
class ReadersCliTest {
    private static final Path SEED = Path.of("samples/conf-lessons-2024.txt");
    @TempDir
    Path dir;

    @Test
    void formatsListsReadersThenWriters() {
        CliRunner.Outcome r = new CliRunner().run("formats");
        assertThat(r.code()).isZero();
        assertThat(r.outLines().get(0)).startsWith("Readers");
        assertThat(r.outLines()).anyMatch(l -> l.matches("  markdown\\s+\\.md \\.markdown.*lesson file.*"))
                .anyMatch(l -> l.matches("  text\\s+\\.txt .*plain-text essay.*")).anyMatch(l -> l.matches("  html\\s+\\.html .*saved web page.*"))
                .anyMatch(l -> l.matches("  json\\s+\\.json\\s+lessonpress JSON.*"));
        int writers = r.outLines().indexOf(r.outLines().stream().filter(l -> l.startsWith("Writers")).findFirst().orElseThrow());
        assertThat(r.outLines().subList(1, writers)).extracting(l -> l.trim().split(" ")[0]).containsExactly("markdown", "text", "html", "json");
    }

    @Test
    void anUnknownReaderIsAUsageErrorWithTheLikelyOne() {
        CliRunner.Outcome r = new CliRunner().run("check", "--from", "mdd", SEED.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.firstErrLine()).isEqualTo("lessonpress: error: unknown reader 'mdd' for --from; did you mean 'markdown'? "
                + "Available: markdown, text, html, json");
        assertThat(new CliRunner().run("export", "--from", "htm", "-o", dir.toString(), SEED.toString()).firstErrLine())
                .contains("did you mean 'html'?");
    }

    @Test
    void fromChoosesTheReaderWhateverTheExtension() throws IOException {
        Path misnamed = dir.resolve("essay.md");
        Files.copy(SEED, misnamed);
        CliRunner.Outcome asMarkdown = new CliRunner().run("check", misnamed.toString());
        assertThat(asMarkdown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(asMarkdown.firstErrLine()).endsWith("(or read it as a plain-text essay with --from text)");
        CliRunner.Outcome asText = new CliRunner().run("check", "--from", "text", misnamed.toString());
        assertThat(asText.code()).as(asText.err()).isZero();
        assertThat(asText.out().lines().findFirst()).contains(misnamed + ": 39 lessons in 5 sections");
        Path noExtension = dir.resolve("essay");
        Files.copy(SEED, noExtension);
        assertThat(new CliRunner().run("check", noExtension.toString()).out().lines().findFirst()).contains(noExtension + ": 39 lessons in 5 sections");
    }

    @Test
    void theSeedTextExportsLikeTheLessonFile() throws IOException {
        CliRunner.Outcome r = new CliRunner().env("SOURCE_DATE_EPOCH", "1730419200").run("export", "-f", "json,booklet", "-o", dir.toString(), SEED.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.errWithoutSummary()).singleElement().asString().contains("warning: lines 116-131");
        assertThat(dir.resolve("conf-lessons-2024-json.json")).exists();
        assertThat(dir.resolve("conf-lessons-2024-booklet.pdf")).exists();
        assertThat(Files.readString(dir.resolve("conf-lessons-2024-json.json"))).contains("\"lessonCount\" : 39");
    }

    @Test
    void importThenCheckGivesTheSameModelAsReadingTheInput() throws IOException {
        for (Path input : new Path[] {SEED, Path.of("src/test/resources/html/wordpress.html"), Path.of("src/test/resources/html/hugo.html")}) {
            Path md = dir.resolve(input.getFileName() + ".md");
            CliRunner.Outcome imp = new CliRunner().run("import", input.toString(), "-o", md.toString());
            assertThat(imp.code()).as(imp.err()).isZero();
            assertThat(imp.out()).isEqualTo(md + ": 39 lessons in 5 sections\n");
            CliRunner.Outcome check = new CliRunner().run("check", md.toString());
            assertThat(check.code()).isZero();
            assertThat(check.err()).as("no warnings or errors on the imported file").isEmpty();
            assertThat(check.out().lines().findFirst()).contains(md + ": 39 lessons in 5 sections");
            LessonDocument direct = new LessonLoader().load(input).document();
            LessonDocument imported = new LessonLoader().load(md).document();
            assertThat(ModelShape.withoutLines(imported)).isEqualTo(ModelShape.withoutLines(direct));
        }
    }

    @Test
    void importWritesToStandardOutputAndNeverOverANameWithoutForce() throws IOException {
        CliRunner.Outcome out = new CliRunner().run("import", SEED.toString());
        assertThat(out.code()).isZero();
        assertThat(out.out()).startsWith("---\ntitle: \"39 Lessons from Industry ML Conferences in 2024\"\n").contains("\n39. **Put enough geeks");
        assertThat(new CliRunner().run("import", SEED.toString(), "-o", "-").out()).isEqualTo(out.out());
        Path md = dir.resolve("x.md");
        Files.writeString(md, "my own edits");
        CliRunner.Outcome refused = new CliRunner().run("import", SEED.toString(), "-o", md.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.OUTPUT);
        assertThat(refused.err().lines().filter(l -> l.contains("error"))).singleElement().asString()
                .isEqualTo(md + ": error: the file exists; use --force to replace it, or choose another -o");
        assertThat(Files.readString(md)).isEqualTo("my own edits");
        assertThat(new CliRunner().run("import", "--force", SEED.toString(), "-o", md.toString()).code()).isZero();
        assertThat(Files.readString(md)).isEqualTo(out.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.md");
        }
    }

    @Test
    void importOfABadInputWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "Title\n\n1. One. a\n\n3. Three. c\n");
        Path md = dir.resolve("bad.md");
        CliRunner.Outcome r = new CliRunner().run("import", bad.toString(), "-o", md.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.firstErrLine()).isEqualTo(bad + ":5: error: lesson number 3 follows 1 at line 3; expected 2 (numbers run on across lists and sections)");
        assertThat(md).doesNotExist();
    }

    static Stream<Arguments> malformed() {
        String fm = "---\ntitle: T\n---\n";
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        String line = "a".repeat(10_000_000);
        String html = "<!doctype html><html><head><title>T</title></head><body>\n";
        return Stream.of(
                Arguments.of("binary.md", binary, "binary.md:3: error: binary data (a NUL byte), not a lesson file; give a UTF-8 Markdown file"),
                Arguments.of("binary.txt", binary, "binary.txt:3: error: binary data (a NUL byte), not a lesson file; give a UTF-8 text file"),
                Arguments.of("binary.html", binary, "binary.html:3: error: binary data (a NUL byte), not a lesson file; give a saved web page (.html) in UTF-8"),
                Arguments.of("binary.json", binary, "binary.json:3: error: binary data (a NUL byte), not a lesson file; give a UTF-8 JSON file"),
                Arguments.of("line.md", (fm + "\n1. " + line).getBytes(StandardCharsets.UTF_8),
                        "line.md:5: error: lesson 1 is 10,000,000 characters, over the limit of 20,000 for one lesson; split it or shorten it"),
                Arguments.of("line.txt", line.getBytes(StandardCharsets.UTF_8),
                        "line.txt:1: error: no numbered lessons found; start each lesson's paragraph with its number: '1. First sentence is the lead. More text.'"),
                Arguments.of("line.html", (html + "<ol><li>" + line + "</li></ol>").getBytes(StandardCharsets.UTF_8),
                        "line.html:2: error: lesson 1 is 10,000,000 characters, over the limit of 20,000 for one lesson; split it or shorten it"),
                Arguments.of("line.json", ("{\"format\": \"lessonpress/1\", \"metadata\": {\"title\": \"" + line + "\"}}").getBytes(StandardCharsets.UTF_8),
                        "line.json:1:1: error: the export has no lessons; a lesson file has at least one"),
                Arguments.of("truncated.html", (html + "<ol>\n<li>One. Body.</li>\n<li>Two. Bo").getBytes(StandardCharsets.UTF_8),
                        "truncated.html:2: error: this list of lessons is never closed (no </ol>): the page looks cut off; save the whole page again"),
                Arguments.of("nested.html", (html + "<div>".repeat(5000) + "<ol><li>One.</li></ol>" + "</div>".repeat(5000)).getBytes(StandardCharsets.UTF_8),
                        "nested.html:2: error: the page's elements are nested more than 256 levels deep here; no essay needs that, so the page is not read"),
                Arguments.of("nolist.html", (html + "<main><p>Only prose, and more prose.</p></main></body></html>").getBytes(StandardCharsets.UTF_8),
                        "nolist.html:2: error: no numbered list found in the page's text (the <main> at line 2); lessons are the items of an <ol>, or paragraphs that start with their number ('1. …')"),
                Arguments.of("gaps.md", (fm + "\n1. **A.** a\n2. **B.** b\n2. **C.** c\n4. **D.** d\n").getBytes(StandardCharsets.UTF_8),
                        "gaps.md:7: error: lesson number 2 repeats the one at line 6; numbers run on across lists and sections, so renumber from here"),
                Arguments.of("gaps.txt", "T\n\n1. A. a\n\n2. B. b\n\n4. D. d\n".getBytes(StandardCharsets.UTF_8),
                        "gaps.txt:7: error: lesson number 4 follows 2 at line 5; expected 3 (numbers run on across lists and sections)"),
                Arguments.of("gaps.html", (html + "<ol><li>A.</li>\n<li>B.</li>\n<li value=\"5\">E.</li></ol>").getBytes(StandardCharsets.UTF_8),
                        "gaps.html:4: error: lesson number 5 follows 2 at line 3; expected 3 (numbers run on across lists and sections)"),
                Arguments.of("gaps.json", ("{\"format\": \"lessonpress/1\", \"metadata\": {\"title\": \"T\"}, \"lessons\": [\n{\"number\": 1, \"lead\": []},\n"
                        + "{\"number\": 3, \"lead\": []}]}").getBytes(StandardCharsets.UTF_8),
                        "gaps.json:3: error: lesson number 3 follows 1 at line 2; expected 2 (numbers run on across lists and sections)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedInputToEveryReaderIsOneLineExitOneAndNoOutput(String name, byte[] content, String expected) throws IOException {
        Path in = dir.resolve(name);
        Files.write(in, content);
        Path out = dir.resolve("out");
        CliRunner.Outcome r = new CliRunner().run("export", "-f", "json", "-o", out.toString(), in.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.firstErrLine().replace(dir + "/", "")).isEqualTo(expected);
        assertThat(r.err().lines().filter(l -> l.contains(": error: "))).hasSize(name.startsWith("gaps.md") ? 2 : 1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        assertThat(out).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }
}
