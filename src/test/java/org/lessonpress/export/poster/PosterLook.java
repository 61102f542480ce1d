package org.lessonpress.export.poster;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.ExportContext;
import org.lessonpress.testing.Corpus;

/** Writes posters to /tmp/poster-look for looking at; run on demand with -Dlook=true -Dtest=PosterLook. */
@Tag("look")
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "look", matches = "true")
class PosterLook {
    @Test
    void write() throws Exception {
        String stem = System.getProperty("look.stem", "sample");
        Map<String, String> opts = new HashMap<>();
        for (String kv : System.getProperty("look.opts", "").split(",")) {
            if (kv.contains("=")) {
                opts.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("/tmp/poster-look"));
        String name = System.getProperty("look.out", stem);
        ExportContext ctx = ExportContext.builder(Corpus.theme()).exporter("poster")
                .source(stem, java.nio.file.Files.readAllBytes(Corpus.path(stem))).options(opts).timestamp(Corpus.EPOCH)
                .companions((q, e) -> {
                    try {
                        return new FileOutputStream("/tmp/poster-look/" + name + "-" + q + "." + e);
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                }).build();
        long t0 = System.nanoTime();
        try (OutputStream out = new FileOutputStream("/tmp/poster-look/" + name + ".pdf")) {
            new PosterExporter().write(stem.equals("sample") ? Corpus.sample() : Corpus.load(stem), ctx, out);
        }
        System.out.println("wrote " + name + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
}
