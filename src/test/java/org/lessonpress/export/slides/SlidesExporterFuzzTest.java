package org.lessonpress.export.slides;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.lessonpress.testing.ExporterFuzzing;

/**
 * Jazzer target for the slides format: any lesson file ends in a file that reads back or one line of error. In a
 * normal test run it replays the inputs in src/test/resources/org/lessonpress/export/slides/SlidesExporterFuzzTestInputs/;
 * {@code JAZZER_FUZZ=1} fuzzes for new ones (.ci/run does, for a bounded time), and findings land there too.
 */
class SlidesExporterFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void anyLessonFileGivesAFileOrOneError(byte[] input) {
        ExporterFuzzing.export(new SlidesExporter(), input, Map.of());
    }
}
