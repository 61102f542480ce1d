package org.lessonpress.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.testing.LessonTree;

/** In a folder with a lessonpress.yml, {@code lessonpress export} with no input runs it, as {@code build} does. */
class ProjectFolderIT {
    private static final Path JAR = Path.of("target/lessonpress.jar").toAbsolutePath();

    @TempDir
    Path dir;

    private String run(int expected, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put("SOURCE_DATE_EPOCH", "1730419200");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(expected);
        return out;
    }

    @Test
    void exportWithNoInputRunsTheProjectFileOfTheFolderAndBuildDoesTheSame() throws Exception {
        LessonTree.write(dir, 6);
        Files.writeString(dir.resolve("lessonpress.yml"), "inputs: ['lessons/**/*.md']\nformats: [json]\noutput: site\n");
        String export = run(0, "export");
        assertThat(export).contains("site/team-a/handout-json.json  (").contains("lessonpress: 6 inputs, 6 files written, 0 up to date");
        String build = run(0, "build");
        assertThat(build).contains("lessonpress: 6 inputs, 0 files written, 6 up to date");
        String check = run(0, "check");
        assertThat(check).contains("lessons/team-b/handout.md: 3 lessons in 2 sections");
        Files.delete(dir.resolve("lessonpress.yml"));
        assertThat(run(2, "export")).contains("no input given, and no lessonpress.yml here")
                .contains("'lessonpress export --sample'");
        assertThat(run(0, "export", "--sample", "-f", "json")).contains("out/conf-lessons-2024-json.json  (");
    }
}
