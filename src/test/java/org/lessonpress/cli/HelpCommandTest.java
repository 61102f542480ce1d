package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code lessonpress help [COMMAND]} prints what {@code --help} prints, with every format's options. */
class HelpCommandTest {
    @Test
    void helpAloneIsTheTopHelpAndListsEveryCommand() {
        CliRunner.Outcome help = new CliRunner().prefetching().run("help");
        assertThat(help.code()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).isEqualTo(new CliRunner().prefetching().run("--help").out());
        assertThat(help.out()).startsWith("Usage: lessonpress [-hV] COMMAND")
                .contains("  export ", "  check ", "  formats ", "  help ", "  completion ")
                .contains("Run 'lessonpress help COMMAND'");
    }

    @Test
    void helpOfACommandIsItsOwnHelpWithEveryFormatsOptions() {
        CliRunner.Outcome help = new CliRunner().prefetching().run("help", "export");
        assertThat(help.code()).as(help.err()).isZero();
        assertThat(help.out()).isEqualTo(new CliRunner().prefetching().run("export", "--help").out());
        assertThat(help.out()).startsWith("Usage: lessonpress export")
                .contains("booklet options:", "--impose", "poster options:", "--tile", "cards options:", "--bleed",
                        "slides options:", "--reference-docx", "Options of several formats:", "--duplex", "Exit codes:");
        assertThat(new CliRunner().run("help", "check").out()).startsWith("Usage: lessonpress check");
        assertThat(new CliRunner().run("help", "help").out()).startsWith("Usage: lessonpress help [-hV] [COMMAND]");
    }

    @Test
    void completionNamesTheShellsItKnows() {
        CliRunner.Outcome fish = new CliRunner().run("completion", "fish");
        assertThat(fish.code()).isEqualTo(ExitCode.USAGE);
        assertThat(fish.err()).isEqualTo("lessonpress: error: unknown shell 'fish'; completion is made for bash and zsh\n");
        CliRunner.Outcome none = new CliRunner().run("completion");
        assertThat(none.code()).isEqualTo(ExitCode.USAGE);
        assertThat(none.firstErrLine()).isEqualTo("lessonpress: error: Missing required parameter: 'SHELL'");
    }
}
