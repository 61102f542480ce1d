package org.lessonpress.export.slides;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lessonpress.export.ExportContext;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;

/** Writes decks for the tests and keeps a copy under target/slides for eyes and external tools. */
final class SlidesTestSupport {
    static final Path OUT = Path.of("target/slides");

    private SlidesTestSupport() {
    }

    static byte[] write(String stem) {
        return write(stem, Map.of());
    }

    static byte[] write(String stem, Map<String, String> options) {
        LessonDocument doc = stem.equals("sample") ? Corpus.sample() : Corpus.load(stem);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SlidesExporter().write(doc, context(stem, options), out);
            Files.createDirectories(OUT);
            String suffix = options.containsKey("--reference-docx") ? "-reference"
                    : options.containsKey("--embed-fonts") ? "-embedded"
                    : options.isEmpty() ? "" : "-" + options.values().iterator().next().replaceAll("[^a-z0-9]", "");
            Files.write(OUT.resolve(stem + suffix + ".docx"), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The context {@link #write} exports with. */
    static ExportContext context(String stem, Map<String, String> options) throws IOException {
        Map<String, String> typed = new HashMap<>(options);
        String reference = typed.remove("--reference-docx");
        ExportContext.Builder b = ExportContext.builder(Corpus.theme()).exporter("slides")
                .source(Corpus.path(stem).getFileName().toString(), Files.readAllBytes(Corpus.path(stem)))
                .options(typed).timestamp(Corpus.EPOCH);
        if (reference != null) {
            // As the CLI does: the file is read there, the exporter gets its bytes.
            b.file("--reference-docx", reference, Files.readAllBytes(Path.of(reference)));
        }
        return b.build();
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
