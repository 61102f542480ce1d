package org.lessonpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.Exporters;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.ThemeLoader;

/**
 * The documents tests run on: the bundled sample and the corpus in src/test/resources/corpus
 * (one-lesson, nineteen-plain, forty-three-nested, three-ninety, multilingual).
 */
public final class Corpus {
    public static final Path SAMPLE = Path.of("samples/conf-lessons-2024.md");
    public static final Path DIR = Path.of("src/test/resources/corpus");
    public static final String[] ALL = {"one-lesson", "nineteen-plain", "forty-three-nested", "three-ninety", "multilingual"};
    /** 2024-11-01T00:00:00Z, the timestamp tests stamp into outputs. */
    public static final Instant EPOCH = Instant.ofEpochSecond(1_730_419_200L);

    private Corpus() {
    }

    public static LessonDocument sample() {
        return load(SAMPLE);
    }

    /** A corpus file by stem, e.g. {@code load("multilingual")}. */
    public static LessonDocument load(String stem) {
        return load(DIR.resolve(stem + ".md"));
    }

    public static Path path(String stem) {
        return stem.equals("sample") ? SAMPLE : DIR.resolve(stem + ".md");
    }

    public static LessonDocument load(Path path) {
        LessonLoader.Result r = new LessonLoader().load(path);
        if (!r.ok()) {
            throw new IllegalStateException("corpus file does not load: " + r.diagnostics());
        }
        return r.document();
    }

    public static Theme theme() {
        return theme(ThemeLoader.DEFAULT);
    }

    public static Theme theme(String name) {
        return new ThemeLoader(Exporters.discover().themeKeys(), FontCatalog.bundled()).load(name);
    }

    /** A context for one exporter on one input file, with options as typed on the command line. */
    public static ExportContext context(String exporterId, Path input, Map<String, String> options) {
        try {
            return ExportContext.builder(theme())
                    .exporter(exporterId)
                    .source(input.getFileName().toString(), Files.readAllBytes(input))
                    .options(options)
                    .timestamp(EPOCH)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
