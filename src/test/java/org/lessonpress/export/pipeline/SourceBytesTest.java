package org.lessonpress.export.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.load.ReadOptions;

class SourceBytesTest {
    @TempDir
    Path dir;

    private static final String LESSONS = "---\ntitle: T\n---\n\n1. **A.** b\n";

    /** Counts how often the reader is called, to prove one read per input. */
    private static final class CountingReader implements DocumentReader {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public java.util.Set<String> extensions(ReadOptions options) {
            return java.util.Set.of("md");
        }

        @Override
        public LessonLoader.Result read(String name, byte[] bytes, ReadOptions options) {
            reads.incrementAndGet();
            return DocumentReader.builtIn().read(name, bytes, options);
        }
    }

    @Test
    void standardInputIsReadOnceAndTheModelComesFromTheSameBytes() {
        CountingReader reader = new CountingReader();
        LoadedInput in = SourceBytes.load(InputFile.stdin(), reader, org.lessonpress.load.ReadOptions.DEFAULT,
                () -> new ByteArrayInputStream(LESSONS.getBytes(StandardCharsets.UTF_8)));
        assertThat(in.ok()).isTrue();
        assertThat(in.bytes()).isEqualTo(LESSONS.getBytes(StandardCharsets.UTF_8));
        assertThat(in.result().document().allLessons()).hasSize(1);
        assertThat(reader.reads).hasValue(1);
    }

    @Test
    void aPipeIsBoundedByTheLimitThoughItsSizeIsUnknown() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        LoadedInput in = SourceBytes.load(InputFile.stdin(), DocumentReader.builtIn(), org.lessonpress.load.ReadOptions.DEFAULT.withMaxBytes(4096), () -> endless);
        assertThat(in.ok()).isFalse();
        assertThat(in.result().diagnostics()).singleElement().extracting(d -> d.format())
                .isEqualTo("<stdin>:1: error: the input is over the 4.0 KB limit; raise it with --max-input-size");
    }

    @Test
    void aFileGoneByTheTimeItIsReadIsABadInputNotACrash() {
        InputFile gone = new InputFile("lessons/gone.md", dir.resolve("gone.md"), "gone.md", InputFile.Origin.FILE);
        LoadedInput in = SourceBytes.load(gone, DocumentReader.builtIn(), org.lessonpress.load.ReadOptions.DEFAULT, InputStream::nullInputStream);
        assertThat(in.result().diagnostics()).singleElement().extracting(d -> d.format())
                .isEqualTo("lessons/gone.md: error: no such file; check the path");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.md");
        Files.write(big, new byte[3 * 1024 * 1024]);
        InputFile in = new InputFile(big.toString(), big, "big.md", InputFile.Origin.FILE);
        CountingReader reader = new CountingReader();
        LoadedInput r = SourceBytes.load(in, reader, org.lessonpress.load.ReadOptions.DEFAULT.withMaxBytes(2L * 1024 * 1024), InputStream::nullInputStream);
        assertThat(r.result().diagnostics()).singleElement().extracting(d -> d.format())
                .isEqualTo(big + ":1: error: the file is 3.0 MB, over the 2.0 MB limit; raise it with --max-input-size");
        assertThat(reader.reads).hasValue(0);
    }
}
