package org.lessonpress.export.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
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
 * Writes the model as JSON ({@code "format": "lessonpress/1"}). Keys come in a fixed order and nothing depends on
 * the clock, so the same input gives the same bytes.
 */
public final class JsonExporter implements Exporter {
    public static final String FORMAT = "lessonpress/1";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

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
        ObjectNode root = F.objectNode();
        root.put("format", FORMAT);
        root.put("source", doc.sourceName());
        root.set("metadata", metadata(doc.metadata()));
        root.put("lessonCount", doc.allLessons().size());
        root.set("intro", blocks(doc.intro()));
        root.set("lessons", lessons(doc.lessons()));
        ArrayNode sections = root.putArray("sections");
        doc.sections().forEach(s -> sections.add(section(s)));
        root.set("closing", blocks(doc.closing()));

        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        ObjectMapper mapper = new ObjectMapper();
        try (JsonGenerator gen = mapper.getFactory().createGenerator(new NonClosingOutputStream(out), JsonEncoding.UTF8)) {
            gen.setPrettyPrinter(pretty);
            mapper.writeTree(gen, root);
            gen.writeRaw('\n');
        }
    }

    private static ObjectNode metadata(Metadata m) {
        ObjectNode o = F.objectNode();
        o.put("title", m.title());
        o.put("subtitle", m.subtitle());
        o.put("author", m.author());
        o.put("date", m.date());
        o.put("source", m.source());
        o.put("language", m.language());
        o.put("citation", m.citation());
        ArrayNode k = o.putArray("keywords");
        m.keywords().forEach(k::add);
        return o;
    }

    private static ObjectNode section(Section s) {
        ObjectNode o = F.objectNode();
        o.put("id", s.id());
        o.put("level", s.level());
        o.put("line", s.line());
        o.put("titleText", s.titleText());
        o.set("title", inlines(s.title()));
        o.set("preamble", blocks(s.preamble()));
        o.set("lessons", lessons(s.lessons()));
        ArrayNode subs = o.putArray("subsections");
        s.subsections().forEach(sub -> subs.add(section(sub)));
        return o;
    }

    private static ArrayNode lessons(List<Lesson> lessons) {
        ArrayNode a = F.arrayNode();
        for (Lesson l : lessons) {
            ObjectNode o = a.addObject();
            o.put("number", l.number());
            o.put("id", l.id());
            o.put("line", l.line());
            o.put("leadText", l.leadText());
            o.put("leadInferred", l.leadInferred());
            o.set("lead", inlines(l.lead()));
            o.set("body", blocks(l.body()));
        }
        return a;
    }

    private static ArrayNode blocks(List<Block> blocks) {
        ArrayNode a = F.arrayNode();
        blocks.forEach(b -> a.add(block(b)));
        return a;
    }

    private static ObjectNode block(Block b) {
        ObjectNode o = F.objectNode();
        if (b instanceof Block.Paragraph p) {
            o.put("type", "paragraph");
            o.put("line", p.line());
            o.set("content", inlines(p.content()));
        } else if (b instanceof Block.Quote q) {
            o.put("type", "quote");
            o.put("line", q.line());
            o.set("content", blocks(q.content()));
            o.set("attribution", inlines(q.attribution()));
        } else if (b instanceof Block.CodeBlock c) {
            o.put("type", "code");
            o.put("line", c.line());
            o.put("language", c.language());
            o.put("code", c.code());
        } else if (b instanceof Block.ListBlock l) {
            o.put("type", "list");
            o.put("line", l.line());
            o.put("ordered", l.ordered());
            o.put("start", l.start());
            ArrayNode items = o.putArray("items");
            l.items().forEach(item -> items.add(blocks(item)));
        } else if (b instanceof Block.Heading h) {
            o.put("type", "heading");
            o.put("line", h.line());
            o.put("level", h.level());
            o.set("content", inlines(h.content()));
        } else if (b instanceof Block.Rule r) {
            o.put("type", "rule");
            o.put("line", r.line());
        }
        return o;
    }

    private static ArrayNode inlines(List<Inline> inlines) {
        ArrayNode a = F.arrayNode();
        for (Inline in : inlines) {
            ObjectNode o = a.addObject();
            if (in instanceof Inline.Text t) {
                o.put("type", "text");
                o.put("text", t.text());
            } else if (in instanceof Inline.Emphasis e) {
                o.put("type", "emphasis");
                o.set("children", inlines(e.children()));
            } else if (in instanceof Inline.Strong s) {
                o.put("type", "strong");
                o.set("children", inlines(s.children()));
            } else if (in instanceof Inline.Code c) {
                o.put("type", "code");
                o.put("text", c.text());
            } else if (in instanceof Inline.Link l) {
                o.put("type", "link");
                o.put("href", l.destination());
                o.put("title", l.title());
                o.put("text", InlineText.plain(l.children()));
                o.set("children", inlines(l.children()));
            } else if (in instanceof Inline.SoftBreak) {
                o.put("type", "softbreak");
            } else if (in instanceof Inline.HardBreak) {
                o.put("type", "hardbreak");
            }
        }
        return a;
    }
}
