package org.lessonpress.export.booklet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.lessonpress.export.ExportContext;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;

/**
 * Prints how long the booklet takes (not a test): the first export in this JVM (cold, what a CLI run pays) and the
 * best of the following ones (warm), for each file given.
 *
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * time java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.lessonpress.export.booklet.BookletBench samples/conf-lessons-2024.md src/test/resources/corpus/three-ninety.md
 * </pre>
 */
public final class BookletBench {
    private BookletBench() {
    }

    public static void main(String[] args) throws IOException {
        int warm = Integer.getInteger("runs", 5);
        for (String arg : args) {
            Path path = Path.of(arg);
            long t0 = System.nanoTime();
            int pages = run(path);
            long cold = System.nanoTime() - t0;
            long best = Long.MAX_VALUE;
            for (int i = 0; i < warm; i++) {
                long s = System.nanoTime();
                run(path);
                best = Math.min(best, System.nanoTime() - s);
            }
            System.out.printf("%s: %d pages, first run %d ms, best warm run %d ms (%d runs)%n", path.getFileName(), pages,
                    cold / 1_000_000, best / 1_000_000, warm);
        }
    }

    private static int run(Path path) throws IOException {
        LessonDocument doc = Corpus.load(path);
        ExportContext ctx = ExportContext.builder(Corpus.theme())
                .exporter("booklet")
                .source(path.getFileName().toString(), Files.readAllBytes(path))
                .options(Map.of())
                .timestamp(Corpus.EPOCH)
                .build();
        new BookletExporter().write(doc, ctx, new ByteArrayOutputStream());
        return ctx.pages().get("");
    }
}
