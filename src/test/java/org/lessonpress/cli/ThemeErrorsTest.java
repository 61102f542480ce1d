package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Theme values that once crashed an export or were blamed on an option the user never gave: each is now exit 1 with
 * one line naming the theme file, line and key, no stack trace and no output.
 */
class ThemeErrorsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"booklet:\n  scale: 0", "booklet:\n  scale: -1", "booklet:\n  scale: 100",
            "booklet:\n  scale: 1e300", "booklet:\n  body:\n    size: 0pt"})
    void valuesThatCrashedTheBookletAreErrorsAtTheirLine(String yaml) throws IOException {
        Path theme = theme(yaml + "\n");
        CliRunner.Outcome r = export("--theme", theme.toString(), "-f", "booklet,json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.firstErrLine()).startsWith(theme + ":" + yaml.lines().count() + ": error: booklet.")
                .contains(" is out of range ");
        assertNothingWritten(r);
    }

    @Test
    void aThreeGigabyteThemeIsRefusedInOneLine() throws IOException {
        Path theme = dir.resolve("huge.yml");
        try (RandomAccessFile f = new RandomAccessFile(theme.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        CliRunner.Outcome r = export("--theme", theme.toString(), "-f", "json");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).isEqualTo(theme + ": error: the theme file is 3.0 GB, over the 1 MB a theme may have; a theme is"
                + " a short list of settings\n");
        assertNothingWritten(r);
    }

    @Test
    void marginsThatLeaveNoMeasureAreTheThemesFaultNotPaper() throws IOException {
        Path theme = theme("booklet:\n  margin:\n    outer: 100mm\n");
        CliRunner.Outcome r = export("--theme", theme.toString(), "-f", "booklet");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).doesNotContain("--paper").doesNotContain("Try '");
        assertThat(r.firstErrLine()).startsWith(theme + ":3: error: booklet.margin.outer: ")
                .contains("leave a text measure of 33 mm");
        assertNothingWritten(r);
        // Given on the command line, the paper is the user's choice and still a usage error.
        CliRunner.Outcome small = export("-f", "booklet", "--paper", "A7", "--theme", theme("booklet:\n  margin:\n    outer: 80mm\n").toString());
        assertThat(small.code()).isEqualTo(ExitCode.USAGE);
        assertThat(small.firstErrLine()).as("named with its input and format").startsWith("conf-lessons-2024.md: error: booklet: --paper A7: ");
    }

    @Test
    void aCardSheetMarginThatLeavesNoRoomIsTheThemesFault() throws IOException {
        Path theme = theme("cards:\n  sheet-margin: 50mm\n");
        CliRunner.Outcome r = export("--theme", theme.toString(), "-f", "cards", "--card-size", "tarot", "--sheet", "A5");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.firstErrLine()).contains("--sheet").contains("cards.sheet-margin 50mm (" + theme + ":2)");
        Path safe = theme("cards:\n  safe-zone: 15mm\n");
        CliRunner.Outcome s = export("--theme", safe.toString(), "-f", "cards", "--card-size", "25x40mm");
        assertThat(s.firstErrLine()).contains("--card-size").contains("cards.safe-zone 15mm (" + safe + ":2)");
    }

    @Test
    void aMinimumAboveItsMaximumNamesBothKeys() throws IOException {
        Path theme = theme("poster:\n  min-body-size:\n    a1: 20pt\n  max-body-size: 12pt\n");
        CliRunner.Outcome r = export("--theme", theme.toString(), "-f", "poster");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.firstErrLine()).isEqualTo(theme + ":3: error: poster.min-body-size.a1: 20pt is above poster.max-body-size"
                + " (12pt); the smallest body size cannot be larger than the largest");
        Path cards = theme("cards:\n  back:\n    body-min-size: 12pt\n");
        CliRunner.Outcome c = export("--theme", cards.toString(), "-f", "cards");
        assertThat(c.firstErrLine()).isEqualTo(cards + ":3: error: cards.back.body-min-size: 12pt is above"
                + " cards.back.body-size (11pt); the smallest body size cannot be larger than the largest");
    }

    @Test
    void extendsReachesOutsideTheThemesFolderOnlyThroughThemePath() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(shared.resolve("corporate.yml"), "colors:\n  accent: '#aa0000'\n");
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Path theme = Files.writeString(mine.resolve("t.yml"), "extends: ../shared/corporate.yml\n");
        CliRunner.Outcome refused = export("--theme", theme.toString(), "-f", "json");
        assertThat(refused.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.firstErrLine()).startsWith(theme + ":1: error: extends: '../shared/corporate.yml' is outside");
        assertNothingWritten(refused);
        CliRunner.Outcome trusted = export("--theme", theme.toString(), "--theme-path", shared.toString(), "-f", "json");
        assertThat(trusted.code()).as(trusted.err()).isZero();
    }

    @Test
    void anOutOfRangeSourceDateEpochIsAUsageError() {
        for (String epoch : List.of("400000000000", "-1", "1e9", "315532799", "soon")) {
            CliRunner.Outcome r = new CliRunner().env("SOURCE_DATE_EPOCH", epoch).run("export", "--sample", "-f", "json", "-o", out().toString());
            assertThat(r.code()).as(epoch).isEqualTo(ExitCode.USAGE);
            assertThat(r.firstErrLine()).as(epoch).startsWith("lessonpress: error: SOURCE_DATE_EPOCH='" + epoch + "' ")
                    .contains("1980").contains("9999");
            assertThat(out()).doesNotExist();
        }
        assertThat(new CliRunner().env("SOURCE_DATE_EPOCH", "315532800").run("export", "--sample", "-f", "json", "-o", out().toString()).code())
                .isZero();
    }

    private Path out() {
        return dir.resolve("out");
    }

    private CliRunner.Outcome export(String... args) {
        List<String> all = new ArrayList<>(List.of("export", "--sample", "-o", out().toString()));
        all.addAll(List.of(args));
        return new CliRunner().run(all.toArray(String[]::new));
    }

    private void assertNothingWritten(CliRunner.Outcome r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error:");
        assertThat(r.out()).isEmpty();
        assertThat(out()).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    private Path theme(String yaml) throws IOException {
        Path f = Files.createTempFile(dir, "theme", ".yml");
        Files.writeString(f, yaml);
        return f;
    }
}
