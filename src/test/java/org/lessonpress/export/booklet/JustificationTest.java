package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.testing.Corpus;
import org.lessonpress.testing.WordSpacing;

/**
 * The booklet's justified body is as even as TeX's: no more loose lines (mean word space over 1.6 times the natural
 * one) than pandoc with pdflatex makes of the same file on the same page, measured the same way on both PDFs
 * ({@link WordSpacing}), and no line above 2.5 times. Without pandoc and pdflatex (or where pdflatex cannot set the
 * file's scripts) only the fixed bounds are checked.
 */
class JustificationTest {
    /** Body text: 10 pt, with room for pdfTeX's font expansion. */
    private static final double MIN_SIZE = 9.5;
    private static final double MAX_SIZE = 10.5;
    /** Whatever pdflatex does, at most this share of loose lines and no hole wider than 2.5 spaces. */
    private static final double MAX_SHARE = 0.03;
    private static final double MAX_SPACE = 2.5;

    @ParameterizedTest
    @ValueSource(strings = {"sample", "forty-three-nested", "multilingual"})
    void noMoreLooseLinesThanPdflatex(String stem, @TempDir Path dir) throws Exception {
        BookletFixture ours = BookletFixture.export(stem, Map.of());
        WordSpacing.Report report = WordSpacing.measure(ours.pdf, MIN_SIZE, MAX_SIZE, 1);
        assertThat(report.lines()).as(stem).isGreaterThan(10);
        assertThat(report.worst()).as("%s: %s %s", stem, report, report.worstLines()).isLessThanOrEqualTo(MAX_SPACE);
        assertThat(report.share()).as("%s: %s %s", stem, report, report.worstLines()).isLessThanOrEqualTo(MAX_SHARE);
        System.out.printf("%s: ours %s%n", stem, report);
        byte[] tex = pdflatex(Corpus.path(stem), dir);
        WordSpacing.Report theirs = WordSpacing.measure(tex, MIN_SIZE, MAX_SIZE, 1);
        System.out.printf("%s: pdflatex %s%n", stem, theirs);
        assertThat(theirs.lines()).as("pdflatex's justified lines of " + stem).isGreaterThan(10);
        assertThat(report.share()).as("%s: ours %s, pdflatex %s", stem, report, theirs).isLessThanOrEqualTo(theirs.share());
        assertThat(report.worst()).as("%s: ours %s, pdflatex %s", stem, report, theirs)
                .isLessThanOrEqualTo(Math.max(theirs.worst(), MAX_SPACE));
    }

    /** pandoc with pdflatex on the booklet's page: A5, its margins, 10 pt. Skips the comparison when it cannot run. */
    private static byte[] pdflatex(Path input, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("tex.pdf");
        List<String> cmd = List.of("pandoc", input.toAbsolutePath().toString(), "--pdf-engine=pdflatex",
                "-V", "geometry:a5paper", "-V", "geometry:left=15mm", "-V", "geometry:right=20mm", "-V", "geometry:top=17mm",
                "-V", "geometry:bottom=24mm", "-V", "fontsize=10pt", "-o", out.toString());
        Process p;
        try {
            p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("pandoc is not installed: the comparison with pdflatex is skipped");
            return null;
        }
        String log = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assumptions.abort("pandoc with pdflatex did not finish");
        }
        Assumptions.assumeTrue(p.exitValue() == 0 && Files.exists(out),
                () -> "pandoc with pdflatex cannot set " + input.getFileName() + " (" + log.lines().findFirst().orElse("")
                        + "); the comparison is skipped, the fixed bounds were checked");
        return Files.readAllBytes(out);
    }
}
