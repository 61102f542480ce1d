package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text no format can set correctly (right to left, or needing shaping or dictionary line breaks) is an error naming
 * the place, the script and the code point, in {@code check} and before any format of {@code export} runs: it was
 * set left to right with unjoined letters and no warning.
 */
class ScriptCheckTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Arabic     | مرحبا بالعالم | U+0645 ARABIC LETTER MEEM
            Hebrew     | שלום עולם    | U+05E9 HEBREW LETTER SHIN
            Syriac     | ܫܠܡܐ         | U+072B SYRIAC LETTER SHIN
            Thaana     | ދިވެހި        | U+078B THAANA LETTER DHAALU
            N'Ko       | ߒߞߏ          | U+07D2 NKO LETTER N
            Devanagari | नमस्ते        | U+0928 DEVANAGARI LETTER NA
            Bengali    | বাংলা         | U+09AC BENGALI LETTER BA
            Tamil      | தமிழ்         | U+0BA4 TAMIL LETTER TA
            Thai       | ภาษาไทย      | U+0E20 THAI CHARACTER PHO SAMPHAO
            Lao        | ພາສາລາວ      | U+0E9E LAO LETTER PHO TAM
            Myanmar    | မြန်မာ        | U+1019 MYANMAR LETTER MA
            Khmer      | ភាសាខ្មែរ     | U+1797 KHMER LETTER PHO
            Mongolian  | ᠮᠣᠩᠭᠣᠯ       | U+182E MONGOLIAN LETTER MA
            Tibetan    | བོད་ཡིག       | U+0F56 TIBETAN LETTER BA
            """)
    void aScriptWeCannotSetIsAnErrorNamingLessonScriptAndCodePoint(String script, String text, String codePoint) throws IOException {
        Path in = Files.writeString(dir.resolve("s.md"), "---\ntitle: Scripts\n---\n\n1. **Fine.** Latin.\n2. **Lead.** Body "
                + text.strip() + " here.\n");
        String expected = in + ":6: error: lesson 2: " + script + " text: '";
        CliRunner.Outcome check = new CliRunner().run("check", in.toString());
        assertThat(check.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check.firstErrLine()).startsWith(expected).contains(codePoint).contains("cannot be set");
        Path out = dir.resolve("out");
        CliRunner.Outcome export = new CliRunner().run("export", "-o", out.toString(), in.toString());
        assertThat(export.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(export.errWithoutSummary()).singleElement().asString().startsWith(expected);
        assertThat(export.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void rightToLeftMarksAndOverridesInLatinTextAreNamedToo() throws IOException {
        Path in = Files.writeString(dir.resolve("o.md"), "---\ntitle: Over\u202Eride\n---\n\n1. **Lead.** Body.\n");
        CliRunner.Outcome r = new CliRunner().run("check", in.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.firstErrLine()).startsWith(in + ":1: error: the front matter: right-to-left text: ")
                .contains("U+202E RIGHT-TO-LEFT OVERRIDE");
    }

    @Test
    void manyPlacesOfOneScriptAreSummedUp() throws IOException {
        StringBuilder md = new StringBuilder("---\ntitle: Many\n---\n\n");
        for (int i = 1; i <= 9; i++) {
            md.append(i).append(". **Lead.** שלום\n");
        }
        Path in = Files.writeString(dir.resolve("m.md"), md);
        CliRunner.Outcome r = new CliRunner().run("check", in.toString());
        assertThat(r.err().lines()).hasSize(6);
        assertThat(r.err().lines().toList().get(5)).isEqualTo(in + ":10: error: Hebrew text also in lesson 6 and 3 more places");
    }

    @Test
    void scriptsWeSetCorrectlyPass() throws IOException {
        Path in = Files.writeString(dir.resolve("ok.md"), "---\ntitle: Fine\n---\n\n1. **Lead.** Ça va, Ελληνικά, Русский,"
                + " Հայերեն, ქართული, ᏣᎳᎩ, ግዕዝ.\n");
        CliRunner.Outcome r = new CliRunner().run("check", in.toString());
        assertThat(r.err()).doesNotContain("cannot be set");
    }
}
