package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BookletSmokeTest {
    @Test
    void sampleExports() {
        BookletFixture f = BookletFixture.export("sample", Map.of("--impose", "saddle-stitch"));
        assertThat(f.pdf).isNotEmpty();
    }
}
