package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.testing.ShellCompletion;
import org.lessonpress.testing.Tools;

/** The scripts of {@code lessonpress completion bash|zsh}, loaded in the real shells and asked to complete. */
class CompletionScriptTest {
    @TempDir
    Path dir;

    private Path script(String shell) throws IOException {
        CliRunner.Outcome r = new CliRunner().run("completion", shell);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("#!/usr/bin/env bash\n# lessonpress completion for " + shell + ".")
                .doesNotContain("\r");
        Path file = dir.resolve("lessonpress." + shell);
        Files.writeString(file, r.out());
        return file;
    }

    @Test
    void bashCompletesCommandsOptionsAndTheirValues() throws Exception {
        assumeTrue(Tools.onPath("bash"), "bash is not installed; skipping the bash completion check");
        Path script = script("bash");
        assertThat(ShellCompletion.bashRegistration(script)).contains("-F ").endsWith(" lessonpress");
        assertCompletes("bash", script);
    }

    @Test
    void zshCompletesThroughBashcompinit() throws Exception {
        assumeTrue(Tools.onPath("zsh"), "zsh is not installed; skipping the zsh completion check");
        assertCompletes("zsh", script("zsh"));
    }

    private void assertCompletes(String shell, Path script) throws Exception {
        Files.createDirectories(dir.resolve("lessons"));
        Files.writeString(dir.resolve("handout.md"), "");
        assertThat(offers(shell, script, "ex")).containsExactly("export");
        assertThat(offers(shell, script, "")).containsExactly("export", "build", "check", "import", "formats", "help", "completion");
        assertThat(offers(shell, script, "export", "--imp")).containsExactly("--impose");
        assertThat(offers(shell, script, "export", "--ca")).containsExactly("--card-size");
        assertThat(offers(shell, script, "export", "-f", "")).containsExactly("json", "booklet", "poster", "cards", "slides");
        assertThat(offers(shell, script, "export", "--format", "bo")).containsExactly("booklet");
        assertThat(offers(shell, script, "check", "--theme", "")).containsExactly("default", "ink-saver");
        assertThat(offers(shell, script, "export", "--missing-glyphs", "")).containsExactly("error", "replace");
        assertThat(offers(shell, script, "export", "--orientation", "l")).containsExactly("landscape");
        assertThat(offers(shell, script, "help", "")).containsExactly("export", "build", "check", "import", "formats", "help", "completion");
        assertThat(offers(shell, script, "completion", "")).containsExactly("bash", "zsh");
        assertThat(offers(shell, script, "export", "hand")).as("input files").containsExactly("handout.md");
        assertThat(offers(shell, script, "export", "--reference-docx", "hand")).containsExactly("handout.md");
    }

    private java.util.List<String> offers(String shell, Path script, String... words) throws Exception {
        return ShellCompletion.offers(shell, script, dir, words);
    }
}
