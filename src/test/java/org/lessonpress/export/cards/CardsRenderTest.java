package org.lessonpress.export.cards;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.ExportContext;
import org.lessonpress.testing.Corpus;

/** Writes PDFs to a directory named by -Dcards.out for looking at them; skipped without it. */
@Tag("visual")
class CardsRenderTest {
    @Test
    void writeForInspection() throws Exception {
        String dir = System.getProperty("cards.out");
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null, "set -Dcards.out=DIR to write PDFs to look at");
        String spec = System.getProperty("cards.spec", "sample");
        String[] parts = spec.split(",");
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            opts.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        ExportContext ctx = Corpus.context("cards", Corpus.path(parts[0]), opts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CardsExporter().write(Corpus.load(Corpus.path(parts[0])), ctx, out);
        Files.createDirectories(Path.of(dir));
        Files.write(Path.of(dir, parts[0] + ".pdf"), out.toByteArray());
    }
}
