package org.lessonpress.export.booklet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.lessonpress.export.ExportContext;
import org.lessonpress.testing.Corpus;

/** Runs the booklet exporter on a corpus file and keeps the main and companion bytes. */
final class BookletFixture {
    final byte[] pdf;
    final Map<String, byte[]> companions;
    final ExportContext context;

    private BookletFixture(byte[] pdf, Map<String, byte[]> companions, ExportContext context) {
        this.pdf = pdf;
        this.companions = companions;
        this.context = context;
    }

    static BookletFixture export(String stem, Map<String, String> options) {
        ExportContext base = Corpus.context("booklet", Corpus.path(stem), options);
        Map<String, ByteArrayOutputStream> streams = new HashMap<>();
        try {
            ExportContext ctx = ExportContext.builder(base.theme())
                    .exporter("booklet")
                    .source(Corpus.path(stem).getFileName().toString(), Files.readAllBytes(Corpus.path(stem)))
                    .options(options)
                    .timestamp(Corpus.EPOCH)
                    .companions((q, e) -> streams.computeIfAbsent(q + "." + e, k -> new ByteArrayOutputStream()))
                    .build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BookletExporter().write(stem.equals("sample") ? Corpus.sample() : Corpus.load(stem), ctx, out);
            Map<String, byte[]> comp = new HashMap<>();
            streams.forEach((k, v) -> comp.put(k, v.toByteArray()));
            BookletFixture f = new BookletFixture(out.toByteArray(), comp, ctx);
            f.keep(stem + optionSuffix(options));
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String optionSuffix(Map<String, String> options) {
        return options.isEmpty() ? "" : "-" + Integer.toHexString(options.hashCode());
    }

    /** Leaves a copy in target/booklet for looking at. */
    private void keep(String name) throws IOException {
        Path dir = Path.of("target/booklet");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        for (Map.Entry<String, byte[]> e : companions.entrySet()) {
            Files.write(dir.resolve(name + "-" + e.getKey()), e.getValue());
        }
    }
}
