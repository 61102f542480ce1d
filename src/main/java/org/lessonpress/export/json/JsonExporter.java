package org.lessonpress.export.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.NonClosingOutputStream;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.model.Section;

/**
 * Writes the model as JSON with Jackson's streaming generator ({@code "format": "lessonpress/1"}). Keys come in a fixed order and nothing depends on
 * the clock, so the same input gives the same bytes.
 */
public final class JsonExporter implements Exporter {
    public static final String FORMAT = "lessonpress/1";
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String description() {
        return "the lesson model as JSON (format lessonpress/1), for other tools";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(LessonDocument doc, ExportContext ctx, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(new NonClosingOutputStream(out), JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("source", doc.sourceName());
            g.writeFieldName("metadata");
            metadata(g, doc.metadata());
            g.writeNumberField("lessonCount", doc.allLessons().size());
            g.writeFieldName("intro");
            blocks(g, doc.intro());
            g.writeFieldName("lessons");
            lessons(g, doc.lessons());
            g.writeArrayFieldStart("sections");
            for (Section s : doc.sections()) {
                section(g, s);
            }
            g.writeEndArray();
            g.writeFieldName("closing");
            blocks(g, doc.closing());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void metadata(JsonGenerator g, Metadata m) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", m.title());
        g.writeStringField("subtitle", m.subtitle());
        g.writeStringField("author", m.author());
        g.writeStringField("date", m.date());
        g.writeStringField("source", m.source());
        g.writeStringField("language", m.language());
        g.writeStringField("citation", m.citation());
        g.writeArrayFieldStart("keywords");
        for (String k : m.keywords()) {
            g.writeString(k);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void section(JsonGenerator g, Section s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeNumberField("level", s.level());
        g.writeNumberField("line", s.line());
        g.writeStringField("titleText", s.titleText());
        g.writeFieldName("title");
        inlines(g, s.title());
        g.writeFieldName("preamble");
        blocks(g, s.preamble());
        g.writeFieldName("lessons");
        lessons(g, s.lessons());
        g.writeArrayFieldStart("subsections");
        for (Section sub : s.subsections()) {
            section(g, sub);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void lessons(JsonGenerator g, List<Lesson> lessons) throws IOException {
        g.writeStartArray();
        for (Lesson l : lessons) {
            g.writeStartObject();
            g.writeNumberField("number", l.number());
            g.writeStringField("id", l.id());
            g.writeNumberField("line", l.line());
            g.writeStringField("leadText", l.leadText());
            g.writeBooleanField("leadInferred", l.leadInferred());
            g.writeFieldName("lead");
            inlines(g, l.lead());
            g.writeFieldName("body");
            blocks(g, l.body());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void blocks(JsonGenerator g, List<Block> blocks) throws IOException {
        g.writeStartArray();
        for (Block b : blocks) {
            block(g, b);
        }
        g.writeEndArray();
    }

    private static void block(JsonGenerator g, Block b) throws IOException {
        g.writeStartObject();
        try {
            b.accept(new Writer(g));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        g.writeEndObject();
    }

    private static void typeAndLine(JsonGenerator g, String type, int line) throws IOException {
        g.writeStringField("type", type);
        g.writeNumberField("line", line);
    }

    private static void inlines(JsonGenerator g, List<Inline> inlines) throws IOException {
        g.writeStartArray();
        Writer w = new Writer(g);
        for (Inline in : inlines) {
            g.writeStartObject();
            try {
                in.accept(w);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * Writes one block's or inline's fields, the compiler checking that every kind has its case. The generator's
     * IOException travels as an UncheckedIOException through the visitor and is unwrapped by the caller.
     */
    private static final class Writer implements Block.Visitor<Void>, Inline.Visitor<Void> {
        private interface Fields {
            void write() throws IOException;
        }

        private final JsonGenerator g;

        Writer(JsonGenerator g) {
            this.g = g;
        }

        private Void io(Fields f) {
            try {
                f.write();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }

        @Override
        public Void paragraph(Block.Paragraph p) {
            return io(() -> {
                typeAndLine(g, "paragraph", p.line());
                g.writeFieldName("content");
                inlines(g, p.content());
            });
        }

        @Override
        public Void quote(Block.Quote q) {
            return io(() -> {
                typeAndLine(g, "quote", q.line());
                g.writeFieldName("content");
                blocks(g, q.content());
                g.writeFieldName("attribution");
                inlines(g, q.attribution());
            });
        }

        @Override
        public Void code(Block.CodeBlock c) {
            return io(() -> {
                typeAndLine(g, "code", c.line());
                g.writeStringField("language", c.language());
                g.writeStringField("code", c.code());
            });
        }

        @Override
        public Void list(Block.ListBlock l) {
            return io(() -> {
                typeAndLine(g, "list", l.line());
                g.writeBooleanField("ordered", l.ordered());
                g.writeNumberField("start", l.start());
                g.writeArrayFieldStart("items");
                for (List<Block> item : l.items()) {
                    blocks(g, item);
                }
                g.writeEndArray();
            });
        }

        @Override
        public Void heading(Block.Heading h) {
            return io(() -> {
                typeAndLine(g, "heading", h.line());
                g.writeNumberField("level", h.level());
                g.writeFieldName("content");
                inlines(g, h.content());
            });
        }

        @Override
        public Void rule(Block.Rule r) {
            return io(() -> typeAndLine(g, "rule", r.line()));
        }

        @Override
        public Void text(Inline.Text t) {
            return io(() -> {
                g.writeStringField("type", "text");
                g.writeStringField("text", t.text());
            });
        }

        @Override
        public Void emphasis(Inline.Emphasis e) {
            return io(() -> {
                g.writeStringField("type", "emphasis");
                g.writeFieldName("children");
                inlines(g, e.children());
            });
        }

        @Override
        public Void strong(Inline.Strong s) {
            return io(() -> {
                g.writeStringField("type", "strong");
                g.writeFieldName("children");
                inlines(g, s.children());
            });
        }

        @Override
        public Void code(Inline.Code c) {
            return io(() -> {
                g.writeStringField("type", "code");
                g.writeStringField("text", c.text());
            });
        }

        @Override
        public Void link(Inline.Link l) {
            return io(() -> {
                g.writeStringField("type", "link");
                g.writeStringField("href", l.destination());
                g.writeStringField("title", l.title());
                g.writeStringField("text", InlineText.plain(l.children()));
                g.writeFieldName("children");
                inlines(g, l.children());
            });
        }

        @Override
        public Void softBreak(Inline.SoftBreak b) {
            return io(() -> g.writeStringField("type", "softbreak"));
        }

        @Override
        public Void hardBreak(Inline.HardBreak b) {
            return io(() -> g.writeStringField("type", "hardbreak"));
        }
    }
}
