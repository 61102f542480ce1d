package org.lessonpress.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.lessonpress.Diagnostic;

/**
 * Jazzer fuzz target for the loader. In a normal test run it replays the inputs in
 * src/test/resources/org/lessonpress/load/LoaderFuzzTestInputs/; run {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=LoaderFuzzTest} to fuzz for new ones. Any input must give a document or diagnostics, never an exception.
 */
class LoaderFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void anyBytesGiveADocumentOrDiagnostics(byte[] input) {
        LessonLoader.Result r = new LessonLoader(1 << 20).load("fuzz.md", input);
        assertThat(r.ok() || !r.errors().isEmpty()).isTrue();
        for (Diagnostic d : r.diagnostics()) {
            assertThat(d.message()).doesNotContain("\n");
        }
    }
}
