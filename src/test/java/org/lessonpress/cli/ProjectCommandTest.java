package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.testing.LessonTree;

/** {@code lessonpress build} and {@code export --project}: a project file run as written, the command line over it. */
class ProjectCommandTest {
    @TempDir
    Path dir;
    private Path project;

    @BeforeEach
    void repository() throws IOException {
        LessonTree.write(dir, 10);
        project = dir.resolve("lessonpress.yml");
        Files.writeString(project, """
                inputs: ['lessons/**/*.md']
                formats: [json, booklet]
                output: site
                options:
                  booklet: {paper: A5}
                overrides:
                  - match: 'lessons/team-b/**'
                    options: {booklet: {paper: letter}}
                """);
    }

    private static long files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    private static float width(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getPage(0).getMediaBox().getWidth();
        }
    }

    @Test
    void buildRunsTheProjectAsWrittenWithOverridesForTheFilesTheyMatch() throws IOException {
        CliRunner.Outcome r = new CliRunner().run("build", "--project", project.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(files(dir.resolve("site"))).isEqualTo(20);
        assertThat(width(dir.resolve("site/team-a/handout-booklet.pdf"))).as("A5").isCloseTo(419.5f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(width(dir.resolve("site/team-b/handout-booklet.pdf"))).as("letter").isCloseTo(612f, org.assertj.core.data.Offset.offset(0.5f));
    }

    @Test
    void theCommandLineOverridesTheProjectFile() throws IOException {
        Path out = dir.resolve("elsewhere");
        CliRunner.Outcome r = new CliRunner().run("export", "--project", project.toString(), "-f", "booklet", "--paper", "A6",
                "-o", out.toString(), dir.resolve("lessons/team-b/handout.md").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(files(out)).isEqualTo(1);
        assertThat(width(out.resolve("handout-booklet.pdf"))).as("A6 from the command line, over the override's letter")
                .isCloseTo(297.6f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aMistakeInTheProjectFileIsAUsageErrorWithItsLine() throws IOException {
        Files.writeString(project, "inputs: ['lessons/**/*.md']\nformats: [json, bookelt]\n");
        CliRunner.Outcome r = new CliRunner().run("build", "--project", project.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().lines()).containsExactly(project + ":2: error: unknown format 'bookelt'; did you mean 'booklet'? "
                + "(formats: json, booklet, poster, cards, slides)");
    }

    @Test
    void buildWithoutAProjectFileSaysHowToWriteOne() {
        CliRunner.Outcome r = new CliRunner().run("build");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.firstErrLine()).isEqualTo("lessonpress: error: no lessonpress.yml in this folder; write one "
                + "(see the README, 'A project file') or name it with --project FILE");
    }
}
