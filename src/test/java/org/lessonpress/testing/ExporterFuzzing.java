package org.lessonpress.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lessonpress.BadInputException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.ScriptCheck;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.theme.MissingGlyphs;
import org.lessonpress.theme.Theme;

/**
 * What the exporters' fuzz targets share: fuzzer bytes are a lesson file (mutated from the seed corpus); what loads
 * and passes the checks the CLI runs first is exported, and the export must end in bytes that read back (a PDF PDFBox
 * opens, a DOCX POI opens, JSON Jackson parses) or in a one-line {@link BadInputException}, never anything else.
 */
public final class ExporterFuzzing {
    /** Lesson files of the fuzzers stay small, so each run is a fraction of a second. */
    private static final int MAX_INPUT = 32 << 10;
    private static final Theme THEME = Corpus.theme();

    private ExporterFuzzing() {
    }

    /** Loads {@code input} and, if it is a lesson file, exports it with {@code exporter}. */
    public static void export(Exporter exporter, byte[] input, Map<String, String> options) {
        LessonLoader.Result r = new LessonLoader(MAX_INPUT).load("fuzz.md", input);
        if (!r.ok() || !ScriptCheck.check("fuzz.md", r.document()).isEmpty()) {
            return;
        }
        export(exporter, r.document(), input, THEME, options);
    }

    /** Exports a loaded document with a theme; the bytes must read back, or the export fail with one line. */
    public static void export(Exporter exporter, LessonDocument doc, byte[] source, Theme theme, Map<String, String> options) {
        ByteArrayOutputStream companion = new ByteArrayOutputStream();
        ExportContext ctx = ExportContext.builder(theme).exporter(exporter.id()).source("fuzz.md", source).options(options)
                .timestamp(Corpus.EPOCH).missingGlyphs(MissingGlyphs.REPLACE).companions((q, e) -> companion).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.write(doc, ctx, out);
        } catch (BadInputException e) {
            assertThat(e.getMessage()).doesNotContain("\n").contains(": error: ");
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        readBack(exporter.extension(), out.toByteArray());
        if (companion.size() > 0) {
            readBack("pdf", companion.toByteArray());
        }
    }

    private static void readBack(String extension, byte[] bytes) {
        try {
            switch (extension) {
                case "pdf" -> Loader.loadPDF(bytes).close();
                case "docx" -> new XWPFDocument(new ByteArrayInputStream(bytes)).close();
                case "json" -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes);
                default -> assertThat(bytes).isNotEmpty();
            }
        } catch (IOException e) {
            throw new AssertionError("the " + extension + " does not read back: " + e.getMessage(), e);
        }
    }
}
