package org.lessonpress.export.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "lessons/**/*.md, lessons/a.md, true",
        "lessons/**/*.md, lessons/team-a/x.md, true",
        "lessons/**/*.md, lessons/team-a/deep/x.md, true",
        "lessons/**/*.md, lessons/x.txt, false",
        "lessons/**/*.md, other/x.md, false",
        "lessons/*.md, lessons/a.md, true",
        "lessons/*.md, lessons/team-a/x.md, false",
        "*.md, a.md, true",
        "*.md, sub/a.md, false",
        "**, a/b/c.md, true",
        "lessons/**, lessons/us/x.md, true",
        "lessons/file?.md, lessons/file1.md, true",
        "lessons/file?.md, lessons/file10.md, false",
        "lessons/file[12].md, lessons/file2.md, true",
        "lessons/file[!12].md, lessons/file3.md, true",
        "lessons/file[!12].md, lessons/file1.md, false",
        "'lessons/{a,b}/*.md', lessons/b/x.md, true",
        "'lessons/{a,b}/*.md', lessons/c/x.md, false",
        "./lessons/*.md, lessons/a.md, true",
        "lessons\\*.md, lessons/a.md, true",
        "lessons/a+b (1).md, lessons/a+b (1).md, true",
    })
    void matchesAsTheShellsGlobstarDoes(String pattern, String path, boolean matches) {
        assertThat(Glob.of(pattern).matches(path)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0}: root {1}")
    @CsvSource({"lessons/**/*.md, lessons", "lessons/team-a/*.md, lessons/team-a", "*.md, ''", "/data/*.md, /data", "/*.md, /", "a/b*/c/*.md, a"})
    void theSearchStartsAtTheFoldersBeforeTheFirstWildcard(String pattern, String root) {
        assertThat(Glob.of(pattern).root()).isEqualTo(root);
    }

    @org.junit.jupiter.api.Test
    void anUnclosedBraceIsAnErrorNotASilentLiteral() {
        assertThatThrownBy(() -> Glob.of("lessons/{a,b/*.md")).hasMessageContaining("unclosed '{'");
        assertThat(Glob.isPattern("lessons/a.md")).isFalse();
        assertThat(Glob.isPattern("lessons/*.md")).isTrue();
    }
}
