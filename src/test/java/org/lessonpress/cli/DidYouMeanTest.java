package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped command, format or theme is one line naming what was meant (or the choices), exit 2, nothing written. */
class DidYouMeanTest {
    @TempDir
    Path dir;

    private void assertOneLine(CliRunner.Outcome r, String line) {
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.firstErrLine()).isEqualTo(line);
        assertThat(r.err().lines()).as("one line and no more").hasSize(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownCommandNamesTheOneMeant() {
        assertOneLine(new CliRunner().run("exprot", "lessons.md"),
                "lessonpress: error: unknown command 'exprot'; did you mean 'export'?");
        assertOneLine(new CliRunner().prefetching().run("chekc"),
                "lessonpress: error: unknown command 'chekc'; did you mean 'check'?");
        assertOneLine(new CliRunner().run("frobnicate"),
                "lessonpress: error: unknown command 'frobnicate'; commands: export, build, check, import, formats, help, completion");
    }

    @Test
    void aLessonFileGivenAsTheCommandIsToldHowToExportIt() throws IOException {
        Path file = dir.resolve("handout.md");
        Files.writeString(file, "---\ntitle: T\n---\n1. **A.** b\n");
        assertOneLine(new CliRunner().run(file.toString()),
                "lessonpress: error: unknown command '" + file + "'; to export it, run 'lessonpress export " + file + "'");
    }

    @Test
    void anUnknownFormatNamesTheOneMeantBeforeAnythingIsWritten() {
        Path out = dir.resolve("out");
        assertOneLine(new CliRunner().run("export", "-o", out.toString(), "-f", "bookelt"),
                "lessonpress: error: unknown format 'bookelt'; did you mean 'booklet'?");
        assertOneLine(new CliRunner().run("export", "-o", out.toString(), "-f", "json,slieds"),
                "lessonpress: error: unknown format 'slieds'; did you mean 'slides'?");
        assertOneLine(new CliRunner().run("export", "-o", out.toString(), "-f", "docx"),
                "lessonpress: error: unknown format 'docx'; available: json, booklet, poster, cards, slides");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownThemeNameNamesTheOneMeant() {
        Path out = dir.resolve("out");
        assertOneLine(new CliRunner().run("export", "-o", out.toString(), "--theme", "defualt"),
                "lessonpress: error: unknown theme 'defualt'; did you mean 'default'?");
        assertOneLine(new CliRunner().run("check", "--theme", "inksaver"),
                "lessonpress: error: unknown theme 'inksaver'; did you mean 'ink-saver'?");
        assertOneLine(new CliRunner().run("check", "--theme", "solarized"),
                "lessonpress: error: unknown theme 'solarized'; bundled themes: default, ink-saver; "
                        + "or give the path of a theme .yml file");
        assertThat(out).doesNotExist();
    }

    @Test
    void aThemeFileThatIsMissingIsStillAnInputError() {
        CliRunner.Outcome r = new CliRunner().run("check", "--sample", "--theme", dir.resolve("mine.yml").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.firstErrLine()).startsWith(dir.resolve("mine.yml") + ": error: theme file not found");
    }

    @Test
    void helpOfAnUnknownCommandNamesTheOneMeant() {
        assertOneLine(new CliRunner().run("help", "exprot"),
                "lessonpress: error: unknown command 'exprot'; did you mean 'export'?");
    }

    @Test
    void otherUsageErrorsStillPointToTheHelp() {
        CliRunner.Outcome r = new CliRunner().run("export", "--paper");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Try 'lessonpress export --help'.");
    }
}
