package org.lessonpress.export.booklet;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.lessonpress.testing.ExporterFuzzing;

/**
 * Jazzer target for the booklet format, imposed: any lesson file ends in a file that reads back or one line of error. In a
 * normal test run it replays the inputs in src/test/resources/org/lessonpress/export/booklet/BookletExporterFuzzTestInputs/;
 * {@code JAZZER_FUZZ=1} fuzzes for new ones (.ci/run does, for a bounded time), and findings land there too.
 */
class BookletExporterFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void anyLessonFileGivesAFileOrOneError(byte[] input) {
        ExporterFuzzing.export(new BookletExporter(), input, Map.of("--impose", "saddle-stitch"));
    }
}
