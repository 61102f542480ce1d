package org.lessonpress.export.poster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.lessonpress.export.ExportContext;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.PageSize;

/**
 * Times the poster's fitting search (not a test): measuring the content and finding the grid and size, as the
 * exporter does before it draws, for one file and poster size; prints the median thread CPU time of the runs after a warm-up (CPU time, as a shared machine makes wall time noisy).
 * {@code bench/poster-fit.sh} runs it interleaved with another build's harness.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.lessonpress.export.poster.PosterFitBench FILE SIZE RUNS
 * </pre>
 */
public final class PosterFitBench {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private PosterFitBench() {
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        int runs = Integer.parseInt(args[2]);
        LessonDocument doc = Corpus.load(path);
        ExportContext ctx = ExportContext.builder(Corpus.theme()).exporter("poster")
                .source(path.getFileName().toString(), Files.readAllBytes(path)).options(Map.of("--poster-size", args[1]))
                .timestamp(Instant.EPOCH).build();
        PageSize paper = PosterExporter.paper(ctx);
        long[] t = new long[runs];
        String result = "";
        for (int i = 0; i < runs + 5; i++) {
            long s = CPU.getCurrentThreadCpuTime();
            PosterFitter f = new PosterFitter(PosterContent.of(doc, ctx), PosterExporter.geometry(ctx, paper));
            PosterLayout l = f.fit();
            result = l == null ? "no fit" : l.columns() + " columns, body " + l.bodySize();
            if (i >= 5) {
                t[i - 5] = CPU.getCurrentThreadCpuTime() - s;
            }
        }
        Arrays.sort(t);
        System.out.printf("%s %s: %s; median %.2f ms (min %.2f) over %d runs%n", path.getFileName(), args[1], result,
                t[runs / 2] / 1e6, t[0] / 1e6, runs);
    }
}
