package org.lessonpress.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.lessonpress.BadInputException;
import org.lessonpress.UsageException;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.Exporters;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;
import org.lessonpress.testing.ExporterFuzzing;

/**
 * Jazzer target for the theme loader: any bytes as a theme file give a theme or one error line naming the file;
 * a theme that loads must export the one-lesson corpus file in every format, or fail with one line (its values
 * are range-checked at load, so no value may crash a format). Replays
 * src/test/resources/org/lessonpress/theme/ThemeLoaderFuzzTestInputs/ in a normal run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ThemeLoaderFuzzTest {
    private static final Path DIR;
    private static final ThemeLoader LOADER = new ThemeLoader(Exporters.discover().themeKeys(), FontCatalog.bundled());
    private static final LessonDocument DOC = Corpus.load("one-lesson");
    private static final List<Exporter> FORMATS = Exporters.discover().all();

    static {
        try {
            DIR = Files.createTempDirectory("theme-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void anyThemeLoadsOrFailsInOneLineAndExports(byte[] input) throws IOException {
        Path file = Files.write(DIR.resolve("fuzz.yml"), input);
        Theme theme;
        try {
            theme = LOADER.load(file.toString());
        } catch (BadInputException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith(file.toString());
            return;
        }
        for (Exporter e : FORMATS) {
            try {
                ExporterFuzzing.export(e, DOC, new byte[0], theme, Map.of());
            } catch (BadInputException | UsageException bad) {
                assertThat(bad.getMessage()).doesNotContain("\n");
            }
        }
    }
}
