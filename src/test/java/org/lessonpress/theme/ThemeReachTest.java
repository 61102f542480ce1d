package org.lessonpress.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.BadInputException;
import org.lessonpress.export.Exporters;

/**
 * {@code extends} reaches bundled themes and files inside the folder tree of the theme the user named, and folders
 * trusted with --theme-path; never an absolute path, a {@code ..} out of the tree, {@code /proc} or a link out of it,
 * and nothing of such a file ever appears in a message.
 */
class ThemeReachTest {
    private static final String SECRET = "hunter2-do-not-echo";

    @TempDir
    Path dir;

    private final ThemeLoader loader = new ThemeLoader(Exporters.discover().themeKeys(), FontCatalog.bundled());

    private Path outside() throws IOException {
        Path secret = Files.createDirectories(dir.resolve("elsewhere")).resolve("secret.yml");
        // Were it read, its unknown key would be echoed in the error.
        Files.writeString(secret, SECRET + ": 1\n");
        return secret;
    }

    private Path themeDir() throws IOException {
        return Files.createDirectories(dir.resolve("themes/mine"));
    }

    @Test
    void anAbsolutePathIsRefusedWithoutReadingIt() throws IOException {
        Path secret = outside();
        Path t = Files.writeString(themeDir().resolve("t.yml"), "extends: " + secret + "\n");
        assertThatThrownBy(() -> loader.load(t.toString())).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(t + ":1: error: extends: '" + secret + "' is outside this theme's folder")
                .hasMessageContaining("--theme-path")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void dotDotOutOfTheTreeIsRefusedButInsideItIsFine() throws IOException {
        outside();
        Path mine = themeDir();
        Path t = Files.writeString(mine.resolve("t.yml"), "extends: ../../elsewhere/secret.yml\n");
        assertThatThrownBy(() -> loader.load(t.toString())).hasMessageContaining("is outside this theme's folder")
                .hasMessageNotContaining(SECRET);
        Files.createDirectories(mine.resolve("base"));
        Files.writeString(mine.resolve("base/b.yml"), "colors:\n  text: '#123456'\n");
        Files.writeString(mine.resolve("base/c.yml"), "extends: ../base/b.yml\n");
        Path ok = Files.writeString(mine.resolve("ok.yml"), "extends: base/c.yml\n");
        assertThat(loader.load(ok.toString()).get(CoreKeys.COLOR_TEXT).hex()).isEqualTo("#123456");
    }

    @Test
    void procSelfIsRefused() throws IOException {
        Path t = Files.writeString(themeDir().resolve("t.yml"), "extends: /proc/self/environ\n");
        assertThatThrownBy(() -> loader.load(t.toString())).hasMessageContaining("is outside this theme's folder");
        Path rel = Files.writeString(themeDir().resolve("r.yml"), "extends: ../../../../../../../../proc/self/environ\n");
        assertThatThrownBy(() -> loader.load(rel.toString())).hasMessageContaining("is outside this theme's folder");
    }

    @Test
    void aSymbolicLinkOutOfTheTreeIsRefused() throws IOException {
        Path secret = outside();
        Path mine = themeDir();
        Files.createSymbolicLink(mine.resolve("link.yml"), secret);
        Path t = Files.writeString(mine.resolve("t.yml"), "extends: link.yml\n");
        assertThatThrownBy(() -> loader.load(t.toString())).hasMessageContaining("is outside this theme's folder")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aTrustedFolderMayBeNamedRelativelyOrAbsolutely() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(shared.resolve("corporate.yml"), "colors:\n  accent: '#aa0000'\n");
        ThemeLoader trusting = new ThemeLoader(Exporters.discover().themeKeys(), FontCatalog.bundled(), List.of(shared));
        Path byName = Files.writeString(themeDir().resolve("n.yml"), "extends: corporate.yml\n");
        assertThat(trusting.load(byName.toString()).get(CoreKeys.COLOR_ACCENT).hex()).isEqualTo("#aa0000");
        Path byPath = Files.writeString(themeDir().resolve("p.yml"), "extends: " + shared.resolve("corporate.yml") + "\n");
        assertThat(trusting.load(byPath.toString()).get(CoreKeys.COLOR_ACCENT).hex()).isEqualTo("#aa0000");
        assertThatThrownBy(() -> loader.load(byPath.toString())).hasMessageContaining("is outside this theme's folder");
    }

    @Test
    void aMissingParentNamesTheExtendingLine() throws IOException {
        Path t = Files.writeString(themeDir().resolve("t.yml"), "# mine\nextends: nope.yml\n");
        assertThatThrownBy(() -> loader.load(t.toString())).hasMessageStartingWith(t + ":2: error: extends: no theme file 'nope.yml' in ");
    }
}
