package org.lessonpress.export.cards;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.lessonpress.testing.ExporterFuzzing;

/**
 * Jazzer target for the cards format, with a test sheet: any lesson file ends in a file that reads back or one line of error. In a
 * normal test run it replays the inputs in src/test/resources/org/lessonpress/export/cards/CardsExporterFuzzTestInputs/;
 * {@code JAZZER_FUZZ=1} fuzzes for new ones (.ci/run does, for a bounded time), and findings land there too.
 */
class CardsExporterFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void anyLessonFileGivesAFileOrOneError(byte[] input) {
        ExporterFuzzing.export(new CardsExporter(), input, Map.of("--test-sheet", "true"));
    }
}
