package org.lessonpress.export.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled sample, Eugene Yan's "39 Lessons from Industry ML Conferences in 2024", for {@code --sample}. */
public final class Sample {
    public static final String FILE_NAME = "conf-lessons-2024.md";
    private static final String RESOURCE = "org/lessonpress/samples/" + FILE_NAME;

    private Sample() {
    }

    public static byte[] bytes() {
        try (InputStream s = Sample.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (s == null) {
                throw new IllegalStateException("the bundled sample is missing from the jar");
            }
            return s.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
