package org.lessonpress.export.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.UsageException;

class InputDiscoveryTest {
    @TempDir
    Path dir;

    @BeforeEach
    void tree() throws IOException {
        for (String f : List.of("lessons/a.md", "lessons/team-a/handout.md", "lessons/team-b/handout.md", "lessons/team-b/deep/x.md",
                "lessons/team-b/notes.txt", "lessons/.hidden/secret.md", "lessons/.draft.md", "lessons/out/old.md", "other/z.md")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
    }

    private InputDiscovery.Found find(Path output, String... specs) {
        return new InputDiscovery(Set.of("md"), output).discover(
                java.util.Arrays.stream(specs).map(s -> new InputDiscovery.Spec(s, dir, null)).toList(), false, null);
    }

    private static List<String> relative(InputDiscovery.Found f) {
        return f.inputs().stream().map(InputFile::relative).toList();
    }

    @Test
    void aFolderIsSearchedAllTheWayDownInPathOrderSkippingHiddenFilesOtherExtensionsAndTheOutputFolder() {
        InputDiscovery.Found f = find(dir.resolve("lessons/out"), "lessons");
        assertThat(relative(f)).containsExactly("a.md", "team-a/handout.md", "team-b/deep/x.md", "team-b/handout.md");
        assertThat(f.base()).isEqualTo(dir.resolve("lessons").toAbsolutePath().normalize());
        assertThat(f.inputs().get(1).dir()).isEqualTo("team-a");
        assertThat(f.inputs().get(1).stem()).isEqualTo("handout");
        assertThat(f.inputs().get(1).name()).isEqualTo(dir.resolve("lessons/team-a/handout.md").toString());
    }

    @Test
    void aQuotedGlobIsExpandedByTheToolWithTheSameBaseAsItsFolder() {
        InputDiscovery.Found glob = find(dir.resolve("lessons/out"), "lessons/**/*.md");
        assertThat(relative(glob)).containsExactly("a.md", "team-a/handout.md", "team-b/deep/x.md", "team-b/handout.md");
        assertThat(glob.base()).isEqualTo(find(dir.resolve("lessons/out"), "lessons").base());
        assertThat(relative(find(null, "lessons/team-*/*.md"))).containsExactly("team-a/handout.md", "team-b/handout.md");
    }

    @Test
    void eachFileOnceInTheOrderNamedAndTheBaseHoldsEverythingNamed() {
        InputDiscovery.Found f = find(null, "other/z.md", "lessons/team-a", "lessons/team-a/handout.md", "lessons/a.md");
        assertThat(f.inputs()).extracting(InputFile::relative).containsExactly("other/z.md", "lessons/team-a/handout.md", "lessons/a.md");
        assertThat(f.base()).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void aSingleFileIsAtTheBaseAsBeforeAndAMissingFileIsLeftToTheReader() {
        assertThat(relative(find(null, "lessons/team-b/handout.md"))).containsExactly("handout.md");
        assertThat(relative(find(null, "lessons/team-b/handout.md", "lessons/gone.md"))).containsExactly("team-b/handout.md", "gone.md");
    }

    @Test
    void aBaseGivenMustHoldEveryInput() {
        InputDiscovery d = new InputDiscovery(Set.of("md"), null);
        InputDiscovery.Found f = d.discover(List.of(new InputDiscovery.Spec("lessons/team-b", dir, null)), false, dir.resolve("lessons"));
        assertThat(relative(f)).containsExactly("team-b/deep/x.md", "team-b/handout.md");
        assertThatThrownBy(() -> d.discover(List.of(new InputDiscovery.Spec("other/z.md", dir, null)), false, dir.resolve("lessons")))
                .isInstanceOf(UsageException.class).hasMessageContaining("is not inside --base");
    }

    @Test
    void aFolderOrPatternThatFindsNothingIsAUsageErrorNamingIt() throws IOException {
        Files.createDirectories(dir.resolve("empty/sub"));
        assertThatThrownBy(() -> find(null, "empty")).isInstanceOf(UsageException.class)
                .hasMessage("empty: no lesson files (*.md) in this folder or below it");
        assertThatThrownBy(() -> find(null, "lessons/**/*.rst")).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("'lessons/**/*.rst' matches no file; check the pattern");
        assertThatThrownBy(() -> find(null, "nowhere/*.md")).isInstanceOf(UsageException.class)
                .hasMessageContaining("(there is no folder nowhere)");
        assertThatThrownBy(() -> new InputDiscovery(Set.of("md"), null)
                .discover(List.of(new InputDiscovery.Spec("x/*.md", dir, "lessonpress.yml:2")), false, null))
                .hasMessageStartingWith("lessonpress.yml:2: 'x/*.md' matches no file");
    }

    @Test
    void standardInputOnceAndTheSampleComeAfterTheFiles() {
        InputDiscovery d = new InputDiscovery(Set.of("md"), null);
        InputDiscovery.Found f = d.discover(List.of(InputDiscovery.Spec.of("-"), new InputDiscovery.Spec("other/z.md", dir, null)), true, null);
        assertThat(f.inputs()).extracting(InputFile::name).containsExactly(dir.resolve("other/z.md").toString(), "<stdin>", "conf-lessons-2024.md");
        assertThat(f.inputs().get(1).stem()).isEqualTo("stdin");
        assertThatThrownBy(() -> d.discover(List.of(InputDiscovery.Spec.of("-"), InputDiscovery.Spec.of("-")), false, null))
                .hasMessageContaining("named twice");
    }
}
