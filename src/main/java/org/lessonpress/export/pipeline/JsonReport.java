package org.lessonpress.export.pipeline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.lessonpress.Diagnostic;

/**
 * {@code --report FILE.json}, shape {@code lessonpress-report/1} (a change to it bumps the version):
 *
 * <pre>
 * { format: "lessonpress-report/1", tool, shard: "K/N" | null,
 *   summary: { inputs, written, upToDate, failed, warnings, errors, seconds },
 *   outputs: [ { input, format, path, companion, status: written | up-to-date | failed,
 *                bytes, pages, sha256, ms, diagnostics: [ { file, line, column, severity, message } ] } ] }
 * </pre>
 *
 * One entry per file (a companion names its qualifier, the main file has {@code companion: null}); a failed
 * product is one entry with the path it would have had and nulls for bytes, pages and sha256. Entries come in
 * input order, then format order; {@code line} and {@code column} are 0 when unknown. The reports of the shards
 * of a run together list every output once: their {@code outputs} concatenate into the whole run's
 * ({@code jq -s '[.[].outputs[]]' shard-*.json}).
 */
final class JsonReport {
    static final String FORMAT = "lessonpress-report/1";
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {
    }

    static byte[] write(List<InputResult> results, RunSummary summary, Shard shard) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("tool", DependencyKey.version());
            g.writeStringField("shard", shard == null ? null : shard.toString());
            g.writeObjectFieldStart("summary");
            g.writeNumberField("inputs", summary.inputs());
            g.writeNumberField("written", summary.written());
            g.writeNumberField("upToDate", summary.upToDate());
            g.writeNumberField("failed", summary.failed());
            g.writeNumberField("warnings", summary.warnings());
            g.writeNumberField("errors", summary.errors());
            g.writeNumberField("seconds", Math.round(summary.seconds() * 1000) / 1000.0);
            g.writeEndObject();
            g.writeArrayFieldStart("outputs");
            for (InputResult r : results) {
                for (ProductResult p : r.products()) {
                    if (p.failed()) {
                        entry(g, p, p.main(), null, null);
                    } else {
                        for (ProductResult.FileResult f : p.files()) {
                            entry(g, p, f.shown(), f.companion(), f);
                        }
                    }
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(JsonGenerator g, ProductResult p, String path, String companion, ProductResult.FileResult f)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("input", p.input().name());
        g.writeStringField("format", p.format());
        g.writeStringField("path", path);
        g.writeStringField("companion", companion);
        g.writeStringField("status", p.status().word());
        if (f == null) {
            g.writeNullField("bytes");
            g.writeNullField("pages");
            g.writeNullField("sha256");
        } else {
            g.writeNumberField("bytes", f.bytes());
            if (f.pages() == null) {
                g.writeNullField("pages");
            } else {
                g.writeNumberField("pages", f.pages());
            }
            g.writeStringField("sha256", f.sha256());
        }
        g.writeNumberField("ms", p.millis());
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : p.diagnostics()) {
            g.writeStartObject();
            g.writeStringField("file", d.file());
            g.writeNumberField("line", d.line());
            g.writeNumberField("column", d.column());
            g.writeStringField("severity", d.severity().toString());
            g.writeStringField("message", d.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
