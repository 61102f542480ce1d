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

/** Each kind of bad input: exit code 1, the exact first line of stderr, no stack trace, no output file. */
class BadInputTest {
    @TempDir
    Path dir;

    private static final String FM = "---\ntitle: T\n---\n";

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("empty", bytes(""), "empty.md:1: error: the file is empty; a lesson file has front matter ('---', 'title: ...', '---') and numbered lessons"),
                Arguments.of("blank", bytes("\n  \n\n"), "blank.md:1: error: the file is empty; a lesson file has front matter ('---', 'title: ...', '---') and numbered lessons"),
                Arguments.of("latin1", concat(bytes(FM + "\n1. **Caf"), new byte[] {(byte) 0xE9}, bytes(".** Body\n")),
                        "latin1.md:5:9: error: not UTF-8 text (byte 0xE9); save the file as UTF-8"),
                Arguments.of("junk", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13},
                        "junk.md:3: error: binary data (a NUL byte), not a lesson file; give a UTF-8 Markdown file"),
                Arguments.of("nofront", bytes("1. **A.** b\n"),
                        "nofront.md:1: error: no front matter; start the file with a '---' line, then 'title: Your title', then another '---' line"
                                + " (or read it as a plain-text essay with --from text)"),
                Arguments.of("unclosed", bytes("---\ntitle: T\n\n1. **A.** b\n"),
                        "unclosed.md:1: error: the front matter opened here is never closed; add a '---' line after its last key"),
                Arguments.of("brokenyaml", bytes("---\ntitle: T\nauthor: [unclosed\n---\n1. **A.** b\n"),
                        "brokenyaml.md:4: error: YAML: expected ',' or ']', but got <stream end>; check the line above this one too, and quote values that contain ': ' or start with [ { * & ! | > ' \" %"),
                Arguments.of("badindent", bytes("---\ntitle: T\n  author: x\n---\n1. **A.** b\n"),
                        "badindent.md:3: error: YAML: mapping values are not allowed here; check the line above this one too, and quote values that contain ': ' or start with [ { * & ! | > ' \" %"),
                Arguments.of("notitle", bytes("---\nauthor: A\n---\n\n1. **A.** b\n"),
                        "notitle.md:1: error: the front matter has no 'title'; add a line 'title: Your title' between the '---' lines"),
                Arguments.of("nolessons", bytes(FM + "\nJust prose.\n\n- a bullet\n"),
                        "nolessons.md:4: error: no lessons found; write them as a numbered list: '1. **Lead.** Body'"),
                Arguments.of("emptylesson", bytes(FM + "\n1. **A.** b\n2.\n3. **C.** d\n"),
                        "emptylesson.md:6: error: lesson 2 is empty; write '2. **Lead.** Body' or remove it"),
                Arguments.of("skip", bytes(FM + "\n1. **A.** a\n2. **B.** b\n\n## S\n\n4. **D.** d\n"),
                        "skip.md:10: error: lesson number 4 follows 2 at line 6; expected 3 (numbers run on across lists and sections)"),
                Arguments.of("repeat", bytes(FM + "\n1. **A.** a\n2. **B.** b\n\n## S\n\n2. **C.** c\n"),
                        "repeat.md:10: error: lesson number 2 repeats the one at line 6; numbers run on across lists and sections, so renumber from here"),
                Arguments.of("deepquotes", bytes(FM + "\n1. **A.** a\n\n" + "   " + ">".repeat(5000) + " deep\n"),
                        "deepquotes.md:7: error: lists or quotes are nested more than 32 levels deep; flatten them"),
                Arguments.of("language", bytes("---\ntitle: T\nlanguage: english please\n---\n1. **A.** b\n"),
                        "language.md:3: error: 'language: english please' is not a BCP 47 tag; write e.g. en, de, pt-BR or sr-Latn"),
                Arguments.of("h1later", bytes(FM + "\n1. **A.** a\n\n# Big\n\n2. **B.** b\n"),
                        "h1later.md:7: error: '# Big' is a title heading; use '##' for sections and '###' for sub-sections"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputFailsWithOneLineAndNoOutput(String name, byte[] content, String expectedFirstLine) throws IOException {
        Path in = dir.resolve(name + ".md");
        Files.write(in, content);
        Path out = dir.resolve("out");
        CliRunner.Outcome r = new CliRunner().run("export", "-o", out.toString(), in.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.firstErrLine().replace(dir + "/", "")).isEqualTo(expectedFirstLine);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        assertThat(out).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void deepListsAreAnErrorNotACrash() throws IOException {
        StringBuilder sb = new StringBuilder(FM + "\n1. **A.** a\n\n");
        for (int i = 0; i < 3000; i++) {
            sb.append("   ".repeat(1)).append("  ".repeat(i)).append("- x\n");
        }
        Path in = dir.resolve("deeplists.md");
        Files.writeString(in, sb);
        CliRunner.Outcome r = new CliRunner().run("check", in.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.firstErrLine()).contains("deeplists.md:").contains("error: ").contains("nested");
    }

    @Test
    void oversizedInputIsRefusedAndTheLimitCanBeRaised() throws IOException {
        StringBuilder sb = new StringBuilder(FM + "\n");
        for (int i = 1; sb.length() < 2_200_000; i++) {
            sb.append(i).append(". **Lesson ").append(i).append(".** ").append("word ".repeat(400)).append("\n\n");
        }
        Path in = dir.resolve("big.md");
        Files.writeString(in, sb);
        CliRunner.Outcome r = new CliRunner().run("check", "--max-input-size", "2MB", in.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.firstErrLine()).isEqualTo(in + ":1: error: the file is 2.1 MB, over the 2.0 MB limit; raise it with --max-input-size");
        assertThat(new CliRunner().run("check", "--max-input-size", "3MB", in.toString()).code()).isEqualTo(ExitCode.OK);
    }

    @Test
    void otherInputsAreStillExportedAndTheExitCodeReportsTheFailure() throws IOException {
        Path bad = dir.resolve("bad.md");
        Files.writeString(bad, "");
        Path good = dir.resolve("good.md");
        Files.writeString(good, FM + "\n1. **A.** b\n");
        Path out = dir.resolve("out");
        CliRunner.Outcome r = new CliRunner().run("export", "-f", "json", "-o", out.toString(), bad.toString(), good.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(out.resolve("good-json.json")).exists();
        assertThat(out.resolve("bad-json.json")).doesNotExist();
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        Path t = dir.resolve("theme.yml");
        Files.writeString(t, "colors:\n  text: red\n");
        CliRunner.Outcome plain = new CliRunner().run("check", "--sample", "--theme", t.toString());
        CliRunner.Outcome debug = new CliRunner().run("check", "--sample", "--debug", "--theme", t.toString());
        assertThat(plain.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(plain.err()).doesNotContain("\tat ");
        assertThat(debug.err()).contains("\tat org.lessonpress");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
